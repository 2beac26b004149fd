"""Tests of a coordinated clause that repeats the act told before it ("and there were
similar blockades in B", "and students in B did the same"): its places go with the
trigger's; a clause of another act keeps its own."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places


def test_similar_blockades_in_other_towns_join_the_protest(nlp: Language) -> None:
    text = (
        "Drivers blocked several roads in Shiraz on Saturday by leaving their cars on the "
        "motorway, and there were similar blockades in Kerman and Yazd."
    )
    got = sentence_places(nlp, text, "Drivers blocked", "blocked")
    assert ("IR", "Fars", "Shiraz") in got
    assert ("IR", "Kerman", "Kerman") in got
    assert ("IR", "Yazd", "Yazd") in got


def test_did_the_same_joins_the_protest(nlp: Language) -> None:
    text = (
        "On Sunday crowds in Rasht chanted against the governor, and shopkeepers in the "
        "Tehran bazaar did the same."
    )
    got = sentence_places(nlp, text, "On Sunday", "chanted")
    assert ("IR", "Gilan", "Rasht") in got
    assert ("IR", "Tehran", "Tehran") in got


def test_clause_of_another_act_keeps_its_own_place(nlp: Language) -> None:
    text = (
        "On Sunday crowds in Rasht chanted against the governor, and police in Tehran "
        "detained two journalists."
    )
    got = sentence_places(nlp, text, "On Sunday", "chanted")
    assert got == [("IR", "Gilan", "Rasht")]
