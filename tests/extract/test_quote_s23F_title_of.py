"""Quotes (s23F): a title written out with its own "of" complement ("the Minister of
Information") is not replaced by a longer title of another office-holder the article
names ("the Minister of State Security")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes

pytestmark = pytest.mark.slow


def test_a_written_out_title_keeps_its_complement(nlp: Language) -> None:
    text = (
        "The Minister of Health told reporters that \u201cfour people were injured\u201d "
        "in the clashes. On Friday a court ruled that the Minister of Home Affairs and "
        "Public Order had no power to ban the march."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Minister of Health"]
