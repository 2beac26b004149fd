"""A quotation closed by its own attribution (""…," one of them said") is not handed to
the speaker of the quotation before it when that attribution names nobody we can tell."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes

_TEXT = (
    "The Ahvaz mayor told state media that the victim had been killed by "
    '"gunmen hiding in the crowd". Four people who were there told our reporters that '
    'the shots came from the police line. "Only the police had guns in that street. '
    'We all saw it," one of them said.'
)


def test_unknown_teller_is_not_the_previous_speaker(nlp: Language) -> None:
    found = [(q.speaker, q.text) for q in quotes(nlp, _TEXT)]
    assert ("Ahvaz mayor", "gunmen hiding in the crowd") in found
    assert all(not t.startswith("Only the police") for _, t in found)


def test_pronoun_teller_still_goes_on(nlp: Language) -> None:
    text = (
        'Maryam Tavakoli, a nurse, told us: "They came at night and took my brother away." '
        '"We have heard nothing since," she said.'
    )
    assert {q.speaker for q in quotes(nlp, text)} == {"Maryam Tavakoli"}
