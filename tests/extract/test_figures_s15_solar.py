"""A Solar Hijri year or day beside its month is a date, not a count."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (  # a Solar Hijri month and year glossed in Gregorian
            "Both brothers were held for several days in Azar 1398 [December 2019], before "
            "the memorial.",
            "held",
        ),
        ("Her brother was detained in Azar 1398, a week before the memorial.", "detained"),
        ("The teacher was arrested on 3 Bahman 1401 outside the school.", "arrested"),
    ],
)
def test_solar_year_is_not_a_count(nlp: Language, text: str, trigger: str) -> None:
    assert pairs(nlp, "arrest", text, trigger) == set()


def test_count_beside_a_solar_date_still_read(nlp: Language) -> None:
    text = "Police detained 1,350 people in Azar 1398 in the capital."
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 1350)}
