"""Tests of two groups striking in coordinated clauses, on sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import triggers

pytestmark = pytest.mark.slow


def test_two_groups_striking_are_two_strikes(nlp: Language) -> None:
    text = (
        "On Sunday, drivers at the bus depot in Tabriz walked off the job, and bakers in "
        "several towns closed their shops."
    )
    assert [t.type for t in triggers(nlp, text)].count("strike") == 2


def test_one_group_doing_two_things_is_one_strike(nlp: Language) -> None:
    text = "Nurses at the clinic in Arak walked off the job and closed the wards."
    assert [t.type for t in triggers(nlp, text)].count("strike") == 1
