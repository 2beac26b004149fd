"""Quotes, round s22Q: a participle clause opening the sentence ("Addressing the
crowd in X, the governor, Y, said ...") is not the subject of the reporting verb even
when the parser makes it one (a clausal subject); the noun phrase before the verb
speaks. The parse is built by hand: the parser makes this mistake only now and then."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from unrest.extract._names import _opening_participle


def _doc(nlp: Language, words: list[str], heads: list[int], deps: list[str]) -> Doc:
    tags = ["VBG" if w.endswith("ing") else "VBD" if w == "said" else "NN" for w in words]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_opening_participle_set_off_by_a_comma_is_no_subject(nlp: Language) -> None:
    words = ["Addressing", "the", "crowd", ",", "the", "governor", ",", "Rezaei", ",", "said"]
    heads = [9, 2, 0, 2, 5, 2, 2, 2, 2, 9]
    deps = ["csubj", "det", "dobj", "punct", "det", "appos", "punct", "appos", "punct", "ROOT"]
    doc = _doc(nlp, words, heads, deps)
    assert _opening_participle(doc[0])


def test_gerund_subject_without_a_comma_stays_a_subject(nlp: Language) -> None:
    words = ["Closing", "the", "schools", "hurt", "families"]
    heads = [3, 2, 0, 3, 3]
    deps = ["csubj", "det", "dobj", "ROOT", "dobj"]
    doc = _doc(nlp, words, heads, deps)
    assert not _opening_participle(doc[0])
