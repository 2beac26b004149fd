"""A reporting clause closing the sentence speaks for it even when commas inside its
subject (an apposition, a relative clause) hide the subject from a reading of words."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_quoted_as_saying_after_an_apposition(nlp: Language) -> None:
    text = (
        "In the capital, 450 people have been detained since Saturday, the deputy governor "
        "of Tehran province, Hossein Karimi, was quoted as saying."
    )
    s = source(nlp, text, "detained")
    assert s.kind == "person" and (s.name or "").endswith("Karimi")


def test_subordinate_speaking_closes_nothing(nlp: Language) -> None:
    text = (
        "Some have been held for short periods, and at least one father was arrested last "
        "year after he spoke at a memorial."
    )
    assert source(nlp, text, "arrested").kind == "author"
