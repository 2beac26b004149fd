"""Sources (s22T): an acronym defined in parentheses stands for the whole name its
letters spell ("the Zambezi National Commission on Prison Conditions (ZNCPC)"), not
for the capitalized tail before a small link word ("Prison Conditions")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

from unrest.extract._names_index import NameIndex
from unrest.extract._names_longform import long_form

pytestmark = pytest.mark.slow

_TEXT = (
    "The Zambezi National Commission on Prison Conditions (ZNCPC), a statutory body, "
    "said 14 inmates had died in the riot. By Sunday the unrest had spread to three "
    "other jails, the ZNCPC said."
)


def test_acronym_spans_the_link_word(nlp: Language) -> None:
    index = NameIndex(nlp(_TEXT))
    assert index.aliases["ZNCPC"] == "Zambezi National Commission on Prison Conditions"


def test_acronym_source_is_not_a_fragment(nlp: Language) -> None:
    s = source(nlp, _TEXT, "spread")
    assert s.kind == "organization"
    assert s.name == "Zambezi National Commission on Prison Conditions"


def test_acronym_with_to_is_completed(nlp: Language) -> None:
    text = (
        "The Committee to Shield Reporters (CSR) said two photographers were beaten at the march."
    )
    assert NameIndex(nlp(text)).aliases["CSR"] == "Committee to Shield Reporters"


def test_uncompletable_fragment_is_no_alias(nlp: Language) -> None:
    doc = nlp("Lawyers for Prison Conditions (ZNCPC) said 14 inmates died.")
    paren = next(t.i for t in doc if t.text == "(")
    assert long_form(doc, paren, "ZNCPC", "Prison Conditions") is None


def test_unrelated_letters_keep_the_run(nlp: Language) -> None:
    doc = nlp("The Popular Front of the Delta (FPD) called a strike.")
    paren = next(t.i for t in doc if t.text == "(")
    run = "Popular Front of the Delta"
    assert long_form(doc, paren, "FPD", run) == run
