"""Sources (s22C): "he" may stand for a person named as the agent of a passive clause."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow


def test_he_after_a_passive_agent_is_that_person(nlp: Language) -> None:
    text = (
        "The toll, the first official figure, was given by ministry spokesman Ali Rezaei at a "
        "news conference in Basra. He said 30 shops had been set on fire by looters."
    )
    s = source(nlp, text, "fire")
    assert (s.kind, s.name) == ("person", "Ali Rezaei")
