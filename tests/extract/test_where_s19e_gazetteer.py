"""Tests of gazetteer corrections and additions (session 19e)."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places, span_places


def test_fardis_is_in_alborz(nlp: Language) -> None:
    text = "Protests continued in Iran. Police detained dozens of protesters in Fardis on Tuesday."
    places = sentence_places(nlp, text, "Police detained", "detained")
    assert places == [("IR", "Alborz", "Fardis")]


def test_san_antonio_de_los_banos_is_in_cuba(nlp: Language) -> None:
    text = "Hundreds of Cubans marched in San Antonio de los Baños on Sunday."
    assert span_places(nlp, text, text, "marched") == [
        ("CU", "Artemisa", "San Antonio de los Baños")
    ]


def test_rambukkana_is_in_sri_lanka(nlp: Language) -> None:
    text = "Police opened fire on protesters who blocked a railway line in Rambukkana."
    assert span_places(nlp, text, text, "fire")[0][:2] == ("LK", "Sabaragamuwa Province")
