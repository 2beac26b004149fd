"""Tests of strike and attack cues (refused classes or work, shuttered bazaars, answered
strike calls, blows that are no strikes, responses with live fire, gunfire, baton charges,
bullet wounds, "anything that moved") and of head comparisons by index, on sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

from unrest.extract import _events_context as ctx
from unrest.extract import _events_select as sel
from unrest.extract import _modality as mod

pytestmark = pytest.mark.slow


def test_refusing_to_attend_classes_is_a_strike(nlp: Language) -> None:
    assert "strike" in event_types(
        nlp, "Nurses at two hospitals in Rasht refused to go to work on Sunday."
    )
    assert "strike" not in event_types(nlp, "The minister refused to answer questions on Sunday.")


def test_shops_that_stood_shuttered_are_a_strike(nlp: Language) -> None:
    assert "strike" in event_types(
        nlp, "In Bojnurd and Shirvan, the markets stood shuttered on Monday."
    )


def test_answered_call_for_a_strike_is_reported(nlp: Language) -> None:
    assert "strike" in event_types(
        nlp, "Merchants in Tabriz heeded the call for a two-day general strike last week."
    )
    assert "strike" not in event_types(nlp, "Unions issued a call for a general strike next month.")


def test_struck_by_a_canister_is_no_labour_strike(nlp: Language) -> None:
    found = event_types(
        nlp, "Four people were killed, some of them struck in the chest by canisters."
    )
    assert "strike" not in found
    assert "attack" in found


def test_response_with_live_fire_is_an_attack(nlp: Language) -> None:
    assert "attack" in event_types(nlp, "The riot police responded with live ammunition in Arak.")
    assert "attack" in event_types(nlp, "Guards answered the marchers and responded with tear gas.")


def test_gunfire_baton_charge_and_bullet_wounds_are_attacks(nlp: Language) -> None:
    assert "attack" in event_types(
        nlp, "Residents of Ilam said they heard gunfire near the bazaar."
    )
    assert "attack" in event_types(nlp, "Police on foot charged the students with batons in Yazd.")
    assert "attack" in event_types(nlp, "A clinic in Bandar treated eleven men with bullet wounds.")
    assert "attack" not in event_types(
        nlp, "A clinic in Bandar treated eleven men with minor burns."
    )


def test_anything_that_moved_names_people(nlp: Language) -> None:
    assert "attack" in event_types(
        nlp, "Soldiers drove into the village and fired at anything that moved."
    )
    assert "attack" not in event_types(
        nlp, "The police chief denied that officers had fired at anyone."
    )


def test_root_comparisons_use_indices(nlp: Language) -> None:
    doc = nlp("Crowds gathered in Sari.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert mod.clause_verb(root) is not None
    assert mod.clause_verb(root).i == root.i  # type: ignore[union-attr]
    assert not ctx.reported_in_time_clause(root)
    assert sel.time_anchor(root) == frozenset()
