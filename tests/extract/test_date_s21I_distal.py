"""A distal "that Friday" points away from the writer's today: after "Today I have two
guests", it is the Friday of the time told before (an anniversary's "a year ago this
weekend"), and the days told after it ("Friday morning, the fifteenth", "on the
Saturday") stay in that time, not in the weeks before publication."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_SHOW = (
    "Welcome back to the programme. A year ago this weekend, the government raised the "
    "price of bread overnight, and within hours people were on the streets. Today I have "
    "two guests. Farid, take us back to that Friday. "
    "FARID: By Friday morning, the fifteenth, crowds had gathered in the market. "
    "On the Saturday, police arrested dozens of people in the old town."
)


def test_that_friday_after_today_is_the_told_friday(nlp: Language) -> None:
    assert date_pair(nlp, _SHOW, "gathered", "2020-11-20") == ("2019-11-15", "2019-11-15")


def test_the_saturday_after_it_stays_in_that_month(nlp: Language) -> None:
    found = date_pair(nlp, _SHOW, "arrested", "2020-11-20")
    assert found is not None and found[0].startswith("2019-11")


def test_that_friday_with_no_earlier_time_keeps_today(nlp: Language) -> None:
    text = "Today the union met again. That Friday the workers walked out of the mill."
    assert date_pair(nlp, text, "walked", "2020-11-20") == ("2020-11-20", "2020-11-20")
