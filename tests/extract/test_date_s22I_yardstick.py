"""A date set against the story's time ('deadlier than the unrest of March 2021',
'Unlike March 2021, when ...') is the time of what the compared phrase itself tells
(its relative clause, a 'when' clause right after it), though not of the story's own
events."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_a_relative_clause_of_the_yardstick(nlp: Language) -> None:
    text = (
        "Monitors say the protests this year were deadlier than the bread riots of March "
        "2021, in which the police killed at least 40 people."
    )
    assert date_pair(nlp, text, "killed", "2024-06-10") == ("2021-03", "2021-03")


def test_a_when_clause_after_the_yardstick(nlp: Language) -> None:
    text = (
        "Unlike March 2021, when the internet was cut for a week across the country, "
        "this month's blackout has been limited to two provinces."
    )
    assert date_pair(nlp, text, "cut", "2024-06-10") == ("2021-03", "2021-03")


def test_the_story_s_event_is_not_the_yardstick_s(nlp: Language) -> None:
    text = "In June, the police killed 60 protesters, more than in the bread riots of March 2021."
    assert date_pair(nlp, text, "killed", "2024-06-10") == ("2024-06", "2024-06")
