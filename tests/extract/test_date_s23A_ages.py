"""An age is no time ("a 17-year-old boy", "a man aged 30"): a count of victims that names
one is still a running total held by its report ("a rights group said on 12 March that
police had killed at least nine people, including a 16-year-old girl": from the story's
start up to the report)."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_age import is_age, timed


def test_ages_are_not_times(nlp: Language) -> None:
    doc = nlp("Police shot a 16-year-old girl and a man aged 30 on Friday.")
    assert is_age(next(t for t in doc if t.text == "old"))
    assert not timed(next(t for t in doc if t.text == "30"))
    assert timed(next(t for t in doc if t.text == "Friday"))
    assert not timed(next(t for t in doc if t.text == "old"))


def test_count_naming_an_age_runs_from_the_start_to_the_report(nlp: Language) -> None:
    text = (
        "Protests over water shortages broke out in Kassala on 3 March. "
        "A rights group said on 12 March that police had killed at least nine people, "
        "including a 16-year-old girl."
    )
    assert date_pair(nlp, text, "killed", "2021-03-20") == ("2021-03-03", "2021-03-12")
