"""Weekdays counted back a week and "since" a weekday the story already named: "last
Thursday" read on a Friday is eight days back, "last Friday week" a week before last
Friday, "since Thursday" after the story named the Thursday a week earlier is that day,
and "since the weekend" runs from the weekend up to the day of writing."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, expression_values_at


def test_last_weekday_that_is_yesterday_is_a_week_earlier() -> None:
    # 2025-03-14 is a Friday.
    found = expression_values_at("Last Thursday the council met.", "2025-03-14")
    assert found == [("Last Thursday", "2025-03-06", "2025-03-06")]


def test_last_weekday_two_days_back_stays_in_this_week() -> None:
    found = expression_values_at("Last Wednesday the council met.", "2025-03-14")
    assert found == [("Last Wednesday", "2025-03-12", "2025-03-12")]


def test_last_weekday_week_is_a_week_before_last_weekday() -> None:
    # 2025-03-18 is a Tuesday: last Friday is 14 March, last Friday week 7 March.
    found = expression_values_at("They marched last Friday week in Osh.", "2025-03-18")
    assert found == [("last Friday week", "2025-03-07", "2025-03-07")]


def test_since_a_weekday_named_a_week_earlier_runs_from_that_day(nlp: Language) -> None:
    text = (
        "Last Thursday evening the minister announced the new tax. "
        "Within hours crowds had gathered outside the assembly in Bishkek. "
        "On Saturday riot police used water cannon. "
        "The police say hundreds of people have been detained since Thursday."
    )
    assert date_pair(nlp, text, "detained", "2025-03-14") == ("2025-03-06", "2025-03-14")


def test_since_a_weekday_not_named_before_is_the_latest_one(nlp: Language) -> None:
    text = "The police say hundreds of people have been detained since Thursday."
    assert date_pair(nlp, text, "detained", "2025-03-14") == ("2025-03-13", "2025-03-14")


def test_since_the_weekend_runs_up_to_the_day_of_writing(nlp: Language) -> None:
    # 2025-03-13 is a Thursday; the weekend before was 8-9 March.
    text = "Dozens of students have been arrested at home since the weekend."
    assert date_pair(nlp, text, "arrested", "2025-03-13") == ("2025-03-09", "2025-03-13")
