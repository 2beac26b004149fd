"""Dates that leave the story's time alone (spans up to now, wire datelines) and relative
words counted from the time of writing ("last night", "Tuesday last week", "N years ago
this month")."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, expression_values_at


def test_span_up_to_now_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "The miners' strike that began on 3 March 2019 ended within a month. "
        "Every labour dispute in the region since then has borrowed its tactics. "
        "On 9 March the strikers blocked the rail line to the coast."
    )
    assert date_pair(nlp, text, "blocked", "2021-03-03") == ("2019-03-09", "2019-03-09")


def test_wire_dateline_does_not_date_the_event(nlp: Language) -> None:
    text = (
        "LAGOS, May 4 (CWS) - About 300 people were arrested in Nigeria during last month's "
        "fuel protests, a member of the senate's security committee told the state "
        "broadcaster, citing police figures."
    )
    assert date_pair(nlp, text, "arrested", "2023-05-04") == ("2023-04", "2023-04")


def test_last_night_is_the_day_before_now() -> None:
    values = expression_values_at("Crowds torched a bank in Arak last night.", "2021-06-10")
    assert values == [("last night", "2021-06-09", "2021-06-09")]


def test_weekday_of_last_week() -> None:
    # Published on a Friday: "Wednesday last week" is nine days back, not two.
    values = expression_values_at("She was detained on Wednesday last week.", "2023-02-17")
    assert values == [("on Wednesday last week", "2023-02-08", "2023-02-08")]


def test_years_ago_this_month_keeps_the_month() -> None:
    values = expression_values_at("Four years ago this month, the dam burst.", "2024-10-02")
    assert values == [("Four years ago this month", "2020-10", "2020-10")]
