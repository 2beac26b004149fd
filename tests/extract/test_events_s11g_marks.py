"""Tests of clause marks cut off from their verb by a comma (a misparse of "since
her death, chanting ..."), on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token
from tests.extract.support import event_types

from unrest.extract import _modality as mod
from unrest.extract.events import _verb_reference

pytestmark = pytest.mark.slow

_WORDS = ["Crowds", "walked", "to", "the", "grave", "since", "her", "death", ",", "chanting"]
_HEADS = [1, 1, 1, 4, 2, 9, 7, 5, 1, 1]
_DEPS = ["nsubj", "ROOT", "prep", "det", "pobj", "mark", "poss", "pobj", "punct", "advcl"]
_TAGS = ["NNS", "VBD", "IN", "DT", "NN", "IN", "PRP$", "NN", ",", "VBG"]


def _chanting(nlp: Language, *, comma: bool) -> Token:
    """ "chanting" under a misattached "since" mark, with or without the comma."""
    words, heads, deps, tags = list(_WORDS), list(_HEADS), list(_DEPS), list(_TAGS)
    if not comma:
        words[8], deps[8] = "and", "cc"
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)
    doc[9].lemma_ = "chant"
    doc[9].pos_ = "VERB"
    return doc[9]


def test_a_mark_before_a_comma_does_not_make_a_time_clause(nlp: Language) -> None:
    assert not _verb_reference(_chanting(nlp, comma=True), mod.ontology())


def test_a_mark_next_to_its_verb_still_makes_a_time_clause(nlp: Language) -> None:
    assert _verb_reference(_chanting(nlp, comma=False), mod.ontology())


def test_a_time_clause_still_only_dates_the_main_event(nlp: Language) -> None:
    text = "He was hanged in Qom after being convicted of rebellion."
    assert "sentencing" not in event_types(nlp, text)
