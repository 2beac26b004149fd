"""Tests of a list of towns the parser hangs on a seat noun ("rallies in support of the
government in Qom, Ahvaz and Arak"): its first member, read as the government's seat,
still goes with the rest of the list."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places


def test_first_member_of_a_list_on_a_seat_noun_stays(nlp: Language) -> None:
    text = (
        "The authorities organised large rallies in support of the government in Qom, "
        "Ahvaz, Kermanshah and other cities."
    )
    got = sentence_places(nlp, text, "The authorities", "rallies")
    assert ("IR", "Qom", "Qom") in got
    assert ("IR", "Khuzestan", "Ahvaz") in got


def test_list_hung_on_an_office_keeps_every_town(nlp: Language) -> None:
    text = (
        "Thousands of workers marched outside the offices of the oil ministry in Abadan, "
        "Ahvaz and Mahshahr on Monday."
    )
    got = sentence_places(nlp, text, "Thousands", "marched")
    assert ("IR", "Khuzestan", "Abadan") in got
    assert ("IR", "Khuzestan", "Ahvaz") in got
