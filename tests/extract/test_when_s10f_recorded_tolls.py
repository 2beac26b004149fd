"""A toll that a monitor "has documented" or "has recorded" dates the deaths it counts, not
the recording that runs up to the time of writing."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_TEXT = (
    "Protests over bread prices broke out in Kermanshah in March 2021 and were crushed "
    "within days. {} at least 57 deaths in the province."
)


def test_documented_toll_keeps_the_episode_month(nlp: Language) -> None:
    text = _TEXT.format("The Zagros Monitor has documented")
    assert date_pair(nlp, text, "deaths", "2021-11-20") == ("2021-03", "2021-03")


def test_recorded_toll_keeps_the_episode_month(nlp: Language) -> None:
    text = _TEXT.format("Local lawyers have since recorded")
    assert date_pair(nlp, text, "deaths", "2021-11-20") == ("2021-03", "2021-03")


def test_present_perfect_event_still_runs_to_now(nlp: Language) -> None:
    text = (
        "Protests over bread prices broke out in Kermanshah in March 2021. "
        "Police have arrested at least 57 people in the province."
    )
    assert date_pair(nlp, text, "arrested", "2021-11-20") == ("2021-03", "2021-11-20")
