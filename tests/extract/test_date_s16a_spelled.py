"""Days of the month spelled as ordinal words ("on the ninth of March", "On the eighth, a
crowd ..."), a weekday with its day ("Saturday the 19th"), and "two days later" after a
dated act told once the story's time was already "tonight"."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, expression_values_at

_PUB = "2023-03-20"


def test_spelled_day_of_a_named_month() -> None:
    values = expression_values_at("A teacher died on the ninth of March.", _PUB)
    assert values == [("the ninth of March", "2023-03-09", "2023-03-09")]


def test_compound_spelled_day() -> None:
    values = expression_values_at("Strikes have gone on since the twenty-first of February.", _PUB)
    assert values == [("the twenty-first of February", "2023-02-21", "2023-02-21")]


def test_bare_spelled_day_is_a_day_of_the_story_month() -> None:
    values = expression_values_at(
        "On the eleventh, a crowd stormed the town hall.", _PUB, "2023-03"
    )
    assert values == [("the eleventh", "2023-03-11", "2023-03-11")]


def test_night_of_a_spelled_day_before_a_clause() -> None:
    text = "On the night of the twelfth the police fired gas into the campus."
    assert expression_values_at(text, _PUB, "2023-03-05") == [
        ("the twelfth", "2023-03-12", "2023-03-12")
    ]


def test_ranks_are_not_days() -> None:
    assert expression_values_at("On the second day of the strike nobody came.", _PUB) == []
    assert expression_values_at("She was one of the first to arrive.", _PUB) == []
    assert expression_values_at("He was hit on the fifth floor.", _PUB) == []


def test_weekday_with_spelled_day_finds_its_month() -> None:
    # 18 February 2023 was a Saturday; 18 March 2023 too, but the story is in February.
    text = "On Saturday the eighteenth, the offices were set on fire."
    values = expression_values_at(text, _PUB, "2023-02-10")
    assert [v[1] for v in values] == ["2023-02-18"]


def test_weekday_with_day_and_no_story_time_counts_back_from_publication() -> None:
    # 14 January 2023 was a Saturday, and no later 14th up to publication was one.
    values = expression_values_at("Saturday the 14th, crowds marched.", _PUB)
    assert [v[1] for v in values] == ["2023-01-14"]


def test_days_later_count_from_the_day_just_told(nlp: Language) -> None:
    text = (
        "Good evening. The question tonight is simple. "
        "On the first of March the minister said that the subsidy would end. "
        "Two days later the unions went on strike across the country."
    )
    assert date_pair(nlp, text, "strike", _PUB) == ("2023-03-03", "2023-03-03")


def test_public_act_on_a_spelled_day_sets_the_story(nlp: Language) -> None:
    text = (
        "Good evening. The question tonight is simple. "
        "On the first of March the minister announced the end of the subsidy. "
        "The same day the unions went on strike across the country."
    )
    assert date_pair(nlp, text, "strike", _PUB) == ("2023-03-01", "2023-03-01")


def test_a_year_ago_this_weekend() -> None:
    # Published Friday 20 November 2020: the week a year back.
    values = expression_values_at(
        "A year ago this weekend, the price of petrol rose.", "2020-11-20"
    )
    assert values == [("A year ago this weekend", "2019-11-16", "2019-11-22")]
