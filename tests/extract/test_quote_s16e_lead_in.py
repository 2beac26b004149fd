"""Quotes, round s16e: a quotation whose lead-in names its speaker by a role without a
verb of saying: the sender of a message ("a message from a nurse in X: "…""), a role
in brackets ("Words of the family (his sister): "…"", where spaCy reads "):" as one
token), and a label line just above a quotation that opens its line."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def _found(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(nlp, text)]


def test_message_from_a_role_before_a_colon(nlp: Language) -> None:
    text = (
        "Police closed the main square on Sunday.\n\n"
        "We were sent a note from a nurse in Tabriz, which we print with her consent: "
        '"Our ward took in eleven wounded men in one night and we had no blood left."'
    )
    found = _found(nlp, text)
    assert found == [
        (
            "nurse in Tabriz",
            "Our ward took in eleven wounded men in one night and we had no blood left.",
        )
    ]


def test_message_that_reads_is_the_senders(nlp: Language) -> None:
    text = (
        "Police closed the main square on Sunday.\n\n"
        'Another message, from a driver in Rasht, reads: "They took my brother from the '
        'bus station and nobody has seen him since."'
    )
    found = _found(nlp, text)
    assert [s for s, _ in found] == ["driver in Rasht"]


def test_role_in_brackets_before_a_colon(nlp: Language) -> None:
    text = (
        "Name: withheld\nCircumstances: shot near the bazaar.\n"
        'Words of the family (his sister): "He went out for medicine and came back in a '
        'coffin."'
    )
    found = _found(nlp, text)
    assert found == [("his sister", "He went out for medicine and came back in a coffin.")]


def test_label_line_above_a_quotation(nlp: Language) -> None:
    text = (
        "Read the two sources below before the seminar.\n\n"
        "Document B: a letter from a farmer in Dezful, written in the spring of 2021\n"
        '"The river has been dry since April and the tankers come once a week at most."'
    )
    found = _found(nlp, text)
    assert [s for s, _ in found] == ["farmer in Dezful"]


def test_sentence_above_a_quotation_is_no_label(nlp: Language) -> None:
    text = (
        "Read the two sources below before the seminar.\n\n"
        "A farmer in Dezful lost his whole crop in the spring.\n"
        '"The river has been dry since April and the tankers come once a week at most."'
    )
    found = _found(nlp, text)
    assert found == []


def test_label_without_a_person_names_nobody(nlp: Language) -> None:
    text = (
        "Read the two sources below before the seminar.\n\n"
        "Document B: a leaflet handed out in Dezful in the spring of 2021\n"
        '"The river has been dry since April and the tankers come once a week at most."'
    )
    assert _found(nlp, text) == []


def test_unnamed_speakers_keep_their_quotation_from_a_person_they_tell(nlp: Language) -> None:
    text = (
        "Police closed the main square on Sunday.\n\n"
        'Two witnesses told a visiting doctor from Tabriz: "The police fired into the '
        'crowd from the roof of the bank."'
    )
    assert _found(nlp, text) == []
