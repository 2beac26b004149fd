"""Tests of names that are no town of their own: rivers, parts of a named city, and
places in an open complement of a "when"-clause."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import span_places


def test_river_named_after_a_town_is_no_place(nlp: Language) -> None:
    text = "A reporter in Ahvaz said the march stretched for a mile along the Karun river."
    assert ("IR", "Fars", "Karun") not in span_places(nlp, text, text, "march")


def test_toll_gate_of_a_named_city_is_that_city(nlp: Language) -> None:
    text = "Troops opened fire on the crowd that had gathered at the Lekki toll gate in Lagos."
    assert span_places(nlp, text, text, "fire") == [("NG", "Lagos", "Lagos")]


def test_township_of_a_named_city_is_that_city(nlp: Language) -> None:
    text = (
        "In Mahshahr, relatives said the bodies of men killed on Monday in the Chamran "
        "township and the fields near the town had not been returned."
    )
    assert span_places(nlp, text, text, "killed") == [("IR", "Khuzestan", "Bandar-e Mahshahr")]


def test_town_alone_before_a_gate_stays(nlp: Language) -> None:
    text = "Troops opened fire on the crowd that had gathered at the Lekki toll gate."
    assert span_places(nlp, text, text, "fire") == [("NG", "Lagos", "Lekki")]


def test_open_complement_of_a_when_clause_places_the_event(nlp: Language) -> None:
    text = (
        "Four men were killed when a crowd tried to storm a police post in Qahderijan, "
        "the state broadcaster said."
    )
    assert span_places(nlp, text, text, "killed") == [("IR", "Isfahan", "Qahderijan")]


def test_cemetery_of_karaj_is_karaj(nlp: Language) -> None:
    text = "A Basij member was stabbed near the Behesht-e Sakineh cemetery on Thursday."
    assert span_places(nlp, text, text, "stabbed") == [("IR", "Alborz", "Karaj")]


def test_cemetery_of_tehran_is_tehran(nlp: Language) -> None:
    text = "Mourners gathered at Behesht-e Zahra on Friday and chanted slogans."
    assert span_places(nlp, text, text, "gathered") == [("IR", "Tehran", "Tehran")]
