"""Dates of verdicts dated only by their deed, "that evening" after a deed named in a
charge, and "the following March"."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, expression_values

from unrest.extract._dates import Anchor, interval_of


def test_verdict_runs_from_the_deed_to_the_story_time(nlp: Language) -> None:
    text = (
        "A young carpenter was hanged in Shiraz on Tuesday. "
        "He had been convicted of setting fire to a police kiosk on 3 October."
    )
    assert date_pair(nlp, text, "convicted", "2024-01-12") == ("2023-10", "2024-01")


def test_deed_inside_the_charge_keeps_its_own_day(nlp: Language) -> None:
    text = (
        "A young carpenter was hanged in Shiraz on Tuesday. "
        "He had been convicted of setting fire to a police kiosk on 3 October."
    )
    assert date_pair(nlp, text, "setting", "2024-01-12") == ("2023-10-03", "2023-10-03")


def test_verdict_with_its_own_day_keeps_it(nlp: Language) -> None:
    text = (
        "On Monday a court in Rasht convicted two students of blocking a highway on 9 May, "
        "their lawyer said."
    )
    assert date_pair(nlp, text, "convicted", "2024-06-20") == ("2024-06-17", "2024-06-17")


def test_jailed_for_a_deed_in_a_named_month(nlp: Language) -> None:
    text = (
        "Prison terms mounted through the winter. "
        "A nurse was jailed for joining a sit-in outside the hospital in November."
    )
    assert date_pair(nlp, text, "jailed", "2024-02-03") == ("2023-11", "2024-02")


def test_that_evening_skips_a_deed_named_in_a_charge(nlp: Language) -> None:
    text = (
        "A teacher was hanged in Arak at dawn on Thursday, state media said. "
        "A court had convicted him of torching a bank in Arak on 2 October. "
        "That evening, residents chanted from their balconies across the city."
    )
    assert date_pair(nlp, text, "chanted", "2022-12-20") == ("2022-12-15", "2022-12-15")


def test_the_following_month_name_counts_from_the_last_date() -> None:
    anchor = Anchor(interval_of("2024-09-01"), interval_of("2020-08"), interval_of("2020-08"))
    found = expression_values("The following May, a leading organiser was shot.", anchor)
    assert found == [("The following May", "2021-05", "2021-05")]


def test_the_following_month_name_later_in_the_same_year() -> None:
    anchor = Anchor(interval_of("2024-09-01"), interval_of("2019-10-25"), interval_of("2019-10-25"))
    found = expression_values("The following December, unions struck again.", anchor)
    assert found == [("The following December", "2019-12", "2019-12")]


def test_the_previous_month_name_counts_back() -> None:
    anchor = Anchor(interval_of("2024-09-01"), interval_of("2021-03-04"), interval_of("2021-03-04"))
    found = expression_values("The previous November, teachers had marched.", anchor)
    assert found == [("The previous November", "2020-11", "2020-11")]
