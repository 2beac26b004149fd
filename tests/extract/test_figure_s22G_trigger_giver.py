"""Tests of counts the trigger governs while their own clause repeats its kind (s22 G):
"upheld the death sentences of four men convicted of arson" is the trigger's count, not
a foreign one given by "convicted"."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_sentences_of_men_convicted(nlp: Language) -> None:
    text = (
        "The court spokesman said the Supreme Court had upheld the death sentences of four"
        " young men convicted over the unrest in the port city."
    )
    assert pairs(nlp, "sentencing", text, "sentences") == {("sentenced", 4)}


def test_detained_leaders_held_in_custody(nlp: Language) -> None:
    text = (
        "Five union leaders were detained in March, including its chairman, who remains in custody."
    )
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 5)}
