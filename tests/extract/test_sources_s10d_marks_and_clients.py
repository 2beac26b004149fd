"""Attribution, session 10d: section numbers before a speaker, a name a speaker gave,
"he" in a briefing answer naming someone else, colleagues at a named office, the
lawyer for a named person, a count based on someone's figures and an unnamed
reporter citing named officials; on sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes, source


def test_section_number_is_not_part_of_the_speaker(nlp: Language) -> None:
    text = "2.4 An official at the council in the town said pupils were detained in the yard."
    s = source(nlp, text, "detained")
    assert s.kind == "person"
    assert s.name is not None and s.name.startswith("official")


def test_a_count_keeps_its_number(nlp: Language) -> None:
    text = "Three residents said shops were looted overnight."
    s = source(nlp, text, "looted")
    assert s.name is None or not s.name.startswith("residents")


def test_a_name_the_speaker_gave_is_a_person(nlp: Language) -> None:
    text = (
        "In Dezful, a shopkeeper who gave his name as Karim said riot police had "
        "beaten marchers near the bazaar."
    )
    s = source(nlp, text, "beaten")
    assert (s.kind, s.name) == ("person", "Karim")


def test_he_in_a_briefing_answer_is_the_person_the_answer_names(nlp: Language) -> None:
    text = (
        "Question: What does the Director-General say about the strikes?\n\n"
        "Spokesperson: The Director-General, Maria Okonjo, is following events closely. "
        'She regrets the deaths of three workers during the strike, and "wages must be '
        'paid without delay," she said this morning.\n\n'
        "Question: Thank you, Ana."
    )
    doc_source = source(nlp, text, "deaths")
    assert doc_source.name == "Maria Okonjo"


def test_colleagues_at_a_named_office_are_that_office(nlp: Language) -> None:
    text = (
        "Our colleagues at the Refugee Agency in Nairobi said that thousands of people "
        "had fled the clashes. They said that dozens of homes had been burned."
    )
    s = source(nlp, text, "fled")
    assert (s.kind, s.name) == ("organization", "Refugee Agency")
    later = source(nlp, text, "burned")
    assert (later.kind, later.name) == ("organization", "Refugee Agency")


def test_the_lawyer_for_a_named_person_is_the_lawyer(nlp: Language) -> None:
    text = "The lawyer for singer Reza Tavakoli said his client had been sentenced to nine years."
    s = source(nlp, text, "sentenced")
    assert s.kind == "person"
    assert s.name == "Reza Tavakoli's lawyer"


def test_the_governor_of_a_place_is_not_a_client(nlp: Language) -> None:
    text = "The governor of Shush said two men had been arrested."
    s = source(nlp, text, "arrested")
    assert "'s" not in (s.name or "")


def test_a_count_based_on_figures_compiled_by_a_paper_is_the_papers(nlp: Language) -> None:
    text = (
        "At least 40 people have been killed, according to a tally based on hospital "
        "records compiled by the Lagos Courier."
    )
    s = source(nlp, text, "killed")
    assert s.kind != "unnamed"
    assert s.name == "Lagos Courier"


def test_an_unnamed_agency_citing_ministry_officials_gives_the_ministry(nlp: Language) -> None:
    text = (
        "A local news website, citing two officials of the Defence Ministry, reported on Monday "
        "that 300 people had been detained."
    )
    s = source(nlp, text, "detained")
    assert s.kind == "organization"
    assert (s.name or "").endswith("Defence Ministry")


def test_a_named_agency_citing_officials_keeps_the_claim(nlp: Language) -> None:
    text = (
        "The Tarsus News Agency reported that 300 people had been detained, citing "
        "two officials of the Defence Ministry."
    )
    s = source(nlp, text, "detained")
    assert (s.name or "").endswith("Agency")


def test_quote_by_he_in_an_answer_is_the_named_person(nlp: Language) -> None:
    text = (
        "Question: Has the Commissioner spoken about the arrests?\n\n"
        'Spokesperson: The Commissioner, Jonas Lindqvist, is concerned. "Nobody should be '
        'held for speaking out," he said in a statement.\n\n'
        "Question: Thank you."
    )
    found = quotes(nlp, text)
    assert any(q.speaker == "Jonas Lindqvist" for q in found)


def test_an_indefinite_person_citing_figures_keeps_the_claim(nlp: Language) -> None:
    text = (
        "About 900 people were detained, a member of the city council told reporters, "
        "citing figures given to councillors by police commanders."
    )
    s = source(nlp, text, "detained")
    assert "commanders" not in (s.name or "")
