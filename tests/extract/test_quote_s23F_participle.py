"""Quotes (s23F): a reporting verb the parser leaves without a subject takes the noun
phrase before it, but not a noun inside a participial clause set off by commas
("His cousin, interviewed months later at a cafe in Valencia, says: "..."": the
cousin speaks, not Valencia)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes

pytestmark = pytest.mark.slow


def test_the_participial_clause_is_skipped(nlp: Language) -> None:
    text = (
        "His cousin, interviewed months later at a cafe in Valencia, says: "
        '"I heard the shots from the roof, and then the phone went silent."'
    )
    found = quotes(nlp, text)
    assert len(found) == 1 and (found[0].speaker or "").endswith("cousin")


def test_a_relative_clause_is_still_skipped(nlp: Language) -> None:
    text = (
        "The committee, which is based in Valencia, says: "
        '"We heard the shots from the roof, and then the phones went silent."'
    )
    found = quotes(nlp, text)
    assert len(found) == 1 and (found[0].speaker or "") != "Valencia"
