"""Tests of event places, round s11b: the scene a sentence borrows (the story city inside a
borrowed province, a definite site such as "the hospital"), aircraft brought down outside
the city they left, "the capital" as the subject of "stayed closed", reports of national
bodies that do not hold the trigger, "national" tolls, people's affiliations, clauses with
subjects of their own, nationwide blocks beside local cuts, and spelling variants.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from tests.extract.support import sentence_places

from unrest import scoring
from unrest.evaluation import BUILT_IN_ALIASES
from unrest.extract._where_coarse import is_coarse
from unrest.extract._where_ignored import describes_person
from unrest.extract._where_subclause import own_subject_clause
from unrest.extract._where_toponyms import Toponym
from unrest.extract.where import Gazetteer
from unrest.scoring._text import fold

#: An article whose story city is Kermanshah: the lead and later sentences name it.
_KERMANSHAH = (
    "Thousands of people marched in Kermanshah on Friday over the price of bread.\n\n"
    "Shops stayed shut in Kermanshah on Saturday.\n\n"
    "Riot police patrolled the centre of Kermanshah overnight, residents said.\n\n"
)
#: An article whose story city is Tehran.
_TEHRAN = (
    "Students gathered in Tehran on Saturday to mourn the passengers.\n\n"
    "Riot police surrounded the crowd in Tehran, witnesses said.\n\n"
    "More vigils were held in Tehran on Sunday.\n\n"
)


def test_borrowed_province_gives_the_story_city(nlp: Language) -> None:
    text = (
        _KERMANSHAH + "Rights groups said at least 40 people had been killed in Kermanshah "
        "province.\n\nWitnesses said police fired on the crowd from the rooftops."
    )
    got = sentence_places(nlp, text, "Witnesses said police", "fired")
    assert got == [("IR", "Kermanshah", "Kermanshah")]


def test_borrowed_province_stays_without_a_story_city(nlp: Language) -> None:
    text = (
        "Rights groups said at least 40 people had been killed in Kermanshah province.\n\n"
        "Witnesses said police fired on the crowd from the rooftops."
    )
    got = sentence_places(nlp, text, "Witnesses said police", "fired")
    assert got == [("IR", "Kermanshah", None)]


def test_airliner_shot_down_is_in_the_province_of_the_city_in_force(nlp: Language) -> None:
    text = (
        _TEHRAN + "The armed forces admitted on Monday that the airliner was shot down by mistake."
    )
    got = sentence_places(nlp, text, "The armed forces admitted", "shot")
    assert got == [("IR", "Tehran", None)]


def test_missiles_fired_at_a_plane_are_in_the_province(nlp: Language) -> None:
    text = _TEHRAN + "A commander said an operator had fired two missiles at the plane."
    got = sentence_places(nlp, text, "A commander said", "fired")
    assert got == [("IR", "Tehran", None)]


def test_a_crowd_fired_on_keeps_the_city(nlp: Language) -> None:
    text = _TEHRAN + "A commander said an officer had fired two shots at the crowd."
    got = sentence_places(nlp, text, "A commander said", "fired")
    assert got == [("IR", "Tehran", "Tehran")]


def test_after_it_left_a_city_is_its_province(nlp: Language) -> None:
    text = "A missile brought down the passenger jet a few minutes after it left Tabriz."
    got = sentence_places(nlp, text, "A missile", "brought")
    assert got == [("IR", "East Azerbaijan", None)]


def test_the_capital_as_subject_of_stayed_closed(nlp: Language) -> None:
    text = (
        "Students across Bangladesh called a general strike for Thursday, and most shops "
        "and offices in the capital stayed closed that day."
    )
    got = sentence_places(nlp, text, "Students across", "closed")
    assert got == [("BD", "Dhaka", "Dhaka")]


def test_province_of_a_town_is_no_area_around_it(nlp: Language) -> None:
    doc = nlp("Bushehr province officials said the plant had reopened.")
    span = doc.char_span(0, len("Bushehr province"))
    assert span is not None and span.root.dep_ == "compound"
    assert not is_coarse(span)


def test_national_report_beside_a_witness_account(nlp: Language) -> None:
    text = (
        "Protesters marched through Gomel on Sunday night.\n\n"
        "One protester died in Grodno on Monday night. The interior ministry said a "
        "firework he was holding had gone off in his hand, but witnesses have said he "
        "was shot by a police officer."
    )
    got = sentence_places(nlp, text, "The interior ministry", "shot")
    assert got == [("BY", "Grodno", "Grodno")]


def test_national_toll_borrows_no_city(nlp: Language) -> None:
    text = (
        "Two young men were shot dead in Dorud on the night of 31 December.\n\n"
        "Six more died in Tuyserkan the next day. By the end of the week, officials "
        "put the national toll at 21 dead."
    )
    got = sentence_places(nlp, text, "By the end of the week", "dead")
    assert got == [("IR", None, None)]


def _parsed(nlp: Language, rows: list[tuple[str, int, str, str]], people: list[int]) -> Doc:
    """A Doc with the given (word, head, dep, pos) parse and PERSON tokens ``people``."""
    doc = Doc(
        nlp.vocab,
        words=[r[0] for r in rows],
        heads=[r[1] for r in rows],
        deps=[r[2] for r in rows],
        pos=[r[3] for r in rows],
    )
    doc.ents = [Span(doc, i, i + 1, label="PERSON") for i in people]
    return doc


def test_affiliation_misparsed_as_a_second_object(nlp: Language) -> None:
    # "arrested Karimi, two members of the Union of Bus Drivers of Tabriz": the parser
    # may hang "members" on the verb as a second object
    rows = [
        ("Police", 1, "nsubj", "NOUN"),
        ("arrested", 1, "ROOT", "VERB"),
        ("Karimi", 1, "dobj", "PROPN"),
        (",", 1, "punct", "PUNCT"),
        ("two", 5, "nummod", "NUM"),
        ("members", 1, "dobj", "NOUN"),
        ("of", 5, "prep", "ADP"),
        ("the", 8, "det", "DET"),
        ("Union", 6, "pobj", "PROPN"),
        ("of", 8, "prep", "ADP"),
        ("Tabriz", 9, "pobj", "PROPN"),
        (".", 1, "punct", "PUNCT"),
    ]
    doc = _parsed(nlp, rows, [2])
    assert describes_person(doc[10])
    doc = _parsed(nlp, rows, [])  # no person before the comma: an object of its own
    assert not describes_person(doc[10])


def test_clause_hung_as_adverbial_keeps_its_own_place(nlp: Language, gaz: Gazetteer) -> None:
    # "... women burning scarves in Rasht and a crowd setting fire to a car in Tabriz",
    # with "setting" misparsed as an adverbial clause of "burning"
    rows = [
        ("women", 1, "nsubj", "NOUN"),
        ("burning", 1, "ROOT", "VERB"),
        ("scarves", 1, "dobj", "NOUN"),
        ("in", 1, "prep", "ADP"),
        ("Rasht", 3, "pobj", "PROPN"),
        ("and", 1, "cc", "CCONJ"),
        ("a", 7, "det", "DET"),
        ("crowd", 8, "nsubj", "NOUN"),
        ("setting", 1, "advcl", "VERB"),
        ("fire", 8, "dobj", "NOUN"),
        ("in", 8, "prep", "ADP"),
        ("Tabriz", 10, "pobj", "PROPN"),
    ]
    doc = _parsed(nlp, rows, [])
    tops = [_top(doc, 4, gaz), _top(doc, 11, gaz)]
    assert [t.span.text for t in own_subject_clause(tops, doc[8:9])] == ["Tabriz"]
    assert [t.span.text for t in own_subject_clause(tops, doc[1:2])] == ["Rasht"]
    rows[8] = ("setting", 1, "conj", "VERB")  # a coordinated clause: not this rule's
    doc = _parsed(nlp, rows, [])
    tops = [_top(doc, 4, gaz), _top(doc, 11, gaz)]
    assert len(own_subject_clause(tops, doc[8:9])) == 2


def test_title_tagged_as_proper_noun_describes_the_person(nlp: Language) -> None:
    # "Karimi, a reformist MP for Tabriz, said ...": "MP" is a proper noun in apposition
    rows = [
        ("Karimi", 6, "nsubj", "PROPN"),
        (",", 0, "punct", "PUNCT"),
        ("a", 3, "det", "DET"),
        ("MP", 0, "appos", "PROPN"),
        ("for", 3, "prep", "ADP"),
        ("Tabriz", 4, "pobj", "PROPN"),
        ("said", 6, "ROOT", "VERB"),
    ]
    assert describes_person(_parsed(nlp, rows, [0])[5])


def _top(doc: Doc, i: int, gaz: Gazetteer) -> Toponym:
    entry = gaz.resolve(doc[i].text, "IR")
    assert entry is not None
    return Toponym(doc[i : i + 1], entry, "event")


def test_hospital_points_back_to_the_city_in_force(nlp: Language) -> None:
    text = (
        "Police detained a young woman outside a metro station in Isfahan on Tuesday.\n\n"
        "She was taken to a police van and later to Noor hospital.\n\n"
        "Her relatives waited for news for three days.\n\n"
        "The first protests broke out that evening outside the hospital."
    )
    got = sentence_places(nlp, text, "The first protests", "protests")
    assert got == [("IR", "Isfahan", "Isfahan")]


def test_a_site_in_another_clause_does_not_point_back(nlp: Language) -> None:
    text = (
        "A young man was shot dead in Karaj on 16 November.\n\n"
        "In December, security forces detained several of his relatives; mourners who "
        "gathered at the cemetery a week later were dispersed by police."
    )
    got = sentence_places(nlp, text, "In December", "detained")
    assert got == [("IR", None, None)]


def test_nationwide_block_beside_local_cuts(nlp: Language) -> None:
    text = (
        "Access to Instagram and WhatsApp has been blocked across Iran, the monitor said, "
        "and mobile internet has been shut down in Tehran and in Kurdistan province."
    )
    got = sentence_places(nlp, text, "Access to Instagram", "blocked")
    assert sorted(got, key=str) == sorted(
        [("IR", None, None), ("IR", "Tehran", "Tehran"), ("IR", "Kurdistan", None)], key=str
    )


def test_local_cut_alone_keeps_its_province(nlp: Language) -> None:
    text = "Mobile internet has been shut down in Kurdistan province since Monday."
    got = sentence_places(nlp, text, "Mobile internet", "shut")
    assert got == [("IR", "Kurdistan", None)]


def test_spelling_variants_of_towns(gaz: Gazetteer) -> None:
    for variant, name in [
        ("Shahinshahr", "Shahin Shahr"),
        ("Sadra", "Shahr-e Sadra"),
        ("Aqqala", "Aq Qala"),
        ("Boukan", "Bukan"),
        ("Mariwan", "Marivan"),
    ]:
        entry = gaz.resolve(variant, "IR")
        assert entry is not None and entry.name == name, variant


def test_place_aliases_fold_in_one_step() -> None:
    aliases = {fold(a): fold(c) for a, c in scoring.load_place_aliases(BUILT_IN_ALIASES).items()}
    assert not [(a, c) for a, c in aliases.items() if c in aliases and aliases[c] != c]
