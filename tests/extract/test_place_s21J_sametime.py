"""Tests of follow-up sentences reckoned from the event before ("detained the same
day", "summoned him the following day"): they take that event's city even after a
paragraph break, while a plain follow-up in a new paragraph does not."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_LEAD = (
    "Students chanted slogans at universities in Tehran and Shiraz on Saturday.\n\n"
    "Security forces arrested two labour leaders outside the steel plant in Ahvaz on Sunday.\n\n"
)


def test_detained_the_same_day_takes_the_city_before(nlp: Language) -> None:
    text = _LEAD + "At least 17 other workers were detained the same day, the union said."
    got = sentence_places(nlp, text, "At least 17 other workers", "detained")
    assert got == [("IR", "Khuzestan", "Ahvaz")]


def test_summoned_the_following_day_takes_the_city_before(nlp: Language) -> None:
    text = _LEAD + "Police detained their lawyer the following day."
    got = sentence_places(nlp, text, "Police detained their lawyer", "detained")
    assert got == [("IR", "Khuzestan", "Ahvaz")]


def test_plain_follow_up_in_a_new_paragraph_stays_national(nlp: Language) -> None:
    text = _LEAD + "Police detained their lawyer on Tuesday."
    got = sentence_places(nlp, text, "Police detained their lawyer", "detained")
    assert got == [("IR", None, None)]
