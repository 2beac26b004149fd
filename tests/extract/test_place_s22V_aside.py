"""Tests of a non-restrictive relative clause on a named subject: the aside says more
about the person ("X, who covered the funeral in Y, was detained") and lends the
trigger no place, while a clause on the object still does."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places


def test_aside_on_named_subject_lends_no_city(nlp: Language) -> None:
    text = (
        "Protests have spread across Iran since September. "
        "Leila Rostami, who reported on the strike in Abadan, was detained on Thursday, "
        "her newspaper said."
    )
    got = sentence_places(nlp, text, "Leila Rostami", "detained")
    assert got == [("IR", None, None)]


def test_aside_with_earlier_arrest_lends_no_town(nlp: Language) -> None:
    text = (
        "Protests have spread across Iran since September. "
        "Kaveh Moradi, whose brother was shot dead during a rally in Karaj last year, "
        "was arrested again this month, his relatives said."
    )
    got = sentence_places(nlp, text, "Kaveh Moradi", "arrested")
    assert got == [("IR", None, None)]


def test_clause_on_named_object_still_places_the_act(nlp: Language) -> None:
    text = (
        "Protests have spread across Iran since September. "
        "The authorities executed the boxer Hamid Sohrabi, who had been convicted of "
        "killing a guard during protests in Shiraz."
    )
    got = sentence_places(nlp, text, "The authorities executed", "executed")
    assert got == [("IR", "Fars", "Shiraz")]


def test_restrictive_clause_on_participants_still_places_the_act(nlp: Language) -> None:
    text = (
        "Protests have spread across Iran since September. "
        "The authorities hanged two men who had been convicted of a killing in Karaj."
    )
    got = sentence_places(nlp, text, "The authorities hanged", "hanged")
    assert got == [("IR", "Alborz", "Karaj")]
