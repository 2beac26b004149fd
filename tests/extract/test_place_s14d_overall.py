"""Tests of counts and spans of the whole movement: "N sentenced in connection with the
protests", "two dozen deaths in total", "four months of protests", a list of cases
after a colon, and the sites of Isfahan's riverbed."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

# --- a count of the whole movement borrows no place of its paragraph ----------------------


def test_a_case_of_a_national_count_is_not_lent(nlp: Language) -> None:
    text = (
        "Three men have been executed in connection with the protests: one on 2 May, "
        "another in Tabriz a week later, and a third in June. "
        "Nine other men are still held."
    )
    got = sentence_places(nlp, text, "Nine other men", "held")
    assert got == [("IR", None, None)]


def test_count_in_total_takes_no_paragraph_town(nlp: Language) -> None:
    text = (
        "Five people died in Dorud, in Lorestan province, on Sunday night. "
        "The authorities acknowledged thirty deaths in total."
    )
    got = sentence_places(nlp, text, "The authorities acknowledged", "deaths")
    assert got == [("IR", None, None)]


def test_plain_follow_up_keeps_the_paragraph_town(nlp: Language) -> None:
    text = (
        "Five people died in Dorud, in Lorestan province, on Sunday night. "
        "Police said two more were wounded."
    )
    got = sentence_places(nlp, text, "Police said", "wounded")
    assert got == [("IR", "Lorestan", "Dorud")]


# --- a list of cases after a colon is a part of the total ---------------------------------


def test_cases_listed_after_a_colon_are_part_of_the_total(nlp: Language) -> None:
    text = (
        "Protests have shaken Iran since the autumn. "
        "Three men have been executed in connection with the protests: one on 2 May, "
        "another in Tabriz a week later, and a third in June."
    )
    got = sentence_places(nlp, text, "Three men", "executed")
    assert got == [("IR", None, None)]


def test_count_naming_its_own_town_keeps_it(nlp: Language) -> None:
    text = (
        "Protests have shaken Iran since the autumn. "
        "Three men have been executed in Tabriz in connection with the protests."
    )
    got = sentence_places(nlp, text, "Three men", "executed")
    assert ("IR", "East Azerbaijan", "Tabriz") in got


# --- months of protests are no one city's --------------------------------------------------


def test_months_of_protests_keep_no_city_of_the_sentence(nlp: Language) -> None:
    text = (
        "Sunday's march in Tabriz was the largest of the year, the high point of "
        "five months of protests led by teachers."
    )
    got = sentence_places(nlp, text, "Sunday's march", "protests")
    assert got == [("IR", None, None)]


def test_a_march_in_a_town_keeps_it(nlp: Language) -> None:
    text = "Sunday's march in Tabriz was the largest of the year, led by teachers."
    got = sentence_places(nlp, text, "Sunday's march", "march")
    assert got == [("IR", "East Azerbaijan", "Tabriz")]


# --- Isfahan's riverbed sites --------------------------------------------------------------


def test_khaju_bridge_is_in_isfahan(nlp: Language) -> None:
    text = "Thousands of people gathered under the Khaju Bridge on Friday."
    got = sentence_places(nlp, text, "Thousands", "gathered")
    assert got == [("IR", "Isfahan", "Isfahan")]


def test_zayandeh_rud_is_in_isfahan(nlp: Language) -> None:
    text = "Farmers staged a sit-in in the dry bed of the Zayandeh Rud on Monday."
    got = sentence_places(nlp, text, "Farmers", "sit")
    assert got == [("IR", "Isfahan", "Isfahan")]


def test_killed_in_days_of_unrest_borrows_no_city(nlp: Language) -> None:
    text = (
        "Protests broke out in Ahvaz on Friday. "
        "Police killed nine people in three days of protests, activists said."
    )
    got = sentence_places(nlp, text, "Police killed", "killed")
    assert got == [("IR", None, None)]


def test_killed_on_one_night_keeps_the_paragraph_city(nlp: Language) -> None:
    text = (
        "Protests broke out in Ahvaz on Friday. "
        "Police killed nine people that night, activists said."
    )
    got = sentence_places(nlp, text, "Police killed", "killed")
    assert got == [("IR", "Khuzestan", "Ahvaz")]


# --- the Supreme Court rules for the country ------------------------------------------------


def test_supreme_court_ruling_takes_the_country(nlp: Language) -> None:
    text = (
        "Two brothers were sentenced to death by a court in Tabriz in March. "
        "The Supreme Court upheld both sentences in July."
    )
    got = sentence_places(nlp, text, "The Supreme Court", "sentences")
    assert got == [("IR", None, None)]
