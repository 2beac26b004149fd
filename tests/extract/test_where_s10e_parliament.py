"""A crowd at the national parliament is in the capital (_where_parliament)."""

from __future__ import annotations

from functools import lru_cache

import pytest
from spacy.language import Language

from unrest.extract._where_parliament import at_parliament
from unrest.nlp import load


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return load()


def _first_sent(text: str):  # type: ignore[no-untyped-def]
    return next(iter(_nlp()(text).sents))


@pytest.mark.parametrize(
    "text",
    [
        "Several hundred students gathered outside parliament on Monday.",
        "Police dispersed a crowd near the parliament building with tear gas.",
        "Hundreds of nurses rallied in front of the parliament on Sunday.",
    ],
)
def test_event_at_parliament(text: str) -> None:
    assert at_parliament(_first_sent(text))


@pytest.mark.parametrize(
    "text",
    [
        "A member of parliament said 500 people had been detained.",
        "The parliament voted to approve the budget on Tuesday.",
        "The head of parliament's security committee gave a toll of 40 dead.",
    ],
)
def test_parliament_not_a_site(text: str) -> None:
    assert not at_parliament(_first_sent(text))
