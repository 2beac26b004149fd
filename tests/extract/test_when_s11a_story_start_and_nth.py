"""The story's start is not carried back by a long span that merely reaches it; "entered
a third night", "its thirteenth day"."""

from __future__ import annotations

from datetime import date

from tests.extract.support import expression_values_at

from unrest.extract._date_base import Interval
from unrest.extract._date_tolls import story_start


def test_story_start_ignores_a_long_span_reaching_the_story() -> None:
    times = [
        Interval(date(2019, 11, 1), date(2022, 9, 30), "month"),
        Interval(date(2022, 9, 17), date(2022, 9, 17), "day"),
        Interval(date(2022, 9, 19), date(2022, 9, 19), "day"),
    ]
    story = Interval(date(2022, 9, 1), date(2022, 9, 30), "month")
    start = story_start(times, story)
    assert start is not None and start.lo == date(2022, 9, 17)


def test_entered_a_third_night() -> None:
    got = expression_values_at("as protests entered a third night", "2021-07-17")
    assert got == [("a third night", "2021-07-15", "2021-07-17")]


def test_entered_its_thirteenth_day() -> None:
    got = expression_values_at("the strike entered its thirteenth day", "2021-07-27")
    assert got == [("its thirteenth day", "2021-07-15", "2021-07-27")]
