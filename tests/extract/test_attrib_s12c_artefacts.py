"""Attribution: things that are no speaker (a document, a chart, footage opening a
sentence), the author naming itself in a masthead or as "this outlet", hearsay
"received by" someone, and citation years that are no part of a name."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

from unrest.extract._attrib_masthead import initials, masthead_names
from unrest.extract._attrib_self import own_names
from unrest.extract._lexicon import lexicon
from unrest.extract._names import Speakers
from unrest.extract._names_index import NameIndex
from unrest.extract._quotes import QuoteFinder

# --- a document, a graphic or footage is no person ------------------------------------


def test_a_document_speaks_for_whoever_published_it(nlp: Language) -> None:
    text = (
        "Last spring the Harbour Gazette published a leaked document that it said came "
        "from the police. According to the document, the teacher was beaten in custody."
    )
    found = source(nlp, text, "beaten")
    assert found.kind == "organization"
    assert (found.name or "").endswith("Gazette")


def test_a_graphic_quoted_is_nobody_in_particular(nlp: Language) -> None:
    text = (
        "A graphic shared thousands of times on social media says that "
        '"more than 300 marchers were killed and 9,000 detained" in the unrest.'
    )
    assert source(nlp, text, "killed").kind == "unnamed"
    doc = nlp('A widely shared graphic says that "300 marchers were killed".')
    finder = QuoteFinder(doc, Speakers(doc))
    assert not finder._one_person(doc[3])  # "a graphic" is no one who can be quoted
    assert finder._one_person(nlp("A nurse said it.")[1])


def test_footage_opening_a_sentence_is_no_name(nlp: Language) -> None:
    text = (
        "Live news\n\nFootage verified by our team shows protesters setting fire to a "
        "police vehicle in Shiraz last night."
    )
    assert source(nlp, text, "fire").kind == "author"  # not a person called "Footage"


def test_a_database_lists_for_its_owner(nlp: Language) -> None:
    text = "The Lantern Monitor's database lists nearly 900 people detained in Tabriz."
    found = source(nlp, text, "detained")
    assert found.kind == "organization"
    assert found.name == "Lantern Monitor"


# --- the author named in its masthead or as "this outlet" ----------------------------


def test_masthead_before_a_separator_names_the_author() -> None:
    assert ("willow", "courier") in masthead_names("Willow Courier | Gilan desk")
    assert ("willow", "courier") in masthead_names("Willow Courier - Morning edition")
    assert not masthead_names("Protests Spread To Rasht And Sari")  # a headline, no separator
    assert not masthead_names("Strikes in 12 cities | Day 3")


def test_masthead_abbreviation_and_initials_name_the_author() -> None:
    found = masthead_names("Zagros Rights Agency (ZRA)")
    assert ("zra",) in found
    assert ("zagros", "rights", "agency") in found
    assert ("pro",) in initials({("plateau", "rights", "observatory")})


def test_own_names_include_the_initials_of_a_capitals_heading() -> None:
    text = "PLATEAU RIGHTS OBSERVATORY\nAnnual report\n\n1. The PRO recorded ..."
    assert ("pro",) in own_names(text, lexicon())


def test_the_author_abbreviated_in_its_own_report(nlp: Language) -> None:
    text = (
        "PLATEAU RIGHTS OBSERVATORY\nAnnual Report\n\n"
        "The Plateau Rights Observatory (PRO) recorded 410 executions in the year. "
        "The PRO recorded at least 30 arrests of teachers in May."
    )
    assert source(nlp, text, "arrests").kind == "author"


def test_the_outlet_in_its_own_masthead_is_the_author(nlp: Language) -> None:
    text = (
        "Willow Courier | Gilan desk\n\n"
        "Police fired tear gas at the crowd, and footage verified by the Willow Courier "
        "shows people running from the square."
    )
    assert source(nlp, text, "fired").kind == "author"


def test_this_outlet_is_the_author(nlp: Language) -> None:
    text = (
        "In Sari, near the coast, hundreds of people marched and some blocked roads, and "
        "footage verified by this outlet showed a police car burning in the street."
    )
    assert source(nlp, text, "marched").kind == "author"


# --- hearsay received by someone ------------------------------------------------------


def test_reports_received_by_someone_are_nobody_in_particular(nlp: Language) -> None:
    text = (
        "Reports received by the Ministry this morning indicate that soldiers fired on "
        "mourners in Bago."
    )
    assert source(nlp, text, "fired").kind == "unnamed"


# --- a citation year is no part of a name ---------------------------------------------


def test_citation_year_is_dropped_from_the_name(nlp: Language) -> None:
    index = NameIndex(nlp("Plateau Rights Watch recorded at least 90 deaths."))
    index.orgs.append((0, "Plateau Rights Watch 2021"))  # as a citation "(X 2021)" tags it
    index.orgs.append((0, "Plateau Rights Watch Iran"))
    assert index.fullest_org("Plateau Rights Watch", 5) == "Plateau Rights Watch Iran"
    index.orgs.pop()
    assert index.fullest_org("Plateau Rights Watch", 5) == "Plateau Rights Watch"


# --- a reporting clause inserted in a subordinate clause ------------------------------


def test_reporting_clause_inside_a_concessive_clause_reports_it_only(nlp: Language) -> None:
    text = (
        "He was hanged in Qom prison on 2 May, even though, his lawyer said, a review of "
        "the case had not been completed."
    )
    assert source(nlp, text, "hanged").kind == "author"
    text = "Two men were hanged in Qom prison on 2 May, the judiciary's news agency said."
    assert source(nlp, text, "hanged").kind == "organization"
