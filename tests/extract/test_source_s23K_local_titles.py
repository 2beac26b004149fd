"""Sources (s23K): a title owned by a place below the country ("the city's prosecutor",
"Shiraz's prosecutor", "the prosecutor of Shiraz") is a local office and does not take
the name of a national holder given before; a country's title still does."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow

LEAD = (
    "Prosecutor General Hamid Rezaei warned on Monday that organisers of the unrest "
    "would face severe punishment. "
)


@pytest.mark.parametrize(
    "said",
    [
        "In Shiraz, the city's prosecutor said 15 people had been arrested on Tuesday.",
        "Shiraz's prosecutor said 15 people had been arrested on Tuesday.",
        "The prosecutor of Shiraz said 15 people had been arrested on Tuesday.",
    ],
)
def test_a_local_prosecutor_is_not_the_prosecutor_general(nlp: Language, said: str) -> None:
    s = source(nlp, LEAD + said, "arrested")
    assert s.name != "Hamid Rezaei"


def test_a_country_s_minister_is_the_minister_named_before(nlp: Language) -> None:
    text = (
        "Foreign Minister Karim Nouri condemned the protests on Monday. "
        "Iran's foreign minister said 15 people had been arrested on Tuesday."
    )
    assert source(nlp, text, "arrested").name == "Karim Nouri"


def test_the_bare_title_is_the_holder_named_before(nlp: Language) -> None:
    s = source(
        nlp, LEAD + "The prosecutor said 15 people had been arrested on Tuesday.", "arrested"
    )
    assert s.name == "Hamid Rezaei"
