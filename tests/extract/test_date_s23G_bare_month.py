"""A month named without a year well before the time in force (more than a month), whose
one later occurrence up to publication follows the time in force, is that later one:
the story has moved on ("protests of November 2019 ... In July, the court upheld the
sentences" in a piece of November 2020 is July 2020). A day just before the time in
force, or a month in a story told years later (many later occurrences), keeps the
nearest occurrence."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_STORY = (
    "Security forces killed dozens of protesters in Lagos in November 2019. "
    "Prosecutors charged three students over the unrest. "
)


def test_a_month_after_the_story_within_a_year(nlp: Language) -> None:
    text = _STORY + "In July, the Supreme Court upheld the death sentences."
    assert date_pair(nlp, text, "upheld", "2020-11-16") == ("2020-07", "2020-07")


def test_a_month_in_a_story_told_years_later(nlp: Language) -> None:
    text = _STORY + "In July, the Supreme Court upheld the death sentences."
    assert date_pair(nlp, text, "upheld", "2025-03-02") == ("2019-07", "2019-07")


def test_a_day_just_before_the_time_in_force(nlp: Language) -> None:
    text = (
        "Protests spread to Kano on 2 January 2020. "
        "On 31 December, police had arrested two organisers in Lagos."
    )
    assert date_pair(nlp, text, "arrested", "2020-11-16") == ("2019-12-31", "2019-12-31")
