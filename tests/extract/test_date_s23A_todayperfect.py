"""An undated present perfect told when the time in force is the day of writing itself
("On Monday ... Students have refused to attend classes") reaches back over the episode,
from the story's start, up to that day; one with a "since" of its own ("since noon",
"have since spread") keeps the day in force."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_base import day_interval
from unrest.extract._date_perfectstart import perfect_start

_STORY = (
    "Protests over the death of a student in police custody broke out in Rasht on "
    "4 May. On Monday, riot police fired tear gas at a crowd near the university. "
)


def test_perfect_on_the_day_of_writing_runs_from_the_start(nlp: Language) -> None:
    text = _STORY + "Teachers in several towns have refused to hold classes in protest."
    assert date_pair(nlp, text, "refused", "2021-05-17") == ("2021-05-04", "2021-05-17")


def test_perfect_with_its_own_since_keeps_the_day(nlp: Language) -> None:
    text = _STORY + "Students have been chanting on the campus since noon."
    assert date_pair(nlp, text, "chanting", "2021-05-17") == ("2021-05-17", "2021-05-17")


def test_start_reached_back_only_from_the_day_of_writing() -> None:
    start = day_interval(date(2021, 5, 4))
    today = day_interval(date(2021, 5, 17))
    earlier = day_interval(date(2021, 5, 12))
    assert perfect_start(today, start, today, reaches_back=True) == start
    assert perfect_start(earlier, start, today, reaches_back=True) == earlier
    assert perfect_start(today, start, today, reaches_back=False) == today
