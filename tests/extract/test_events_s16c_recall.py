"""Tests of event cues added in round s16c: detention told as a state ("still in
prison") or as a transfer ("took us to a detention centre"), blows to the body and
by hand, missiles fired at aircraft, measures of the network that fell, the
blocking of a platform, clashes with police, counts restated by another source,
and reports under a narrating modal or a purpose; on sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types, triggers

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Two of the organisers are still in prison.",
        "The teacher has been in jail for four months.",
        "That evening they took us to a detention centre outside the city.",
        "Dozens of students were sent to prison after the rally.",
        "The singer was taken by plainclothes agents from his car.",
        "He was caught in a side street by two officers.",
        "Rumours said several pupils were taken away for questioning.",
    ],
)
def test_detention_states_and_transfers_are_arrests(nlp: Language, text: str) -> None:
    assert "arrest" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "She spent two years in prison before the war.",
        "Nobody knows how many remain in prison.",
        "He took his daughter to school every morning.",
        "The ball was caught by the goalkeeper.",
    ],
)
def test_other_prison_and_taking_is_no_arrest(nlp: Language, text: str) -> None:
    assert "arrest" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "A student beside me was hit in the face and fell.",
        "Doctors treated patients who had been hit in both eyes.",
        "He was punched and kicked in the yard of the station.",
        "One of the guards slapped her twice.",
        "An interrogator slammed his head against the wall.",
        "Two missiles fired by the air defence unit brought it down.",
    ],
)
def test_blows_and_missiles_are_attacks(nlp: Language, text: str) -> None:
    assert "attack" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The northern towns were hit hard by the drought.",
        "She was kicked out of the university in 2019.",
        "He slammed the door and left.",
        "The coast was struck by a storm on Monday.",
    ],
)
def test_other_hits_are_no_attacks(nlp: Language, text: str) -> None:
    assert "attack" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Monitoring groups said traffic dropped to about four per cent of normal.",
        "Mobile reachability in the province fell sharply after dark.",
        "The national connectivity graphs fell off a cliff that evening.",
        "We recorded a short drop in mobile connectivity in the capital.",
        "The country was disconnected from the global internet on Saturday.",
        "Mobile access remained almost entirely cut in the south this morning.",
        "The review recalls the blocking of Telegram and Instagram on New Year's Eve.",
        "Banks kept working on the national network while messaging apps went silent.",
    ],
)
def test_network_measures_and_blocking_are_censorship(nlp: Language, text: str) -> None:
    assert "censorship" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Traffic slowed on the ring road as the rally passed.",
        "Prices fell sharply after the announcement.",
        "The blocking of roads went on all afternoon.",
    ],
)
def test_other_drops_and_blocking_are_no_censorship(nlp: Language, text: str) -> None:
    assert "censorship" not in event_types(nlp, text)


def test_clash_with_police_is_a_protest(nlp: Language) -> None:
    assert "protest" in event_types(nlp, "Students clashed with riot police near the bridge.")
    assert "protest" not in event_types(nlp, "The two ministers clashed over the budget.")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Amnesty documented 304 deaths. A news agency, citing officials, reported about 1,500.",
            "attack",
        ),
        ("The government says eight people died. The ombudsman says eleven.", "attack"),
    ],
)
def test_bare_number_restates_a_count(nlp: Language, text: str, event_type: str) -> None:
    found = [t for t in triggers(nlp, text) if t.type == event_type]
    assert len(found) == 2


def test_restated_count_after_semicolon_is_its_own_mention(nlp: Language) -> None:
    text = "At least 900 people had been detained by May; other monitors put the number near 2,000."
    found = [t for t in triggers(nlp, text) if t.type == "arrest"]
    assert len(found) == 2
    assert all(";" not in t.evidence.text for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "A deputy would say weeks later that about 2,000 people had been detained.",
        "We should remember that the consul was himself detained for an hour.",
        "Hundreds of students gathered on the campus to chant for the freedom of classmates"
        " arrested in the previous days.",
    ],
)
def test_reports_under_narrating_modals_and_purposes_are_kept(nlp: Language, text: str) -> None:
    assert "arrest" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister will say that 200 people were detained.",
        "The group calls on the authorities to release all activists detained for their work.",
    ],
)
def test_future_and_called_for_reports_are_dropped(nlp: Language, text: str) -> None:
    assert "arrest" not in event_types(nlp, text)


def test_doers_described_by_a_relative_clause_keep_their_event(nlp: Language) -> None:
    text = "He was caught in an alley by three officers, who beat him with batons."
    assert {"arrest", "attack"} <= event_types(nlp, text)


def test_a_strike_only_called_is_no_strike(nlp: Language) -> None:
    assert "strike" not in event_types(
        nlp, "A general strike has been called by unions for Monday."
    )
    assert "protest" in event_types(nlp, "The protests are often called the Dey protests.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Within hours of the price rise, people were on the roads.", True),
        ("For a week, farmers in the valley have been on the streets.", True),
        ("Nobody was in the streets any more.", False),
        ("The streets were empty by nine.", False),
    ],
)
def test_people_on_the_streets_are_a_protest(nlp: Language, text: str, expected: bool) -> None:
    assert ("protest" in event_types(nlp, text)) is expected


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Name: A. R.\nCircumstances: Shot in the chest by police near the bazaar.\n", "attack"),
        ("Name: B. T.\nCircumstances: Killed during the protests in the north.\n", "attack"),
        ("Name: C. D.\nOutcome: Hanged in Karaj on 3 March.\n", "execution"),
    ],
)
def test_register_fields_opened_by_a_participle(nlp: Language, text: str, event_type: str) -> None:
    assert event_type in event_types(nlp, text)


def test_a_participle_inside_a_sentence_is_no_field(nlp: Language) -> None:
    assert "attack" not in event_types(nlp, "Shot glasses were sold at the fair.")


def test_an_indefinite_protest_after_during_is_reported(nlp: Language) -> None:
    text = "That night two young men were shot dead during a protest."
    assert {"attack", "protest"} <= event_types(nlp, text)
    assert "protest" not in event_types(nlp, "Two men were shot dead during the protests.")


def test_a_counted_weapon_object_is_checked(nlp: Language) -> None:
    text = "Riot police fired hundreds of tear gas rounds into the dormitories."
    assert "attack" in event_types(nlp, text)


def test_a_verb_tagged_as_a_noun_still_cues(nlp: Language) -> None:
    text = "Crowds walk to the cemetery; security forces fire tear gas and live rounds."
    assert "attack" in event_types(nlp, text)


def test_shutters_down_in_a_digest_is_a_strike(nlp: Language) -> None:
    text = "Update 09:40\nCentral bazaar: shutters down in the spice and textile sections.\n"
    assert "strike" in event_types(nlp, text)


def test_a_ruled_out_event_is_no_report(nlp: Language) -> None:
    assert "property_attack" not in event_types(nlp, "Fire investigators ruled out arson.")
