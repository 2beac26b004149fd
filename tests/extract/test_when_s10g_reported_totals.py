""" "The governor said on Tuesday that 60 people had been arrested": a total given on a
day, with no date of its own, runs from the story's start up to the report."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_TEXT = (
    "Bus drivers in Arak began a strike over unpaid wages on 3 March 2021. "
    "Crowds gathered outside the governor's office on 9 March. "
    "On 10 March, the provincial police chief said that 60 people had been arrested."
)


def test_reported_total_runs_from_the_story_start(nlp: Language) -> None:
    assert date_pair(nlp, _TEXT, "arrested", "2021-03-12") == ("2021-03-03", "2021-03-10")


def test_total_with_its_own_day_keeps_it(nlp: Language) -> None:
    text = _TEXT.replace("had been arrested", "had been arrested on 9 March")
    assert date_pair(nlp, text, "arrested", "2021-03-12") == ("2021-03-09", "2021-03-09")
