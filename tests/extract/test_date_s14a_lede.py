"""A lede told before the text names any time: in the present perfect it runs from the
story's start up to the day of writing; in the past it takes the first time the story
then sets."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_present_perfect_lede_runs_from_the_story_start_to_the_day_of_writing(
    nlp: Language,
) -> None:
    text = (
        "Marches that started at a funeral in the river town have reached the capital "
        "and a dozen other cities. The funeral was held on 17 March. "
        "On 18 March riot police fired tear gas at mourners."
    )
    assert date_pair(nlp, text, "Marches", "2023-03-21") == ("2023-03-17", "2023-03-21")


def test_lede_from_a_month_keeps_the_day_of_writing(nlp: Language) -> None:
    text = (
        "Farmers have taken to the streets in villages large and small. "
        "The movement began in September, when the dam was closed."
    )
    assert date_pair(nlp, text, "taken", "2022-11-04") == ("2022-09", "2022-11-04")


def test_past_lede_takes_the_next_time_the_story_sets(nlp: Language) -> None:
    text = (
        "All 52 passengers on the ferry were killed. "
        "The ferry was hit by shellfire on 3 April near the harbour."
    )
    assert date_pair(nlp, text, "killed", "2023-04-10") == ("2023-04-03", "2023-04-03")


def test_lede_in_a_quotation_stays_undated(nlp: Language) -> None:
    text = (
        '"Our sons have been taken from the streets one by one and nobody will tell us '
        'where they are held," a mother said. The raids began on 3 April.'
    )
    assert date_pair(nlp, text, "taken", "2023-04-10") is None
