"""Uncounted spans after the narrative's time: "within days" runs a few days on from it,
"within weeks" a few weeks (to the month), neither past the time of writing, and
neither moves the narrative's time."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_START = "Protests broke out in the port city on 28 December 2017. "


def test_within_days_runs_a_few_days_on(nlp: Language) -> None:
    text = _START + "Within days they had reached dozens of towns in the south."
    assert date_pair(nlp, text, "reached", "2018-07-01") == ("2017-12-28", "2018-01-02")


def test_within_days_stops_at_the_time_of_writing(nlp: Language) -> None:
    text = _START + "Within days they had reached dozens of towns in the south."
    assert date_pair(nlp, text, "reached", "2017-12-30") == ("2017-12-28", "2017-12-30")


def test_within_weeks_runs_to_the_next_month(nlp: Language) -> None:
    text = (
        "Students occupied the law faculty on 20 October 2024. "
        "Within weeks, faculties in three other cities had been occupied by their students."
    )
    assert date_pair(nlp, text, "occupied", "2025-03-16", nth=1) == ("2024-10-20", "2024-11")


def test_within_days_leaves_the_narrative_time(nlp: Language) -> None:
    text = (
        _START
        + "Within days they had reached dozens of towns in the south. "
        + "The next day police fired on marchers in the capital."
    )
    assert date_pair(nlp, text, "fired", "2018-07-01") == ("2017-12-29", "2017-12-29")
