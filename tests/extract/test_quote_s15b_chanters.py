"""Quotes, round s15b: quoted words naming who chanted are the speaker's words, not
a slogan; what is chanted stays a slogan."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_quoted_chanters_are_a_quote(nlp: Language) -> None:
    text = (
        'The mayor said that "a handful of troublemakers" near the bazaar had chanted '
        "slogans on Tuesday evening."
    )
    assert [(q.speaker, q.text) for q in quotes(nlp, text)] == [
        ("mayor", "a handful of troublemakers")
    ]


def test_chanted_slogans_stay_slogans(nlp: Language) -> None:
    text = (
        '"Bread, work, freedom," the marchers chanted on Tuesday. "Bread, work, freedom" '
        "was chanted by the marchers again on Wednesday."
    )
    assert quotes(nlp, text) == []
