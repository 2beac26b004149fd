"""Headlines joining two clauses with a semicolon: "X says ...; ..." reports what follows."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

_HEAD = (
    "Norland says 40 killed in five days of protests; clashes flare in Port Vell's old town\n\n"
    "PORT VELL, May 3 (Harbour Wire) - Police fired tear gas on Saturday."
)


def test_semicolon_headline_reports_its_first_part(nlp: Language) -> None:
    """The subject of "says" opening the headline asserts the toll after it."""
    found = source(nlp, _HEAD, "killed")
    assert found.kind != "author"
    assert found.name == "Norland"


def test_second_part_of_headline_is_not_reported(nlp: Language) -> None:
    """What the part after the semicolon tells is the writer's own."""
    found = source(nlp, "Clashes flare in the old town; Norland says it will not yield", "Clashes")
    assert found.kind == "author"
