"""Tests of negated arguments, unrealised gerunds, people named by a participle, purposes
of an event noun, shop closures and workplace sit-ins, on sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


# ------------------------------------------------------------ negated subjects and objects


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Not a single shot was fired at the marchers, the governor insisted.", "attack"),
        ("Nothing was set alight during the night, the fire brigade said.", "property_attack"),
        ("Not one worker was detained at the depot.", "arrest"),
        ("Guards arrested no students at the gate on Tuesday.", "arrest"),
    ],
)
def test_a_negated_argument_reports_no_event(nlp: Language, text: str, kind: str) -> None:
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("No fewer than 40 villagers were shot dead by border guards.", "attack"),
        ("Police detained 30 students, not a single one of them armed.", "arrest"),
        ("Not only students but also bus drivers protested in the square.", "protest"),
    ],
)
def test_a_count_or_a_contrast_is_not_a_negation(nlp: Language, text: str, kind: str) -> None:
    assert kind in event_types(nlp, text)


# ------------------------------------------------------------ unrealised gerunds


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The bakers' guild has so far stopped short of calling a strike.", "strike"),
        ("Riot police prevented the families from marching to the court.", "protest"),
    ],
)
def test_a_gerund_after_a_blocking_verb_is_unrealised(nlp: Language, text: str, kind: str) -> None:
    assert kind not in event_types(nlp, text)


def test_a_gerund_after_another_verb_is_kept(nlp: Language) -> None:
    text = "Two tenants complained of being beaten by the guards at the checkpoint."
    assert "attack" in event_types(nlp, text)


# ------------------------------------------------------------ people named by a participle


def test_the_injured_carried_away_is_no_new_attack(nlp: Language) -> None:
    text = "A medic said the wounded had been driven to two clinics in the old town."
    assert "attack" not in event_types(nlp, text)


def test_a_participle_verb_still_reports(nlp: Language) -> None:
    text = "A medic said nine people had been wounded near the old town clinic."
    assert "attack" in event_types(nlp, text)


# ------------------------------------------------------------ purposes of an event noun


def test_what_a_strike_protests_is_not_reported_again(nlp: Language) -> None:
    text = (
        "Dock workers in the port began a three-day strike to protest at the beating "
        "and detention of two colleagues."
    )
    types = event_types(nlp, text)
    assert "strike" in types
    assert "attack" not in types
    assert "protest" not in types


def test_an_infinitive_with_its_own_subject_is_no_purpose(nlp: Language) -> None:
    text = "Dock workers went on strike after the owners refused to pay them."
    assert "strike" in event_types(nlp, text)


# ------------------------------------------------------------ shop closures


@pytest.mark.parametrize(
    "text",
    [
        "Across the old quarter, a number of shops remained shut on Thursday.",
        "Most of the stores stayed closed for a second day in Baneh.",
        "In Marivan the merchants closed early on Saturday in protest at the arrests.",
    ],
)
def test_shops_that_stay_closed_are_a_strike(nlp: Language, text: str) -> None:
    types = event_types(nlp, text)
    assert "strike" in types
    assert "protest" not in types


def test_a_shop_in_a_threat_clause_is_no_closure(nlp: Language) -> None:
    text = "The governor threatened to seal any stores that stayed closed on Monday."
    assert "strike" not in event_types(nlp, text)


# ------------------------------------------------------------ workplace sit-ins


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday, nurses held sit-ins in the wards of three hospitals in Tabriz.",
        "Steel workers staged a sit-in at the plant in Ahvaz after wages went unpaid.",
    ],
)
def test_a_sit_in_at_the_workplace_is_a_strike(nlp: Language, text: str) -> None:
    types = event_types(nlp, text)
    assert "strike" in types
    assert "protest" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Students held a sit-in in the courtyard of the university on Monday.",
        "Retired teachers staged a sit-in outside the ministry in Tehran.",
    ],
)
def test_other_sit_ins_stay_protests(nlp: Language, text: str) -> None:
    types = event_types(nlp, text)
    assert "protest" in types
    assert "strike" not in types
