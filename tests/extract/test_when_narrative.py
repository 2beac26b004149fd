"""Dates of event mentions: year words on months, superlative yardsticks, dated entries,
appositions and flashbacks in narratives (sentences written for these tests)."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, expression_values

from unrest.extract._dates import Anchor, interval_of


def test_a_month_with_a_year_word_takes_that_year_not_the_narratives() -> None:
    anchor = Anchor(interval_of("2024-06-10"), interval_of("2015-03"), interval_of("2015"))
    assert expression_values("in October of this year", anchor) == [
        ("October of this year", "2024-10", "2024-10")
    ]
    assert expression_values("on 2 May last year", anchor) == [
        ("2 May last year", "2023-05-02", "2023-05-02")
    ]
    assert expression_values("in late July of that year", anchor) == [
        ("late July of that year", "2015-07", "2015-07")
    ]
    assert expression_values("on 9 March the following year", anchor) == [
        ("9 March the following year", "2016-03-09", "2016-03-09")
    ]


def test_after_an_old_year_a_month_of_this_year_resets_the_story(nlp: Language) -> None:
    text = (
        "Those who hoped the port would close in 2011 were wrong. "
        "In March of this year, dockers went on strike again. "
        "On 14 April, police detained the union leaders."
    )
    assert date_pair(nlp, text, "strike", "2024-06-01") == ("2024-03", "2024-03")
    assert date_pair(nlp, text, "detained", "2024-06-01") == ("2024-04-14", "2024-04-14")


def test_a_superlative_yardstick_date_does_not_set_the_story_year(nlp: Language) -> None:
    text = (
        "Monitors called the outage the worst since the blackout of March 2016. "
        "On 2 May, riot police dispersed a sit-in at the rail depot."
    )
    assert date_pair(nlp, text, "dispersed", "2023-05-20") == ("2023-05-02", "2023-05-02")


def test_a_weekday_inside_a_dated_entry_counts_back_from_the_entry_day(nlp: Language) -> None:
    text = (
        "WEEKLY ROUND-UP\n\n"
        "Our summary of the past week.\n\n"
        "3 March - Bakers strike\n"
        "Bakers closed their shops in the capital on Monday.\n\n"
        "5 March - Teachers march\n"
        "Teachers marched to the ministry on Wednesday.\n"
    )
    # 3 March 2025 is a Monday, 5 March a Wednesday; the digest is out on 12 March.
    assert date_pair(nlp, text, "closed", "2025-03-12") == ("2025-03-03", "2025-03-03")
    assert date_pair(nlp, text, "marched", "2025-03-12") == ("2025-03-05", "2025-03-05")


def test_a_dated_apposition_names_the_day_a_relative_time_meant(nlp: Language) -> None:
    text = (
        "In October 2024, miners across the north walked out over pay. "
        "The next morning, Saturday 5 October, the miners blocked the highway. "
        "Police arrested twenty miners."
    )
    assert date_pair(nlp, text, "blocked", "2024-10-20") == ("2024-10-05", "2024-10-05")
    assert date_pair(nlp, text, "arrested", "2024-10-20") == ("2024-10-05", "2024-10-05")


def test_the_simple_past_returns_from_a_past_perfect_flashback(nlp: Language) -> None:
    text = (
        "On the evening of 20 March, hundreds of nurses gathered outside the clinic. "
        "On 14 March, the board had cut their wages by a third. "
        "Police arrested six nurses at the gate."
    )
    assert date_pair(nlp, text, "arrested", "2023-04-02") == ("2023-03-20", "2023-03-20")


def test_a_flashback_goes_on_while_the_text_points_back_to_it(nlp: Language) -> None:
    text = (
        "On the evening of 20 March, hundreds of nurses gathered outside the clinic. "
        "On 14 March, guards had beaten a nurse at the gate. "
        "Two colleagues were injured in that attack."
    )
    assert date_pair(nlp, text, "injured", "2023-04-02") == ("2023-03-14", "2023-03-14")


def test_an_earlier_day_named_in_passing_is_not_what_the_next_day_counts_from(
    nlp: Language,
) -> None:
    text = (
        "On 10 June, students gathered at the campus gate. "
        "They carried portraits of Omid Rezaei, a student killed in a raid on 2 June. "
        "Police dispersed them the following day."
    )
    assert date_pair(nlp, text, "dispersed", "2022-07-01") == ("2022-06-11", "2022-06-11")
