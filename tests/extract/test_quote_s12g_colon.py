"""Quotations after a lead-in that names the speaker and ends with a colon, no verb."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_reporter_on_the_line(nlp: Language) -> None:
    text = (
        "09:30 - Our reporter Daniel Whitcombe is outside the courthouse in Mashhad: "
        '"The crowd has grown all morning and the police have closed the road."'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Daniel Whitcombe"]


def test_caller_named_in_a_relative_clause(nlp: Language) -> None:
    text = (
        "14:05 - A listener who gives his name only as Farhad, a baker in the old town: "
        '"They took my cousin from his shop and nobody has told us where he is."'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Farhad"]


def test_headline_without_a_person_has_no_speaker(nlp: Language) -> None:
    assert quotes(nlp, 'Iran protests: "We are not afraid of anyone any more"') == []


def test_colon_not_right_before_the_mark(nlp: Language) -> None:
    text = (
        "Our reporter Daniel Whitcombe sent a note: the crowd was large, and police called "
        'it "a gathering of troublemakers and foreign agents".'
    )
    assert all(q.speaker != "Daniel Whitcombe" for q in quotes(nlp, text))


def test_title_before_a_colon_is_no_speaker(nlp: Language) -> None:
    text = 'WEEKLY BRIEFING - Episode 12: "Tehran after the fuel price rise"'
    assert quotes(nlp, text) == []
