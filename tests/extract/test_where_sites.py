"""Tests of places the gazetteer lacks (sites, unknown towns) and of context rules:
joined province names, repeated prepositions, nested relative clauses, a lead that
spreads its story, past episodes."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import span_places

from unrest.extract._where_sites import site_spans, unknown_town
from unrest.extract._where_years import local_years, past
from unrest.extract.where import Gazetteer, Locator, find_toponyms

# --- sites and unknown towns -------------------------------------------------------------


def test_site_spans_stand_for_their_city(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp(
        "The lawyer was taken to Evin prison, and students met at Sharif University of Technology."
    )
    found = [(s.text, e.name, e.country) for s, e in site_spans(doc[:], gaz)]
    assert found == [
        ("Evin prison", "Tehran", "IR"),
        ("Sharif University of Technology", "Tehran", "IR"),
    ]


def test_site_is_an_event_place(nlp: Language) -> None:
    text = "Dozens of students gathered outside Amirkabir University on Sunday."
    assert span_places(nlp, text, text, "gathered") == [("IR", "Tehran", "Tehran")]


def test_sites_do_not_make_a_story_city(nlp: Language) -> None:
    text = (
        "Students rallied at Amirkabir University on Monday.\n\n"
        "Others marched at Sharif University the next day.\n\n"
        "Police detained dozens at Allameh Tabatabai University.\n\n"
        "Rights groups said 40 people were arrested in Iran that week."
    )
    assert Locator(nlp(text)).story_place is None


def test_unknown_town_of_a_province(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("He was arrested in the village of Qoli Darreh in Lorestan province.")
    span = next(s for s in (doc[i : i + 2] for i in range(len(doc))) if s.text == "Qoli Darreh")
    entry = unknown_town(span, gaz, "IR")
    assert entry is not None and (entry.kind, entry.name, entry.admin1) == (
        "city",
        "Qoli Darreh",
        "Lorestan",
    )
    bare = nlp("He met Qoli Darreh in Lorestan province.")
    assert unknown_town(bare[2:4], gaz, "IR") is None  # no "village of"


def test_unknown_town_as_event_place(nlp: Language) -> None:
    text = "Farmers protested in the village of Qoli Darreh in Lorestan province on Monday."
    assert span_places(nlp, text, text, "protested") == [("IR", "Lorestan", "Qoli Darreh")]


# --- joined names, repeated prepositions, nested clauses -------------------------------


def test_sistan_and_baluchestan_whatever_ner_says(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp(
        "Deaths were recorded in 20 provinces, including Sistan and Baluchestan, "
        "Kurdistan and Gilan."
    )
    names = [t.entry.name for t in find_toponyms(doc[:], gaz, "IR")]
    assert names == ["Sistan and Baluchestan", "Kurdistan", "Gilan"]


def test_and_between_two_places_is_no_joined_name(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Crowds marched in Tabriz and Urmia.")
    names = [t.entry.name for t in find_toponyms(doc[:], gaz, "IR")]
    assert names == ["Tabriz", "Orumiyeh"]


def test_repeated_preposition_keeps_both_places(nlp: Language) -> None:
    text = (
        "Footage shows gunmen firing from rooftops in Sanandaj, and from the roof "
        "of a bank building in Bukan, West Azerbaijan province."
    )
    places = span_places(nlp, text, text, "firing")
    assert ("IR", "Kurdistan", "Sanandaj") in places
    assert ("IR", "West Azerbaijan", "Bukan") in places


def test_nested_relative_clause_on_participants(nlp: Language) -> None:
    text = (
        "Unrest goes on in Iran. Witnesses said police fired at mourners who had gathered "
        "for the burial of those killed in Izeh last week."
    )
    sentence = text[text.index("Witnesses") :]
    assert span_places(nlp, text, sentence, "fired") == [("IR", "Khuzestan", "Izeh")]


# --- story scope -----------------------------------------------------------------------


def test_lead_that_spreads_makes_no_story_city(nlp: Language) -> None:
    text = (
        "Police kill protesters in Basra\n\n"
        "BASRA - Police killed nine protesters in Basra and other southern cities on "
        "Friday.\n\n"
        "Protesters in Basra burned tyres. Crowds in Basra blocked the port road.\n\n"
        "Hundreds of people were detained, the ministry said."
    )
    doc = nlp(text)
    assert Locator(doc).story_place is None
    sentence = "Hundreds of people were detained, the ministry said."
    assert span_places(nlp, text, sentence, "detained") == [("IQ", None, None)]


def test_local_years_of_the_trigger(nlp: Language) -> None:
    doc = nlp("In 1978, strikes by oil workers helped to bring down the monarchy.")
    trig = next(doc[t.i : t.i + 1] for t in doc if t.text == "strikes")
    assert local_years(trig) == [1978]
    assert past([1978], 2022) and not past([2021], 2022) and not past([], 2022)
    assert not past([1978], None)


def test_past_episode_borrows_no_story_place(nlp: Language) -> None:
    text = (
        "Workers strike in Asaluyeh\n\n"
        "ASALUYEH - Hundreds of workers in Asaluyeh went on strike on Monday in 2022.\n\n"
        "Workers in Asaluyeh blocked the road. Guards in Asaluyeh watched them.\n\n"
        "In 1978, strikes by oil workers helped to bring down the monarchy."
    )
    doc = nlp(text)
    assert Locator(doc).story_place is not None
    sentence = "In 1978, strikes by oil workers helped to bring down the monarchy."
    assert span_places(nlp, text, sentence, "strikes") == [("IR", None, None)]


def test_list_of_towns_reads_a_province_name_as_its_town(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Crowds marched in Shiraz, Tabriz, Ilam and Rasht on Friday.")
    found = [(t.entry.kind, t.entry.name) for t in find_toponyms(doc[:], gaz, "IR")]
    assert ("city", "Ilam") in found and ("admin1", "Ilam") not in found
    doc = nlp("Crowds marched in Kurdistan, Ilam and Kermanshah provinces.")
    found = [(t.entry.kind, t.entry.name) for t in find_toponyms(doc[:], gaz, "IR")]
    assert ("admin1", "Ilam") in found
