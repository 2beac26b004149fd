"""Tests of event cues added in round s15c: blame laid for a killing, events inside a
negated "show"/"establish", verbless dated entries of registers and timelines, and
signed open letters; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        'The district governor blamed "armed thugs" for the shooting.',
        "Police officials later blamed foreign agents for his death.",
    ],
)
def test_blame_for_a_killing_is_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor blamed the heavy rain for the delays.",
        "The minister blamed the opposition for the violence.",
        "She said farmers cannot be blamed for complaining about the drought.",
    ],
)
def test_other_blame_is_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The satellite images cannot show who burned the tents or how people were killed.",
        "The footage does not establish who fired.",
    ],
)
def test_events_under_a_negated_show_are_dropped(nlp: Language, text: str) -> None:
    assert not event_types(nlp, text) & {"attack", "property_attack"}


def test_events_under_a_plain_show_are_kept(nlp: Language) -> None:
    text = "The satellite images show that soldiers burned the tents on Monday night."
    assert "property_attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Basra\n\n- 12 Oct: Daily protests.\n", "protest"),
        ("Summary\n\n14 Oct, Karbala: night protest and road blockade.\n", "protest"),
        ("Basra\n\n- 13 Oct: Heavy clashes near the port overnight.\n", "protest"),
        ("Najaf\n\n- 15 Oct: water cannon and tear gas at the bridge.\n", "attack"),
    ],
)
def test_verbless_dated_entries_are_reported(nlp: Language, text: str, kind: str) -> None:
    assert kind in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Daily protests\n\nThe reporters\n", "Basra\n\n- Heavy clashes\n"],
)
def test_verbless_headings_are_still_skipped(nlp: Language, text: str) -> None:
    assert "protest" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Within a week, hundreds of nurses signed an open letter against the new law.",
        "More than 2,000 students have signed a petition demanding the dean's resignation.",
    ],
)
def test_signed_open_letters_are_a_protest(nlp: Language, text: str) -> None:
    assert "protest" in event_types(nlp, text)


def test_signed_agreements_are_no_protest(nlp: Language) -> None:
    assert "protest" not in event_types(nlp, "The two ministers signed a trade agreement.")


def test_pellet_guns_used_on_people_are_an_attack(nlp: Language) -> None:
    text = "Security forces were said to have used pellet guns against students on Sunday."
    assert "attack" in event_types(nlp, text)
