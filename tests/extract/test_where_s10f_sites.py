"""Short forms of sites named in full earlier ("outside Amir Kabir") and coordinated
sites sharing "universities" ("Amir Kabir and Sharif universities")."""

from __future__ import annotations

from spacy.language import Language

from unrest.extract._where_sites import site_spans
from unrest.extract.where import Gazetteer


def _sites(nlp: Language, gaz: Gazetteer, text: str, n: int) -> list[tuple[str, str]]:
    sent = list(nlp(text).sents)[n]
    return [(s.text, e.name) for s, e in site_spans(sent, gaz)]


def test_coordinated_universities_are_both_sites(nlp: Language, gaz: Gazetteer) -> None:
    text = "Hundreds of people marched at Amir Kabir and Sharif universities last night."
    assert _sites(nlp, gaz, text, 0) == [
        ("Amir Kabir", "Tehran"),
        ("Sharif universities", "Tehran"),
    ]


def test_short_form_after_full_name(nlp: Language, gaz: Gazetteer) -> None:
    text = (
        "Crowds formed at Sharif University of Technology on Sunday. "
        "By Tuesday the guards at Sharif had detained ten people."
    )
    assert _sites(nlp, gaz, text, 1) == [("Sharif", "Tehran")]


def test_short_form_of_coordination(nlp: Language, gaz: Gazetteer) -> None:
    text = (
        "Mourners met at Amir Kabir and Sharif universities on Sunday. "
        "Later, riot police waited outside Amir Kabir for hours."
    )
    assert _sites(nlp, gaz, text, 1) == [("Amir Kabir", "Tehran")]


def test_short_form_needs_full_name_earlier(nlp: Language, gaz: Gazetteer) -> None:
    text = "The minister met Sharif on Sunday. Later the crowd gathered at Sharif."
    assert _sites(nlp, gaz, text, 1) == []


def test_short_form_needs_a_preposition(nlp: Language, gaz: Gazetteer) -> None:
    text = (
        "Crowds formed at Sharif University on Sunday. "
        "The Sharif standoff came after a shooting in the south."
    )
    assert _sites(nlp, gaz, text, 1) == []
