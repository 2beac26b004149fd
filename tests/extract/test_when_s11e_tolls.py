"""A count a report gives in an active past perfect ("a rights group said on Monday that
police had killed at least eight people") is a running total: from the story's start up
to the report, like the passive "eight people had been killed"."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_STORY = (
    "Protests over water cuts broke out in Dezful on 3 June 2023. "
    "Crowds blocked roads in several towns. "
)


def test_active_past_perfect_count_runs_from_story_start(nlp: Language) -> None:
    text = _STORY + (
        "On 12 June, a rights group said that police had killed at least eight people."
    )
    assert date_pair(nlp, text, "killed", "2023-06-14") == ("2023-06-03", "2023-06-12")


def test_active_past_perfect_without_count_keeps_report_day(nlp: Language) -> None:
    text = _STORY + "On 12 June, a rights group said that police had killed a teenager."
    assert date_pair(nlp, text, "killed", "2023-06-14") != ("2023-06-03", "2023-06-12")
