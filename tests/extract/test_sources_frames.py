"""Attribution frames and quotation speakers: verbs governing a quotation, inverted and
cited speakers, quotations running over paragraphs, issued reports, back-references to
role-named organizations and "it", on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes, source

from unrest.extract.sources import QuoteSpan

pytestmark = pytest.mark.slow


def speaker_of(found: list[QuoteSpan], start: str) -> str | None:
    hits = [q for q in found if q.text.startswith(start)]
    assert hits, f"no quotation starting {start!r} in {found}"
    return hits[0].speaker


# --- quotations --------------------------------------------------------------------------


def test_verb_whose_clause_holds_the_quote_speaks_it(nlp: Language) -> None:
    text = (
        "Chief prosecutor Omid Karami warned that anyone caught looting shops could face "
        '"the severest penalties", a remark that lawyers described as a threat.'
    )
    assert speaker_of(quotes(nlp, text), "the severest") == "Omid Karami"


def test_past_verb_after_reported_perfect_clause_is_the_reporters(nlp: Language) -> None:
    text = (
        "The mayor of Dezful, speaking to a local radio station, said the guards had behaved "
        '"with complete calm" and blamed "a handful of troublemakers" for the damage.'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "with complete") == "mayor of Dezful"
    assert speaker_of(found, "a handful") == "mayor of Dezful"


def test_speaker_after_the_verb_with_a_relative_clause(nlp: Language) -> None:
    text = (
        '"My daughter left for school and came home with bruises on her face," said a '
        "teacher in Ilam whose 16-year-old daughter was held for two days. "
        '"Nobody explained anything to us."'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "My daughter") == "teacher in Ilam"
    assert speaker_of(found, "Nobody explained") == "teacher in Ilam"


def test_next_sentence_does_not_speak_a_closed_sentence_quote(nlp: Language) -> None:
    text = (
        'The prosecutor had already dismissed the casualty reports as "entirely invented" '
        'stories. The minister blamed the unrest on a "media campaign" run from abroad.'
    )
    assert speaker_of(quotes(nlp, text), "entirely invented") == "prosecutor"


def test_paragraph_of_quotation_after_an_attributed_one(nlp: Language) -> None:
    text = (
        "Leyla Farahani, a nurse, spoke to us from Tabriz. "
        '"They are taking the wounded away from the wards," she said.\n\n'
        '"The corridors are silent. Relatives wait at the gates all night.\n\n'
        '"Nobody answers their questions."'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "The corridors") == speaker_of(found, "They are taking")
    assert (speaker_of(found, "The corridors") or "").endswith("Farahani")


def test_quotation_after_according_to(nlp: Language) -> None:
    text = 'According to Behnam, a 20-year-old baker, "the guards hit everyone they caught."'
    assert speaker_of(quotes(nlp, text), "the guards") == "Behnam"


def test_one_hyphenated_word_is_no_quotation(nlp: Language) -> None:
    text = (
        "The Lantern Monitor said detained teenagers had been sent to special camps "
        'for "de-radicalisation" before their release.'
    )
    assert quotes(nlp, text) == []


# --- event sources -----------------------------------------------------------------------


def test_quoted_as_saying_gives_the_one_quoted(nlp: Language) -> None:
    text = (
        "The semi-official Mehr news agency quoted the governor of Ilam as saying that "
        "four rioters had been killed."
    )
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("person", "governor of Ilam")


def test_issued_estimate_is_the_issuers(nlp: Language) -> None:
    text = (
        "Zagros province's police chief has for the first time given an official estimate "
        "of the number of people killed in the riots."
    )
    s = source(nlp, text, "killed")
    assert s.kind == "person" and (s.name or "").endswith("police chief")


def test_denied_report_stays_hearsay(nlp: Language) -> None:
    text = "The ministry denied reports of arrests of students in Yazd."
    assert source(nlp, text, "arrests").kind == "unnamed"


def test_official_announcements_are_nobody_in_particular(nlp: Language) -> None:
    text = "At least 31 guards have also been killed, according to official announcements."
    assert source(nlp, text, "killed").kind == "unnamed"


def test_the_office_refers_back_to_a_role_named_office(nlp: Language) -> None:
    text = (
        "According to the press office of Yazd province police, the sergeant was stabbed "
        "by rioters. Two other officers were wounded, the office said."
    )
    s = source(nlp, text, "wounded")
    assert (s.kind, s.name) == ("organization", "press office of Yazd province police")


def test_the_group_refers_back_to_a_group_that_spoke(nlp: Language) -> None:
    text = (
        "Rojhan, a Kurdish rights group, said on Monday that nine people were shot in "
        "Baneh. The group also said that 150 people were arrested in Marivan."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("organization", "Rojhan")


def test_it_is_not_a_pair_blocked_before(nlp: Language) -> None:
    text = (
        "Since Friday, Telegram and Signal have been blocked, according to the monitoring "
        "group NetField. On Sunday, it said mobile data was cut in Ardabil for six hours."
    )
    s = source(nlp, text, "cut")
    assert (s.kind, s.name) == ("organization", "NetField")


def test_it_is_not_a_subject_of_what_was_reported(nlp: Language) -> None:
    text = (
        "The rights group Rojhan reported that security forces fired on mourners in Baneh. "
        "It added that at least 20 people were injured."
    )
    s = source(nlp, text, "injured")
    assert (s.kind, s.name) == ("organization", "Rojhan")
