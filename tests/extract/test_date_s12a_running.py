"""Spans up to the time of writing: "since January" ends on the day of writing, not the
end of its month; a count of victims asserted now ("rights groups say hundreds have been
detained") runs from the story's start to the day of writing; a count held by a past
report, a count a record names, or a single dated deed keep their own dates."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, typed_date

_STORY = "Protests began in Bukan on 17 March. On Monday police fired on crowds in Saqqez. "


def test_since_a_month_ends_on_the_day_of_writing(nlp: Language) -> None:
    text = "Students have blocked roads in Kragujevac since January, organisers say."
    assert date_pair(nlp, text, "blocked", "2025-03-16") == ("2025-01", "2025-03-16")


def test_since_the_end_of_a_month_ends_on_the_day_of_writing(nlp: Language) -> None:
    text = "The messaging app has been blocked by court order since the end of April."
    assert date_pair(nlp, text, "blocked", "2018-10-15") == ("2018-04", "2018-10-15")


def test_since_a_day_keeps_both_days(nlp: Language) -> None:
    text = "Dozens of people have been detained in Gori since 3 February."
    assert date_pair(nlp, text, "detained", "2021-03-28") == ("2021-02-03", "2021-03-28")


def test_count_said_now_runs_from_the_story_start(nlp: Language) -> None:
    text = _STORY + "Rights groups say hundreds of people have been detained."
    assert typed_date(nlp, text, "detained", "2023-03-22", "arrest") == ("2023-03-17", "2023-03-22")


def test_active_perfect_count_runs_from_the_story_start(nlp: Language) -> None:
    text = _STORY + "The monitor says security forces have killed at least 31 people."
    assert typed_date(nlp, text, "killed", "2023-03-22", "attack") == ("2023-03-17", "2023-03-22")


def test_count_listed_now_runs_from_the_story_start(nlp: Language) -> None:
    text = _STORY + "The monitor's database lists 900 people detained."
    assert typed_date(nlp, text, "detained", "2023-03-22", "arrest") == ("2023-03-17", "2023-03-22")


def test_past_tense_under_a_report_keeps_the_story_day(nlp: Language) -> None:
    text = _STORY + "Kurdish activists say more than 30 people were wounded."
    assert typed_date(nlp, text, "wounded", "2023-03-22", "attack")[1] != "2023-03-22"


def test_recorded_deaths_are_not_run_to_now(nlp: Language) -> None:
    # Months after the story, a recorded toll is a retrospective count (a recent one runs
    # on: see test_date_s21F_tallies).
    text = (
        "Protests began in Bukan on 17 March. On 20 March police fired on crowds in Saqqez. "
        "The monitor has documented 304 deaths."
    )
    assert typed_date(nlp, text, "deaths", "2023-07-22", "attack")[1] != "2023-07-22"


def test_a_gathering_in_the_present_perfect_runs_from_the_outbreak(nlp: Language) -> None:
    # Not as a running total (to_now counts victims only) but as the writer's present
    # perfect, which reaches back over the episode after a single day in force (session
    # 23: "Women have burned their headscarves at rallies" runs from the outbreak).
    text = _STORY + "Rights groups say hundreds of people have been detained."
    assert typed_date(nlp, text, "detained", "2023-03-22", "protest")[0] == "2023-03-17"
