"""Tests of unnamed towns beside a named one, towns "near" another, and Kahriz Sang."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import span_places

from unrest.extract._where_unnamed import unnamed_towns

IR = ("IR", None, None)


def test_spread_to_unnamed_cities_adds_the_country(nlp: Language) -> None:
    text = "Demonstrations began in Shiraz over fuel prices and spread to more than 80 cities."
    assert span_places(nlp, text, text, "Demonstrations") == [("IR", "Fars", "Shiraz"), IR]


def test_second_act_with_an_object_keeps_its_own_places(nlp: Language) -> None:
    text = (
        "Rioters set fire to a bank in Kashan and attacked government buildings in several towns."
    )
    assert IR not in span_places(nlp, text, text, "fire")


def test_named_city_and_other_cities_stay_the_city(nlp: Language) -> None:
    text = "Rallies were held in Tabriz and several other cities."
    assert span_places(nlp, text, text, "Rallies") == [("IR", "East Azerbaijan", "Tabriz")]


def test_unnamed_cities_including_the_named_one_stay_named(nlp: Language) -> None:
    text = "Teachers gathered in dozens of cities, including Rasht and Shiraz, on Sunday."
    assert IR not in span_places(nlp, text, text, "gathered")


def test_town_near_another_is_the_event_place(nlp: Language) -> None:
    text = "A policeman was shot dead in Shahriar near Tehran on Monday."
    assert span_places(nlp, text, text, "shot") == [("IR", "Tehran", "Shahriar")]


def test_kahriz_sang_is_in_isfahan(nlp: Language) -> None:
    text = "A member of the Guards was shot dead in Kahriz Sang on Monday."
    assert span_places(nlp, text, text, "shot") == [("IR", "Isfahan", "Kahriz Sang")]


def test_near_alone_still_places_the_event(nlp: Language) -> None:
    text = "A guard was shot dead near Kashan on Monday."
    assert span_places(nlp, text, text, "shot")[0][0] == "IR"
    assert span_places(nlp, text, text, "shot") != []


def test_towns_of_a_clause_with_its_own_subject_are_not_the_events(nlp: Language) -> None:
    text = "Protests spread to Valparaiso, and shops have been looted in several cities."
    assert ("CL", None, None) not in span_places(nlp, text, text, "Protests")


def test_unnamed_count_named_after_it_stays_named(nlp: Language) -> None:
    text = "Protests were reported in more than 80 towns, many of them small: Izeh and Dorud."
    assert IR not in span_places(nlp, text, text, "Protests")


def test_unnamed_towns_closing_a_named_list_stay_named(nlp: Language) -> None:
    text = "On Sunday the protests spread to Shiraz, Tabriz and dozens of smaller towns."
    assert IR not in span_places(nlp, text, text, "protests")


def test_all_provinces_is_left_to_the_nationwide_rules(nlp: Language) -> None:
    text = "Protests began in Saqqez on Saturday and spread within days to all 31 provinces."
    assert IR not in span_places(nlp, text, text, "Protests")


def test_verbless_line_with_unnamed_towns_is_read_to_its_root(nlp: Language) -> None:
    # A clause whose root is no verb: the walk up to the governing verb stops at the
    # root (it used to loop there for ever).
    doc = nlp("Protests in dozens of cities")
    assert unnamed_towns(doc[0:1])


def test_verbless_headline_with_a_city_and_unnamed_towns(nlp: Language) -> None:
    text = "Walkouts at the bazaar of Tabriz and in dozens of cities"
    assert span_places(nlp, text, text, "Walkouts")[0] == ("IR", "East Azerbaijan", "Tabriz")
