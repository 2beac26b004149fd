"""Timelines told in the historical present: under a dated entry heading, a present-tense
sentence ("the governor says 300 people have been arrested over the previous two days")
has the entry's day as its "now"; a note after the entries keeps the time of writing."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_PUB = "2020-06-15"

_TIMELINE = (
    "A timeline for students\n\n"
    "2019\n\n"
    "29 December - Arak\n"
    "Workers march through the centre of Arak over unpaid wages.\n\n"
    "2020\n\n"
    "3 January - Arak\n"
    "The provincial governor says 300 people have been arrested in the city over the "
    "previous two days.\n\n"
    "9 January - nationwide\n"
    "A member of parliament says that about 900 people have been detained since the "
    "protests began.\n\n"
    "Extension\n"
    "Compare the protests of March 2020 in Arak with these.\n"
)


def test_present_perfect_runs_to_the_entry_day(nlp: Language) -> None:
    # "The previous two days" count back from 3 January, not from the time of writing.
    assert date_pair(nlp, _TIMELINE, "arrested", _PUB) == ("2020-01-01", "2020-01-03")


def test_since_runs_to_the_entry_day(nlp: Language) -> None:
    assert date_pair(nlp, _TIMELINE, "detained", _PUB) == ("2019-12-29", "2020-01-09")


def test_caption_note_after_the_entries_keeps_the_time_of_writing(nlp: Language) -> None:
    text = (
        "Arak, 3 January. Workers march through the centre of Arak over unpaid wages.\n"
        "Rights groups say that dozens of workers have been arrested over the previous "
        "two days.\n"
    )
    assert date_pair(nlp, text, "arrested", _PUB) == ("2020-06-13", "2020-06-15")


def test_second_line_under_a_heading_is_no_longer_the_entry(nlp: Language) -> None:
    text = (
        "3 January - Arak\n"
        "Workers march through the centre of Arak over unpaid wages.\n"
        "Rights groups say that dozens of workers have been arrested over the previous "
        "two days.\n"
    )
    assert date_pair(nlp, text, "arrested", _PUB) == ("2020-06-13", "2020-06-15")


def test_past_tense_entry_is_unchanged(nlp: Language) -> None:
    text = (
        "3 January - Arak\n"
        "The governor said on Friday that 300 people had been arrested in the city.\n"
    )
    assert date_pair(nlp, text, "arrested", _PUB) == ("2020-01-03", "2020-01-03")
