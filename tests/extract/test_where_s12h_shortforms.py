"""Short forms of sites ("Sharif" after "Sharif University"), built once per article."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unrest.extract._where_sites import _short_forms, site_spans
from unrest.extract.where import Gazetteer


def _text(nlp: Language, gaz: Gazetteer, text: str) -> list[list[str]]:
    doc = nlp(text)
    return [[s.text for s, _ in site_spans(sent, gaz)] for sent in doc.sents]


def test_short_forms_come_from_earlier_sentences_only(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp(
        "Students gathered at Sharif University on Monday. "
        "Police were deployed in the streets. "
        "Dozens were detained outside Sharif later that night."
    )
    sents = list(doc.sents)
    assert "sharif" not in _short_forms(sents[0], gaz)
    assert "sharif" in _short_forms(sents[1], gaz)
    assert "sharif" in _short_forms(sents[-1], gaz)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [  # the short form after a preposition, once the full name came before it
        (
            "Students gathered at Sharif University on Monday. "
            "Dozens were detained outside Sharif later that night.",
            ["Sharif University"],
            ["Sharif"],
        ),
        (
            "Dozens were detained outside Sharif on Sunday. "
            "Students gathered at Sharif University on Monday.",
            [],
            ["Sharif University"],
        ),
    ],
)
def test_short_form_sites(
    nlp: Language, gaz: Gazetteer, text: str, first: list[str], last: list[str]
) -> None:
    found = _text(nlp, gaz, text)
    assert (found[0], found[-1]) == (first, last)
