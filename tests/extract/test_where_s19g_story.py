"""Tests of the story city (session 19, places): a sentence that speaks of "the city"
votes for the city named just before it, not for the first city of the article, so
a report of several cases, each in its own town, has no story city."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_CASES = (
    "Rights group reports new arrests in Iran\n\n"
    "Security forces arrested a teacher in Shiraz on Monday.\n\n"
    "Riot police beat protesters in Kerman on Tuesday. "
    "Shops in the city stayed shut. "
    "Residents of the city reported gunfire. "
    "The city was tense on Wednesday.\n\n"
    "Agents detained two students on Thursday."
)


def test_the_city_does_not_vote_for_the_first_city(nlp: Language) -> None:
    got = sentence_places(nlp, _CASES, "Agents detained", "detained")
    assert got == [("IR", "Kerman", "Kerman")]  # the town most sentences tell of


_ROAD = (
    "Protests in Kerman\n\n"
    "Farmers gathered in Kerman on Monday over water shortages. "
    "Later they blocked the road to Rafsanjan for three hours."
)


def test_town_a_road_leads_to_is_not_the_scene(nlp: Language) -> None:
    got = sentence_places(nlp, _ROAD, "Later they blocked", "blocked")
    assert got == [("IR", "Kerman", "Kerman")]
