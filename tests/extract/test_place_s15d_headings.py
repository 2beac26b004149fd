"""Tests of section headings that set the place of the text below them: a crosshead
("Baneh"), a timeline entry's head ("3 January - Marivan"), a record's "Place:" field,
and "the city" pointing back to a heading."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_LEAD = "Protests over water shortages continued across Iran this week.\n\n"
#: A lead that makes Ahvaz the story city, which a heading below must override.
_AHVAZ = (
    "Protests over water shortages continued in Ahvaz, Iran, this week. "
    "Crowds in Ahvaz chanted against the governor.\n\n"
)

# --- a crosshead naming a town sets the paragraph below it --------------------------------


def test_crosshead_town_sets_the_paragraph_below(nlp: Language) -> None:
    text = (
        _AHVAZ + "SITUATION BY TOWN\n\nBaneh\n\n"
        "Residents blocked the main road with burning tyres on Monday night. "
        "Shops stayed closed the next day.\n\nMarivan\n\nThe town stayed calm.\n"
    )
    got = sentence_places(nlp, text, "Residents blocked", "blocked")
    assert got == [("IR", "Kurdistan", "Baneh")]


def test_timeline_head_with_a_date_sets_its_entry(nlp: Language) -> None:
    text = (
        _LEAD + "TIMELINE\n\n3 January - Marivan\n\n"
        "A teacher is arrested at her school and held for a week.\n\n"
        "4 January - Baneh\n\nShops close in protest.\n"
    )
    got = sentence_places(nlp, text, "A teacher", "arrested")
    assert got == [("IR", "Kurdistan", "Marivan")]


def test_province_beside_a_town_only_qualifies_it(nlp: Language) -> None:
    text = (
        _LEAD + "Tuyserkan, Hamadan\n\n"
        "Young men threw stones at the governor's office, witnesses said.\n"
    )
    got = sentence_places(nlp, text, "Young men", "threw")
    assert got == [("IR", "Hamadan", "Tuyserkan")]


def test_heading_far_above_is_not_lent_to_later_paragraphs(nlp: Language) -> None:
    text = (
        _LEAD + "Marivan\n\nCrowds gathered outside the governor's office on Sunday.\n\n"
        "The unrest went on for weeks.\n\n"
        "Officials later said that 3,000 people had been detained.\n"
    )
    got = sentence_places(nlp, text, "Officials later", "detained")
    assert got == [("IR", None, None)]


def test_the_town_points_back_to_a_heading_beyond_the_look_back(nlp: Language) -> None:
    text = (
        _AHVAZ + "Ahvaz\n\nPolice fired tear gas at a crowd in Ahvaz on Sunday.\n\nIzeh\n\n"
        "02-05 Jan: Daily protests. Shops were shut. Roads were closed. "
        "Schools stayed open. Buses ran late. Bakeries had no flour.\n\n"
        "Hospitals reported that many people were killed in the town.\n"
    )
    got = sentence_places(nlp, text, "Hospitals reported", "killed")
    assert got == [("IR", "Khuzestan", "Izeh")]


def test_nationwide_heading_names_no_town(nlp: Language) -> None:
    text = (
        _LEAD + "31 December - nationwide\n\n"
        "The authorities block access to Telegram and to Instagram.\n"
    )
    got = sentence_places(nlp, text, "The authorities", "block")
    assert got == [("IR", None, None)]


def test_headline_with_a_verb_is_not_a_place_heading(nlp: Language) -> None:
    text = (
        _LEAD + "Farmers rally in Varzaneh\n\n"
        "Police later detained dozens of farmers, their union said.\n"
    )
    got = sentence_places(nlp, text, "Police later", "detained")
    assert ("IR", "Isfahan", "Varzaneh") not in got


# --- a record's "Place:" field sets the record's other fields -----------------------------


_REGISTER = (
    "VICTIMS REGISTER: IRAN\n\nRECORD 12\n\nName: withheld\n\nAge: 19\n\n"
    "Place: Bukan, West Azerbaijan province\n\n"
    "Circumstances: Shot by police near the main square during a protest.\n\n"
    "Cause of death: gunshot wound\n\n"
    "Family: His father was detained for a week after the funeral.\n\n"
    "----------\n\nRECORD 13\n\nName: withheld\n\n"
    "Circumstances: Beaten by plainclothes agents and died two days later.\n"
)


def test_record_place_field_sets_its_circumstances(nlp: Language) -> None:
    got = sentence_places(nlp, _REGISTER, "Circumstances: Shot", "Shot")
    assert got == [("IR", "West Azerbaijan", "Bukan")]


def test_record_place_field_reaches_past_other_fields(nlp: Language) -> None:
    got = sentence_places(nlp, _REGISTER, "Family: His father", "detained")
    assert got == [("IR", "West Azerbaijan", "Bukan")]


def test_separator_closes_the_record(nlp: Language) -> None:
    got = sentence_places(nlp, _REGISTER, "Circumstances: Beaten", "Beaten")
    assert got == [("IR", None, None)]


def test_record_place_with_a_street_and_a_compass_word(nlp: Language) -> None:
    text = (
        "VICTIMS REGISTER: IRAN\n\nRECORD 21\n\nName: withheld\n\n"
        "Place: Zand Boulevard, central Shiraz\n\n"
        "Circumstances: Hit by rubber bullets fired by riot police near a bank.\n"
    )
    got = sentence_places(nlp, text, "Circumstances: Hit", "fired")
    assert got == [("IR", "Fars", "Shiraz")]
