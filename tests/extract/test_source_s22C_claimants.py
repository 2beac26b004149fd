"""Sources (s22C): a claim by things the speaker rules name no one by ("messages shared
online claimed that ...") is nobody's in particular, not the writer's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow


def test_messages_that_claim_are_nobody_in_particular(nlp: Language) -> None:
    text = (
        "Messages shared on social media had claimed that several students were detained "
        "after a rally in Zanjan."
    )
    assert source(nlp, text, "detained").kind == "unnamed"


def test_a_named_group_that_claims_stays_named(nlp: Language) -> None:
    text = "The Hengaw rights group claimed that several students were detained in Zanjan."
    assert source(nlp, text, "detained").kind == "organization"
