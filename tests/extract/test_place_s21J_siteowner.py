"""Tests of a definite thing taken up from an earlier sentence that gave it its city
("the barriers of Quito's bus stations ... the bus stations were closed"): the
sentence is set in that city, even after a paragraph break, but an episode named
with a city compound ("the Mashhad protests") lends none."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_LEAD = (
    "Students marched in Guayaquil, Cuenca and Quito on Monday. "
    "Pupils began pouring through the barriers of Quito's bus stations.\n\n"
)


def test_the_stations_take_the_city_that_owned_them(nlp: Language) -> None:
    text = _LEAD + "By Friday evening several of the stations had been set on fire."
    got = sentence_places(nlp, text, "By Friday evening", "set")
    assert got == [("EC", "Pichincha", "Quito")]


def test_an_unrelated_follow_up_stays_national(nlp: Language) -> None:
    text = _LEAD + "By Friday evening several banks had been set on fire."
    got = sentence_places(nlp, text, "By Friday evening", "set")
    assert got == [("EC", None, None)]
