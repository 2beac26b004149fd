"""Tests of event triggers: present tense in timeline entries, attempts made or not,
connectivity that fell, "in protest" adjuncts, blocked roads, boycotts, vague event nouns,
words needed from the sentence before, citation markers, one clause per report, and meetings
of officials, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import event_types

from unrest.extract.events import find_triggers

pytestmark = pytest.mark.slow


def test_timeline_entry_present_tense_is_a_report(nlp: Language) -> None:
    text = "Events\n\n* 4 March – The government blocks access to Twitter and WhatsApp.\n"
    assert "censorship" in event_types(nlp, text)
    assert "protest" in event_types(
        nlp, "Events\n\n4 March – Rallies are reported in Tabriz and Ardabil.\n"
    )


def test_habitual_present_outside_a_timeline_is_not(nlp: Language) -> None:
    assert "censorship" not in event_types(
        nlp, "The government blocks access to Twitter and WhatsApp."
    )


def test_attempt_that_happened_is_reported(nlp: Language) -> None:
    found = event_types(nlp, "Last night a mob tried to set fire to the town hall in Karaj.")
    assert "property_attack" in found
    assert "protest" not in found  # the crowd only did the arson


def test_attempt_not_made_is_not_reported(nlp: Language) -> None:
    assert "property_attack" not in event_types(
        nlp, "The youths will try to set fire to the depot."
    )
    assert "property_attack" not in event_types(
        nlp, "Nobody has ever attempted to torch the depot."
    )


def test_connectivity_that_fell_is_censorship(nlp: Language) -> None:
    text = "Internet connectivity in the province fell to almost zero on Friday."
    assert "censorship" in event_types(nlp, text)
    assert "censorship" in event_types(nlp, "Access to the messaging apps was restored on Sunday.")
    assert "censorship" not in event_types(nlp, "Oil prices fell sharply on Friday.")


def test_in_protest_adjunct_only_gives_purpose(nlp: Language) -> None:
    found = event_types(nlp, "Traders in Tabriz shut their stores in protest on Monday.")
    assert found == {"strike"}


def test_blocked_roads_are_a_protest(nlp: Language) -> None:
    assert "protest" in event_types(nlp, "Farmers blocked the main highway near Isfahan on Sunday.")
    found = event_types(nlp, "The authorities blocked access to Twitter on Sunday.")
    assert "protest" not in found and "censorship" in found


def test_boycott_and_closed_doors_are_strikes(nlp: Language) -> None:
    assert "strike" in event_types(
        nlp, "University students boycotted their exams in Shiraz on Tuesday."
    )
    assert "strike" in event_types(nlp, "Merchants in Tabriz closed their doors on Tuesday.")


def test_vague_event_nouns_need_to_act(nlp: Language) -> None:
    assert "protest" in event_types(nlp, "The unrest spread to twelve cities within a week.")
    assert "protest" not in event_types(nlp, "Analysts see a long trend of unrest in the region.")


def test_needed_word_in_the_sentence_before(nlp: Language) -> None:
    text = "The authorities cut the internet in Zahedan on Friday. The shutdown lasted nine hours."
    found = find_triggers(nlp(text))
    assert any(t.type == "censorship" and t.evidence.text.startswith("The shutdown") for t in found)
    assert "censorship" not in event_types(nlp, "The factory shutdown lasted nine hours.")


def test_citation_marker_does_not_make_a_headline(nlp: Language) -> None:
    text = "History\n\nProtesters marched through Tabriz on 3 May.[4]\n\nLegacy\n"
    assert "protest" in event_types(nlp, text)
    assert "protest" not in event_types(
        nlp, "History\n\nProtesters march through Tabriz\n\nLegacy\n"
    )


def test_named_person_with_age_is_hanged(nlp: Language) -> None:
    assert "execution" in event_types(nlp, "Kaveh Sadri, 31, was hanged at dawn on Thursday.")
    assert "execution" not in event_types(nlp, "Students hanged banners on the gates on Thursday.")


def test_two_reports_of_a_type_get_their_own_clauses(nlp: Language) -> None:
    text = (
        "Police killed two men in Ahvaz on 2 March, while in Tehran security forces "
        "killed nine protesters on 3 March."
    )
    attacks = [t for t in find_triggers(nlp(text)) if t.type == "attack"]
    assert len(attacks) == 2
    evidence = sorted(t.evidence.text for t in attacks)
    assert evidence[0].startswith("Police killed two men in Ahvaz")
    assert "Tehran" not in evidence[0]
    assert evidence[1].startswith("while in Tehran")


def test_meeting_of_officials_is_not_a_gathering(nlp: Language) -> None:
    text = "The general told a gathering of army commanders that the enemy had failed."
    assert "protest" not in event_types(nlp, text)
