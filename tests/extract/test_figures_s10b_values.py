"""Figures, session 10b: measures and earlier values are not counts, a second source's count
in an aside is a figure, more kind words and counted nouns; on sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import figs, pairs

pytestmark = pytest.mark.slow


def test_lashes_are_not_people_sentenced(nlp: Language) -> None:
    text = "The two cousins received jail terms of 8 years each, as well as 80 lashes each."
    assert ("sentenced", 80) not in pairs(nlp, "sentencing", text, "terms")


def test_a_day_count_is_not_people(nlp: Language) -> None:
    text = "Police detained the organisers for 48 hours before releasing them on bail."
    assert pairs(nlp, "arrest", text, "detained") == set()


def test_the_earlier_value_of_a_rising_toll_is_dropped(nlp: Language) -> None:
    text = "The monitor said at least 95 people had died, up from 60 three days earlier."
    assert pairs(nlp, "attack", text, "died") == {("killed", 95)}


def test_a_revised_toll_keeps_only_the_new_value(nlp: Language) -> None:
    text = "Officials raised the number of people killed in the blast from 35 to 41 on Friday."
    found = pairs(nlp, "attack", text, "killed")
    assert ("killed", 35) not in found
    assert ("killed", 41) in found


def test_a_range_introduced_by_range_from_is_its_lower_bound(nlp: Language) -> None:
    text = "Counts of the wounded ranged from 200 to 350, doctors said."
    found = figs(nlp, "attack", text, "wounded")
    assert set(found) == {"injured"}
    assert (found["injured"].value, found["injured"].qualifier) == (200, "at least")


def test_martyred_compatriots_are_killed(nlp: Language) -> None:
    text = "Nine of our compatriots were martyred when gunmen attacked the shrine at dusk."
    assert ("killed", 9) in pairs(nlp, "attack", text, "martyred")


def test_police_are_counted_as_people(nlp: Language) -> None:
    text = "Scores of police have been martyred in clashes with armed rioters, the agency said."
    assert ("killed", 20) in pairs(nlp, "attack", text, "martyred")


def test_people_treated_for_wounds_are_injured(nlp: Language) -> None:
    text = "A nurse said the clinic had treated at least 30 people for wounds after the march."
    assert pairs(nlp, "attack", text, "wounds") == {("injured", 30)}


def test_people_who_arrived_dead_are_killed(nlp: Language) -> None:
    text = (
        "Medics treated dozens of people for wounds, and three students arrived already dead, "
        "the hospital said."
    )
    assert pairs(nlp, "attack", text, "wounds") == {("injured", 12), ("killed", 3)}


def test_an_execution_on_a_day_of_people_counts_them(nlp: Language) -> None:
    text = "Rights groups were appalled by the hanging on Tuesday of four young men in Qazvin."
    assert pairs(nlp, "execution", text, "hanging") == {("executed", 4)}


def test_a_second_source_in_dashes_gives_a_second_figure(nlp: Language) -> None:
    text = (
        "Troops killed dozens of villagers in the raid - the monitor says at least 57 - "
        "before they withdrew."
    )
    assert pairs(nlp, "attack", text, "killed") == {("killed", 12), ("killed", 57)}


def test_a_number_in_dashes_without_a_source_is_not_restated(nlp: Language) -> None:
    text = "Troops killed dozens of villagers in the raid - 57 trucks were burned - at dawn."
    assert ("killed", 57) not in pairs(nlp, "attack", text, "killed")


def test_sites_count_as_locations_of_a_strike(nlp: Language) -> None:
    text = "The union said the walkouts had spread to at least 15 sites by Thursday."
    found = figs(nlp, "strike", text, "walkouts")
    assert found["locations"].value == 15
    assert found["locations"].qualifier == "at least"


def test_towns_where_property_was_attacked_are_locations(nlp: Language) -> None:
    text = "Rioters set fire to banks and shops in more than 40 towns, officials said."
    assert pairs(nlp, "property_attack", text, "fire") == {("locations", 40)}


def test_sites_that_were_attacked_are_not_locations(nlp: Language) -> None:
    text = "Officials said rioters had damaged 90 banks and 12 public sites."
    assert pairs(nlp, "property_attack", text, "damaged") == set()


def test_a_where_clause_gives_the_count_of_the_deaths(nlp: Language) -> None:
    text = "The first deaths were reported in the port, where four fishermen were shot dead."
    assert pairs(nlp, "attack", text, "deaths") == {("killed", 4)}
