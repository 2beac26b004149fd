"""Sources (s22C): a reporting verb heading an adverbial clause still reports its own
object ("after the government admitted shooting down the plane"), not the main clause."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow


def test_what_was_admitted_in_an_after_clause_is_the_admitter_s(nlp: Language) -> None:
    text = (
        "Students gathered again on Sunday after the army admitted shooting down a "
        "passenger plane near the capital."
    )
    s = source(nlp, text, "shooting")
    assert (s.kind, s.name) == ("organization", "army")


def test_the_main_clause_stays_the_author_s(nlp: Language) -> None:
    text = (
        "Students gathered again on Sunday after the army admitted shooting down a "
        "passenger plane near the capital."
    )
    assert source(nlp, text, "gathered").kind == "author"
