"""Counts tagged with their source: a label opening the line or a short parenthesis."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_label_opening_a_count_line_is_the_source(nlp: Language) -> None:
    text = "Human Rights Circle: at least 91 killed, including 8 children."
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "Human Rights Circle")


def test_label_citing_officials_takes_their_body(nlp: Language) -> None:
    text = "Courier Press: about 700 killed, citing two officials of the health ministry."
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "health ministry")


def test_date_label_is_no_source(nlp: Language) -> None:
    text = "3 March: Thousands of people marched through the centre of Harare."
    assert source(nlp, text, "marched").kind == "author"


def test_parenthesis_after_a_count_is_the_source(nlp: Language) -> None:
    text = "2 June (Kandy) - 3 killed (army fire); at least 40 injured (hospital)."
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "hospital")


def test_parenthesis_of_plural_officials_is_the_source(nlp: Language) -> None:
    text = "5 June (Galle) - 4 killed; 17 arrested (district officials)."
    found = source(nlp, text, "arrested")
    assert (found.kind, found.name) == ("organization", "district officials")


def test_place_in_parenthesis_is_no_source(nlp: Language) -> None:
    text = "Police arrested 12 students (Mashhad) on Friday."
    assert source(nlp, text, "arrested").kind == "author"


def test_citing_lower_case_ministry_officials_takes_the_ministry(nlp: Language) -> None:
    text = "A wire agency, citing two health ministry officials, reported that 90 were killed."
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "health ministry")
