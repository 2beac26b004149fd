"""Tests of event cues added in round s14c: shots told by where they came from, crowds
placed or sized, protests spreading or appearing in places, platforms blocked in a
passive the parse left without a subject, and negation kept on its own side of a
semicolon; on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types, triggers

from unrest.extract._events_spread import spread_in_places
from unrest.extract._modality import ontology

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Neighbours told reporters that the shots came from a police checkpoint.",
        "Two witnesses said the bullets came from the roof of the town hall.",
        "The minibus came under fire on the road to the border on Sunday night.",
    ],
)
def test_shots_coming_from_somewhere_are_an_attack(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The fire came from a faulty heater in the basement.",
        "The idea came from a student in the second row.",
        "His first shot came after twenty minutes of the match.",
    ],
)
def test_other_things_coming_from_somewhere_are_no_attack(nlp: Language, text: str) -> None:
    assert "attack" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of the port city reported crowds on the seafront boulevard on Friday.",
        "Crowds in Minsk were much smaller than the week before.",
        "Organisers put the crowd at more than 40,000.",
        "The municipal police estimated the crowd at 12,000.",
    ],
)
def test_a_crowd_placed_or_sized_is_a_protest(nlp: Language, text: str) -> None:
    assert "protest" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at the crowd near the stadium.",
        "The singer thanked the crowd at the end of the concert.",
        "The band thanked the crowds in Oslo and Bergen.",
    ],
)
def test_other_crowds_are_no_protest(nlp: Language, text: str) -> None:
    assert "protest" not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("On 3 March, protests spread to Liberty Square and to the northern suburbs.", "spread"),
        ("Within two days protesters had appeared in dozens of towns.", "appeared"),
    ],
)
def test_protests_spreading_or_appearing_in_places_cue_a_protest(
    nlp: Language, text: str, verb: str
) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert spread_in_places(tok, ontology())


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The fire spread to three neighbouring buildings.", "spread"),
        ("Tourists had appeared in dozens of towns by the summer.", "appeared"),
        ("Protesters appeared in court on Monday.", "appeared"),
    ],
)
def test_other_things_spreading_or_appearing_cue_nothing(
    nlp: Language, text: str, verb: str
) -> None:
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert not spread_in_places(tok, ontology())


def test_protests_that_reached_dozens_of_cities_are_a_protest(nlp: Language) -> None:
    text = (
        "Protests began in the capital on Monday. Within a week they had reached dozens of cities."
    )
    assert ("protest", "reached") in {(t.type, t.trigger.text) for t in triggers(nlp, text)}


def test_letters_that_reached_dozens_of_cities_are_no_protest(nlp: Language) -> None:
    text = "The campaign sent letters on Monday. Within a week they had reached dozens of cities."
    assert "protest" not in event_types(nlp, text)


def test_platforms_blocked_in_a_coordinated_passive_are_censorship(nlp: Language) -> None:
    text = "Shops have lost customers since March and Telegram and Signal were blocked."
    assert "censorship" in event_types(nlp, text)


def test_a_negation_after_a_semicolon_stays_in_its_clause(nlp: Language) -> None:
    text = (
        "Activists say dozens of students have been detained in the city; "
        "the police have not published a number."
    )
    assert "arrest" in event_types(nlp, text)


def test_a_negated_arrest_is_still_dropped(nlp: Language) -> None:
    text = "Activists say no students have been detained in the city."
    assert "arrest" not in {t.type for t in triggers(nlp, text)}


def test_people_gathering_at_a_place_in_an_after_clause_are_a_protest(nlp: Language) -> None:
    text = (
        "Police entered the campus on Monday afternoon after several hundred students "
        "gathered in front of the main library."
    )
    assert ("protest", "gathered") in {(t.type, t.trigger.text) for t in triggers(nlp, text)}


def test_a_bare_protest_verb_in_an_after_clause_stays_a_time_reference(nlp: Language) -> None:
    text = "The minister resigned three weeks after they marched."
    assert ("protest", "marched") not in {(t.type, t.trigger.text) for t in triggers(nlp, text)}


def test_a_persons_arrest_in_an_after_clause_is_an_arrest(nlp: Language) -> None:
    text = "The student died in hospital two days after she was detained by the campus police."
    assert "arrest" in event_types(nlp, text)


def test_an_arrest_of_anyone_in_an_after_clause_stays_a_time_reference(nlp: Language) -> None:
    text = "The unions called a strike two days after dozens of drivers were detained."
    assert "arrest" not in event_types(nlp, text)
