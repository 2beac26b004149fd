"""Tests of place data: French cities carry their current region, Sadr City is a
district of Baghdad, and "Hilla" is folded with GeoNames' "Al Hillah"."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

from unrest.evaluation import BUILT_IN_ALIASES
from unrest.extract.where import Gazetteer


def test_french_cities_carry_the_current_regions(gaz: Gazetteer) -> None:
    paris, strasbourg = gaz.lookup("Paris", "FR"), gaz.lookup("Strasbourg", "FR")
    assert paris is not None and paris.admin1 == "Île-de-France"
    assert strasbourg is not None and strasbourg.admin1 == "Grand Est"


def test_sadr_city_is_a_district_of_baghdad(nlp: Language) -> None:
    text = "Security forces opened fire on protesters in Sadr City, Iraq, on Sunday night."
    got = sentence_places(nlp, text, "Security forces", "opened")
    assert got == [("IQ", "Baghdad", "Baghdad")]


def test_hilla_is_folded_with_al_hillah() -> None:
    rows = BUILT_IN_ALIASES.read_text(encoding="utf-8").splitlines()
    assert "Al Hillah,Hilla" in rows
