"""Running totals of a story told at the time of writing: arrests a report gives in the
past perfect without a day of its own run from the episode's start (or the story's
time) up to the day of writing; a count "since the start of the unrest" runs from the
story's start even in its first days; a count dated by its report keeps that date."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import typed_date

_NEWS = (
    "Police said on Thursday they had fired on crowds overnight, the worst day yet in "
    "unrest that has swept the country since the weekend. "
    "The protests began on Sunday in the town of Osh. "
    "Gunfire was heard again in Bishkek on Thursday morning. "
)


def test_undated_report_of_arrests_runs_from_the_episode_start(nlp: Language) -> None:
    # 2025-03-13 is a Thursday; the weekend before was 8-9 March.
    text = _NEWS + "The ministry said 2,100 people had been detained across the country."
    assert typed_date(nlp, text, "detained", "2025-03-13", "arrest") == (
        "2025-03-09",
        "2025-03-13",
    )


def test_undated_report_of_arrests_runs_from_the_story_day(nlp: Language) -> None:
    text = (
        "On Wednesday riot police fired tear gas at protesters in Mong Kok. "
        "Police said 11 people had been arrested during and after the clashes."
    )
    # 2025-03-13 is a Thursday.
    assert typed_date(nlp, text, "arrested", "2025-03-13", "arrest") == (
        "2025-03-12",
        "2025-03-13",
    )


def test_reported_injuries_keep_the_story_day(nlp: Language) -> None:
    text = (
        "On Wednesday riot police fired tear gas at protesters in Mong Kok. "
        "Police said 22 officers had been injured."
    )
    assert typed_date(nlp, text, "injured", "2025-03-13", "attack") == (
        "2025-03-12",
        "2025-03-12",
    )


def test_arrests_in_an_old_story_keep_its_time(nlp: Language) -> None:
    text = (
        "On 3 January riot police fired tear gas at protesters in Mong Kok. "
        "Police said 11 people had been arrested."
    )
    assert typed_date(nlp, text, "arrested", "2025-03-13", "arrest") == (
        "2025-01-03",
        "2025-01-03",
    )


def test_count_since_the_start_of_the_unrest_runs_from_its_first_day(nlp: Language) -> None:
    text = (
        "The protests began on Sunday in the town of Osh. "
        "Gunfire was heard again in Bishkek on Thursday morning. "
        "The ministry said 18 police officers had been killed since the start of the unrest."
    )
    assert typed_date(nlp, text, "killed", "2025-03-13", "attack") == (
        "2025-03-09",
        "2025-03-13",
    )


def test_running_total_starts_with_the_episode_not_its_backstory(nlp: Language) -> None:
    text = (
        "A student was arrested by the morality police in Tehran on 13 March. "
        "More than 300 people have been killed since protests began on 16 March. "
        "Rights groups say hundreds of people have been detained."
    )
    assert typed_date(nlp, text, "detained", "2025-04-02", "arrest") == (
        "2025-03-16",
        "2025-04-02",
    )
