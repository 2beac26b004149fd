"""Events counted by a report dated after the story: the story's period, not the report's."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_base import Interval, day_interval
from unrest.extract._date_reports import story_period

_STORY = (
    "Riots broke out on 15 November 2019 in the port towns. "
    "On 16 November the riots spread to the capital. "
    "On 17 November crowds burned banks in the south. "
    "On 18 November police cleared the main squares. "
)


def test_count_reported_in_a_later_month_belongs_to_the_story(nlp: Language) -> None:
    text = _STORY + "The watchdog said on 6 December that at least 200 people had been killed."
    assert date_pair(nlp, text, "killed", "2021-02-01", nth=-1) == ("2019-11", "2019-11")


def test_report_dated_to_the_month_does_not_move_the_story(nlp: Language) -> None:
    text = (
        _STORY + "In June 2020, a lawmaker said that about 230 people had been killed. "
        "Thousands more were wounded."
    )
    assert date_pair(nlp, text, "killed", "2021-02-01", nth=-1) == ("2019-11", "2019-11")
    assert date_pair(nlp, text, "wounded", "2021-02-01", nth=-1) == ("2019-11", "2019-11")


def test_count_recorded_by_a_later_day_belongs_to_the_story(nlp: Language) -> None:
    text = _STORY + "The watchdog recorded at least 304 deaths by 16 December 2019."
    assert date_pair(nlp, text, "deaths", "2021-02-01", nth=-1) == ("2019-11", "2019-11")


def test_a_report_decades_after_the_story_does_not_count_it(nlp: Language) -> None:
    # A 1988 story; events of 2020 reported in 2020 are not the 1988 story's events.
    text = (
        "Thousands of prisoners were executed in July 1988. "
        "On 1 August 1988 the killings went on in Tehran. "
        "In January 2020, officials said that protesters had been arrested in ten provinces."
    )
    assert date_pair(nlp, text, "arrested", "2020-06-01", nth=-1) == ("2020-01", "2020-01")


def test_reported_clause_with_its_own_date_keeps_it(nlp: Language) -> None:
    text = _STORY + "Police said on 6 December that they arrested 20 people on 5 December."
    assert date_pair(nlp, text, "arrested", "2021-02-01", nth=-1) == ("2019-12-05", "2019-12-05")


def test_event_dated_in_its_own_clause_before_the_attribution(nlp: Language) -> None:
    text = _STORY + "The teacher was arrested on 6 December, his family said."
    assert date_pair(nlp, text, "arrested", "2021-02-01", nth=-1) == ("2019-12-06", "2019-12-06")


def test_report_just_after_a_later_episode_counts_that_episode(nlp: Language) -> None:
    text = (
        _STORY + "On 11 January 2020, students gathered at the universities. "
        "On 14 January, the spokesman said 30 people had been arrested."
    )
    assert date_pair(nlp, text, "arrested", "2021-02-01", nth=-1) == ("2020-01-11", "2020-01-14")


def test_present_tense_report_runs_from_the_story_to_the_report(nlp: Language) -> None:
    text = _STORY + "In January 2020, the minister said that the group is organising the riots."
    assert date_pair(nlp, text, "organising", "2021-02-01", nth=-1) == ("2019-11", "2020-01")


def test_story_period_spans_a_run_of_days_across_months() -> None:
    days: list[Interval | None] = [
        day_interval(date(2017, 12, 28)),
        day_interval(date(2017, 12, 30)),
        day_interval(date(2017, 12, 31)),
        day_interval(date(2018, 1, 2)),
        None,
        day_interval(date(2018, 6, 1)),
    ]
    story = story_period(days)
    assert story is not None
    assert story.value().start == "2017-12"
    assert story.value().end == "2018-01"
