"""Tests of a bare "spread" ("the next day the protests spread"): the movement reaches
beyond the city told before, so the sentence borrows no city; "spread to X" keeps its
own place."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_BEFORE = "Students marched through Leon and Managua on 18 April against the pension reform. "


def test_bare_spread_borrows_no_city(nlp: Language) -> None:
    text = _BEFORE + "The next day the protests spread, and the first people were shot dead."
    got = sentence_places(nlp, text, "The next day", "protests")
    assert got == [("NI", None, None)]


def test_spread_to_a_town_keeps_it(nlp: Language) -> None:
    text = _BEFORE + "The next day the protests spread to Masaya."
    got = sentence_places(nlp, text, "The next day", "protests")
    assert got == [("NI", "Masaya", "Masaya")]
