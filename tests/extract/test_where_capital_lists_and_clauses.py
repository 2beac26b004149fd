"""Tests of "the capital" as a place, names listed with "other provinces", places cut to
a mention's evidence, hospital towns, "the city" after a provincial official, outlet
names and "all 31 provinces"."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from unrest.extract._gazetteer import Gazetteer
from unrest.extract._where_allover import all_provinces
from unrest.extract._where_capital import capital_spans, serves
from unrest.extract._where_coord import with_list_mates
from unrest.extract.where import Locator, find_toponyms

Triple = tuple[str, str | None, str | None]


def _places(nlp: Language, text: str, evidence: str, trigger: str) -> list[Triple]:
    """Places for the mention cued by word ``trigger`` with text ``evidence`` of ``text``."""
    doc: Doc = nlp(text)
    start = text.index(evidence)
    span = doc.char_span(start, start + len(evidence), alignment_mode="expand")
    assert span is not None
    tok = next(t for t in span if t.text == trigger)
    trig: Span = doc[tok.i : tok.i + 1]
    return [(p.country, p.admin1, p.city) for p in Locator(doc).places_for(trig, span)]


# --- "the capital" -----------------------------------------------------------------------


def test_capital_spans_name_the_home_capital(nlp: Language, gaz: Gazetteer) -> None:
    for text in (
        "Police said 300 people were arrested in the capital on Monday.",
        "Students marched in the Iranian capital on Sunday.",
        "Crowds gathered in Iran's capital overnight.",
    ):
        found = [(s.root.text, e.name) for s, e in capital_spans(nlp(text)[:], gaz, "IR")]
        assert found == [("capital", "Tehran")], text


def test_capital_spans_skip_other_capitals(nlp: Language, gaz: Gazetteer) -> None:
    for text in (
        "Shops closed in Sanandaj, the capital of Kurdistan province.",
        "The strike spread to towns far from the capital.",
        "Youths gathered in Karaj, west of the capital.",
        "Protesters marched in the provincial capital.",
        "He faces capital charges.",
    ):
        assert list(capital_spans(nlp(text)[:], gaz, "IR")) == [], text


def test_arrests_in_the_capital_are_in_the_capital_city(nlp: Language) -> None:
    sentence = "The deputy governor said that 120 people had been detained in the capital."
    text = "Unrest continued in Iran on Monday.\n\n" + sentence
    assert _places(nlp, text, sentence, "detained") == [("IR", "Tehran", "Tehran")]


def test_protests_reaching_the_capital_keep_their_town(nlp: Language) -> None:
    sentence = "Rallies that began in the town of Saqqez have now reached the capital."
    text = "Iran is in its second week of unrest.\n\n" + sentence
    assert _places(nlp, text, sentence, "Rallies") == [
        ("IR", "Kurdistan", "Saqqez"),
        ("IR", "Tehran", "Tehran"),
    ]


def test_the_capital_serves_its_own_clause_only(nlp: Language) -> None:
    doc = nlp(
        "Belarusian miners walked off the job on Friday, and hundreds of nurses formed "
        "human chains in the capital, as protests entered a sixth day."
    )
    capital = next(t for t in doc if t.text == "capital")
    walked = next(t for t in doc if t.text == "walked")
    formed = next(t for t in doc if t.text == "formed")
    assert not serves(capital, doc[walked.i : walked.i + 1])
    assert serves(capital, doc[formed.i : formed.i + 1])


# --- names listed with "other provinces" ------------------------------------------------


def test_a_name_listed_with_other_provinces_is_a_province(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Dozens of truckers were held in Hamadan, Qazvin and several other provinces.")
    found = [(t.span.text, t.entry.kind) for t in find_toponyms(doc[:], gaz, "IR")]
    assert found == [("Hamadan", "admin1"), ("Qazvin", "admin1")]


def test_a_name_listed_with_other_cities_stays_a_city(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Bakers went on strike in Kermanshah and other cities.")
    found = [(t.span.text, t.entry.kind) for t in find_toponyms(doc[:], gaz, "IR")]
    assert found == [("Kermanshah", "city")]


# --- places inside the evidence -------------------------------------------------------------


def test_places_outside_a_clause_evidence_are_dropped(nlp: Language) -> None:
    text = (
        "Iran saw more violence this week. A guard was killed in Yazd when gunmen "
        "attacked a checkpoint, and police in Yazd and Kerman have since detained 30 people."
    )
    evidence = "A guard was killed in Yazd when gunmen attacked a checkpoint"
    assert _places(nlp, text, evidence, "killed") == [("IR", "Yazd", "Yazd")]


# --- hospital towns ---------------------------------------------------------------------


def test_the_hospital_town_is_not_the_shooting_place(nlp: Language) -> None:
    text = (
        "In Piranshahr, a teenager who was shot at a rally last week died of his wounds "
        "in hospital in Urmia on Sunday, relatives said."
    )
    assert _places(nlp, text, text, "shot") == [("IR", "West Azerbaijan", "Piranshahr")]


# --- "the city" after a provincial official ---------------------------------------------------


def test_the_city_after_a_provincial_official_is_the_city_in_force(nlp: Language) -> None:
    text = (
        "Rioters set fire to a bank in Kerman on Monday night.\n\n"
        "The police chief of Kerman province said that 35 rioters had been arrested in "
        "the city since Tuesday."
    )
    sentence = text.split("\n\n")[1]
    assert _places(nlp, text, sentence, "arrested") == [("IR", "Kerman", "Kerman")]


# --- outlet names ------------------------------------------------------------------------


def test_a_place_in_a_newspaper_name_is_no_event_place(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("DUBAI, March 3 (Gilan Herald) - Officials gave a toll for the unrest.")
    roles = {t.span.text: t.role for t in find_toponyms(doc[:], gaz, "IR")}
    assert roles.get("Gilan") in (None, "ignored")


# --- every province ------------------------------------------------------------------------


def test_all_provinces_counted_or_not() -> None:
    assert all_provinces("drivers stopped work in all 31 provinces")
    assert all_provinces("in all of the country's provinces")
    assert all_provinces("strikes in all thirty-one provinces")
    assert not all_provinces("in all southern provinces")
    assert not all_provinces("in several provinces")


def test_work_stopped_in_all_provinces_is_nationwide(nlp: Language) -> None:
    text = (
        "The strike began at depots in Yazd province on Monday. "
        "Within days drivers had stopped work in more than 100 towns in all 31 provinces."
    )
    sentence = "Within days drivers had stopped work in more than 100 towns in all 31 provinces."
    assert _places(nlp, text, sentence, "stopped") == [("IR", None, None)]


def test_bahri_is_khartoum_north(gaz: Gazetteer) -> None:
    entry = gaz.resolve("Bahri", prefer="SD")
    assert entry is not None and entry.name == "Khartoum North"


# --- lists read on the surface ---------------------------------------------------------------


def test_a_listed_place_brings_its_list_mates(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Police detained students in Hamadan, Zanjan and Semnan provinces on Friday.")
    every = find_toponyms(doc[:], gaz, "IR")
    last = [t for t in every if t.span.text.startswith("Semnan")]
    found = [t.span.text for t in with_list_mates(last, every)]
    assert found == ["Hamadan", "Zanjan", "Semnan provinces"]


def test_places_apart_are_no_list(nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp("Students marched in Hamadan on Friday, while shops in Zanjan stayed open.")
    every = find_toponyms(doc[:], gaz, "IR")
    first = every[:1]
    assert [t.span.text for t in with_list_mates(first, every)] == ["Hamadan"]
