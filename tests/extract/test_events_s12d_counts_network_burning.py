"""Tests of counts restated with a bare count noun, of networks said to be off or
suspended, of property seen burning and of people hit by a weapon, on sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types, triggers

pytestmark = pytest.mark.slow


def _types_of_sentence(nlp: Language, text: str, nth: int) -> set[str]:
    """The event types found in the ``nth`` sentence of ``text``."""
    doc = nlp(text)
    sents = list(doc.sents)
    return {t.type for t in triggers(nlp, text) if t.evidence.start_char >= sents[nth].start_char}


# --- counts restated with a bare count noun ----------------------------------------------


def test_a_second_count_of_the_dead_is_an_attack(nlp: Language) -> None:
    text = (
        "A monitoring group in Oslo said police had killed at least 310 people in Dorud. "
        "A second group puts the number at more than 290."
    )
    assert "attack" in _types_of_sentence(nlp, text, 1)


def test_a_second_count_of_detainees_is_an_arrest(nlp: Language) -> None:
    text = (
        "Lawyers say close to 9,000 people were detained in the first month. "
        "The bar association put the figure at about 7,500."
    )
    found = _types_of_sentence(nlp, text, 1)
    assert "arrest" in found and "attack" not in found


def test_a_count_noun_with_a_participle_says_what_it_counts(nlp: Language) -> None:
    assert "attack" in event_types(nlp, "The number killed in Dorud rose to nine on Friday.")


def test_a_count_of_something_else_is_no_restated_toll(nlp: Language) -> None:
    text = (
        "Police killed four people in Dorud on Monday. "
        "The monitor's count for the year stands at more than 400 executions."
    )
    assert "attack" not in _types_of_sentence(nlp, text, 1)


def test_a_count_with_no_death_or_arrest_before_it_is_nothing(nlp: Language) -> None:
    text = "The price of bread rose sharply in May. Officials put the figure at 40."
    assert event_types(nlp, text) == set()


def test_a_restated_count_gets_the_type_s_figure(nlp: Language) -> None:
    from unrest.extract.figures import figures_for

    text = (
        "A monitoring group said police had killed at least 310 people in Dorud. "
        "A second group puts the number at more than 290."
    )
    doc = nlp(text)
    trig = next(t for t in triggers(nlp, text) if t.trigger.text == "number")
    found = figures_for("attack", doc[trig.trigger.start : trig.trigger.end], trig.evidence)
    assert {(f.kind, f.value) for f in found} == {("killed", 290)}


# --- networks off, suspended, restricted, switched off --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mobile data was still off in parts of Ilam on Thursday, residents said.",
        "The internet has been off across the province since Sunday.",
        "Since Monday mobile data services have been suspended in Sistan.",
        "Home broadband connections had also been severely restricted, the monitor said.",
        "The authorities switched off the internet in Ilam on 5 March.",
        "Telegram was banned by a court order that spring.",
    ],
)
def test_a_network_switched_off_is_censorship(nlp: Language, text: str) -> None:
    assert "censorship" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Bus services were suspended during the storm.",
        "Drivers switched off their engines on the ring road.",
        "He turned off the lights and left.",
    ],
)
def test_other_things_switched_off_are_no_censorship(nlp: Language, text: str) -> None:
    assert "censorship" not in event_types(nlp, text)


# --- property seen burning ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Footage from Karaj showed a bank burning near the bazaar on Sunday night.",
        "The provincial governor's office was also burning by midnight.",
        "We have seen video of banks and police stations burning in Arak.",
    ],
)
def test_property_seen_burning_is_a_property_attack(nlp: Language, text: str) -> None:
    assert "property_attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The candles were still burning when the mourners left.",
        "Young men set up barricades of burning tyres on the ring road.",
    ],
)
def test_other_things_burning_are_no_property_attack(nlp: Language, text: str) -> None:
    assert "property_attack" not in event_types(nlp, text)


# --- people hit by a weapon -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A nurse in Arak was hit in the neck by rubber bullets on Friday.",
        "My cousin was standing by the kiosk when a bullet hit him.",
        "A cameraman was hit by a canister outside the stadium.",
        "The airliner was hit by a missile shortly after take-off.",
    ],
)
def test_someone_hit_by_a_weapon_is_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The economy was hit hard by sanctions last year.",
        "The coastal town was hit by a storm on Monday.",
    ],
)
def test_something_hit_by_no_weapon_is_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in event_types(nlp, text)
