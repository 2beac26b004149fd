"""A count given as the sum of the whole story ("put the national toll at 30", "30 deaths
in total", "by the time the protests died down") runs from the story's start even when
it is read in the story's first days; a toll of one place keeps its day."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_STORY = (
    "Dock workers in the port city began a sit-in on 20 August over unpaid wages. "
    "On 23 August riot police charged marchers in the capital. "
)


def _start(nlp: Language, text: str, trigger: str) -> str:
    pair = date_pair(nlp, _STORY + text, trigger, "2021-10-01")
    assert pair is not None
    return pair[0]


def test_a_national_toll_sums_the_story_up(nlp: Language) -> None:
    assert _start(nlp, "Officials put the national toll at 30 dead.", "toll") == "2021-08-20"


def test_deaths_in_total_sum_the_story_up(nlp: Language) -> None:
    text = "Officials acknowledged 30 deaths in total."
    assert _start(nlp, text, "deaths") == "2021-08-20"


def test_a_count_by_the_time_the_protests_died_down_sums_the_story_up(
    nlp: Language,
) -> None:
    text = "By the time the protests died down, officials acknowledged 30 deaths."
    assert _start(nlp, text, "deaths") == "2021-08-20"


def test_a_toll_of_one_town_keeps_its_day(nlp: Language) -> None:
    text = "Officials put the toll in the port city at three."
    pair = date_pair(nlp, _STORY + text, "toll", "2021-10-01")
    assert pair is None or pair[0] != "2021-08-20"


def test_a_toll_revised_in_a_relative_clause_is_no_sum(nlp: Language) -> None:
    text = "A gunman killed 13 worshippers, according to officials, who revised the total."
    pair = date_pair(nlp, _STORY + text, "killed", "2021-10-01")
    assert pair is None or pair[0] != "2021-08-20"
