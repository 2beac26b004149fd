""" "This month" and "this week" are months and weeks of this year: a story set in an
earlier year does not lend them its time, while a story set earlier in the year of
writing still does."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_base import Anchor, day_interval, month_interval
from unrest.extract._date_thisyear import this_year

_ANNIVERSARY = (
    "Between 3 and 6 May 2018, police killed at least forty people in the capital. "
    "The group has counted every victim. "
    "A lawyer, whose brother was killed during a march in Leon on 4 May 2018, was "
    "detained again this month, his wife said."
)

_SAME_YEAR = (
    "Earlier in February, dockers struck in three ports. "
    "Two union leaders who had organised the strike were detained this month."
)


def test_this_month_a_year_later_is_the_publication_month(nlp: Language) -> None:
    assert date_pair(nlp, _ANNIVERSARY, "detained", "2019-05-20") == ("2019-05", "2019-05")


def test_this_month_follows_a_story_of_the_same_year(nlp: Language) -> None:
    assert date_pair(nlp, _SAME_YEAR, "detained", "2021-06-02") == ("2021-02", "2021-02")


def test_this_year_drops_a_narrative_of_another_year() -> None:
    now = day_interval(date(2020, 11, 16))
    old = Anchor(now, month_interval(2019, 11))
    assert this_year(old).narrative is None
    same = Anchor(now, month_interval(2020, 6))
    assert this_year(same).narrative == month_interval(2020, 6)
