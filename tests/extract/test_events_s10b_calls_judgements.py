"""Tests of calls whose infinitives come in a series, people named only as a class,
judgements on events told before, and coordinated reports at two relative times,
on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types, triggers

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ a series of infinitives after a call


@pytest.mark.parametrize(
    "text",
    [
        "We urge the government to stop all hangings, overturn the death sentences already "
        "passed and free all those jailed for their peaceful activism.",
        "The Coalition calls on the authorities to end the executions, annul every death "
        "sentence handed down in these trials and release everyone held for joining rallies.",
    ],
)
def test_a_series_of_demands_reports_nothing(nlp: Language, text: str) -> None:
    assert event_types(nlp, text) == set()


def test_a_sentence_passed_is_still_a_report(nlp: Language) -> None:
    text = "The court passed death sentences on three teachers and jailed two more on Monday."
    assert {"sentencing", "arrest"} <= event_types(nlp, text)


# ------------------------------------------------------------ people named only as a class


def test_the_release_of_all_those_detained_is_no_arrest(nlp: Language) -> None:
    text = (
        "The committee renewed its demand for the release of all those detained for "
        "expressing their opinions online."
    )
    assert "arrest" not in event_types(nlp, text)


def test_all_those_detained_on_a_date_are_an_arrest(nlp: Language) -> None:
    text = "All those detained on 4 March in the raid on the dormitory were students."
    assert "arrest" in event_types(nlp, text)


# ------------------------------------------------------------ judgements on events told before


@pytest.mark.parametrize(
    "text",
    [
        'Canada\'s foreign minister called the shootings "appalling" and recalled her envoy.',
        "The Dutch government condemned the hangings and summoned the ambassador.",
        'The UN rights chief said she was "deeply alarmed" by the killings.',
    ],
)
def test_a_judgement_on_the_event_is_no_new_mention(nlp: Language, text: str) -> None:
    assert not ({"attack", "execution"} & event_types(nlp, text))


def test_a_judgement_that_names_the_victims_is_a_mention(nlp: Language) -> None:
    text = (
        "The Dutch government condemned the executions of two brothers who were hanged "
        "in Shiraz at dawn on Sunday."
    )
    assert "execution" in event_types(nlp, text)


def test_described_events_stay_mentions(nlp: Language) -> None:
    text = "The interior minister described the demonstrations as organised by foreign agents."
    assert "protest" in event_types(nlp, text)


# ------------------------------------------------------------ two reports at two relative times


def test_coordinated_reports_at_a_relative_and_a_named_time_are_two(nlp: Language) -> None:
    text = (
        "At least 310 prisoners were hanged in the country last year, and at least 90 more "
        "have been executed since March, the monitor said."
    )
    found = [t for t in triggers(nlp, text) if t.type == "execution"]
    assert len(found) == 2


def test_a_duration_does_not_split_one_report(nlp: Language) -> None:
    text = (
        "By 3 May the authorities had crushed the protests, and the big demonstrations "
        "had ended, although small gatherings went on for several days."
    )
    found = [t for t in triggers(nlp, text) if t.type == "protest"]
    assert len(found) <= 1
