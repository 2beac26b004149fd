"""How the narrative time is set and carried in reports with numbered paragraphs,
encyclopedia entries and dated digests: an offset "N years after <event>" of a present
clause tells the time of writing and sets no story time; a date put before the
subordinator of a misparsed clause ("On 3 and 4 March, after the ministry confirmed
...") still sets the story's time; a lasting state begun long before the story ("has
ruled since 1996") leaves the story's time where it was; "overnight" on the line of a
dated entry is the entry's day."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from tests.extract.support import date_pair

from unrest.extract._date_syntax import speech_head

_REPORT = (
    "18. In June 2021, the High Court confirmed the sentences of two organisers. "
    "19. More than one year after the strikes of March 2021, the rapporteur has seen "
    "no inquiry into the conduct of the police. "
)


def test_offset_of_writing_time_sets_no_story_year(nlp: Language) -> None:
    text = _REPORT + "Witnesses said officers beat dozens of strikers."
    assert date_pair(nlp, text, "beat", "2022-06-02") != ("2022", "2022")


def test_past_offset_stays_a_story_time(nlp: Language) -> None:
    text = (
        "The dockers struck on 2 March 2021. "
        "One month after the strike, police arrested dozens of dockers."
    )
    pair = date_pair(nlp, text, "arrested", "2021-06-02")
    assert pair is not None and pair[0].startswith("2021-04")


def test_old_lasting_state_leaves_the_story_day(nlp: Language) -> None:
    text = (
        "The protests began on the night of the vote of 12 October 2021. "
        "The president has governed the country since 1996. "
        "On the night of the vote, crowds gathered in the capital."
    )
    assert date_pair(nlp, text, "gathered", "2022-05-01") == ("2021-10-12", "2021-10-12")


def test_overnight_on_an_entry_line_is_the_entry_day(nlp: Language) -> None:
    text = (
        "FACTBOX-Three weeks of unrest\n\n"
        "TUNIS, March 22 (Wire) - Parliament on Sunday accepted the resignation of the "
        "prime minister, bowing to three weeks of protests in which security forces have "
        "killed more than 40 people.\n\n"
        "Here are the main events since the unrest began:\n\n"
        "MARCH 2 - Crowds march on the parliament. Police use water cannon.\n\n"
        "MARCH 9 - Masked gunmen open fire on a sit-in in the port city of Sfax overnight, "
        "killing at least 6 people, according to medical sources. The governor says only "
        "one person died.\n\n"
        "MARCH 20 - The cabinet resigns.\n"
    )
    assert date_pair(nlp, text, "fire", "2021-03-22") == ("2021-03-09", "2021-03-09")


def _misparsed(nlp: Language) -> Doc:
    """ "On 14 March, after officials acknowledged the crash, students gathered." as the
    parser sometimes reads it: the date and the main verb hung from "acknowledged"."""
    words = [
        "On",
        "14",
        "March",
        ",",
        "after",
        "officials",
        "acknowledged",
        "the",
        "crash",
        ",",
        "students",
        "gathered",
        ".",
    ]
    heads = [6, 2, 0, 6, 6, 6, 6, 8, 6, 11, 11, 6, 6]
    deps = ["prep", "nummod", "pobj", "punct", "mark", "nsubj", "ROOT", "det", "dobj"]
    deps += ["punct", "nsubj", "ccomp", "punct"]
    pos = ["ADP", "NUM", "PROPN", "PUNCT", "SCONJ", "NOUN", "VERB", "DET", "NOUN"]
    pos += ["PUNCT", "NOUN", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[6], lemmas[11] = "acknowledge", "gather"
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_date_before_a_subordinator_is_no_report_time(nlp: Language) -> None:
    doc = _misparsed(nlp)
    assert speech_head(doc[2]) is None


def test_date_inside_the_reporting_clause_keeps_its_verb(nlp: Language) -> None:
    doc = nlp("Officials acknowledged on 14 March that soldiers had fired on the crowd.")
    date = next(t for t in doc if t.text == "March")
    head = speech_head(date)
    assert head is not None and head.lemma_ == "acknowledge"


_SECTIONS = (
    "# 2019 Kassala protests\n\n"
    "The protests began on 3 March 2019 in Kassala.\n\n"
    "## Timeline\n\n"
    "### March 2019\n\n"
    "On the first night, crowds gathered outside the governor's office. "
    "On 9 March, police arrested dozens of students.\n\n"
    "### May-July 2019\n\n"
    "Weekly marches continued in the city for several months.\n"
)


def test_section_heading_sets_its_period(nlp: Language) -> None:
    assert date_pair(nlp, _SECTIONS, "marches", "2020-01-10") == ("2019-05", "2019-07")


def test_section_heading_keeps_a_finer_time_inside_it(nlp: Language) -> None:
    assert date_pair(nlp, _SECTIONS, "gathered", "2020-01-10") == ("2019-03-03", "2019-03-03")
