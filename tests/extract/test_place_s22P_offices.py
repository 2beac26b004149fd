"""Tests of "offices" among the nouns of bodies: a group "with offices in X and Y" has its
seats there, so the next sentence of the note borrows no place from them; a crowd that
storms offices in a town still sets its act there."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places


def test_offices_of_a_group_lend_no_place(nlp: Language) -> None:
    text = (
        "Protests have spread across Bangladesh since early July.\n\n"
        "Notes to editors\n"
        "Asia Rights Watchdog is a regional organization with offices in Kathmandu and "
        "Colombo. The student protests began on 1 July after a court restored the quota."
    )
    got = sentence_places(nlp, text, "The student protests", "protests")
    assert got == [("BD", None, None)]


def test_stormed_offices_in_a_town_are_the_scene(nlp: Language) -> None:
    text = "Protesters stormed the offices of the ruling party in Sylhet on Monday."
    got = sentence_places(nlp, text, "Protesters", "stormed")
    assert got == [("BD", "Sylhet", "Sylhet")]
