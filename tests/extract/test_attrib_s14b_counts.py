"""Attribution, round s14b: whose count a subject of "show" is: "data" (which the tagger
lemmatizes "datum") compiled by someone, and a proper name right before a noun of
counting ("Ostrava Watch figures show"), but not a place before it."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_data_compiled_by_a_group_is_the_group_s(nlp: Language) -> None:
    text = "Data compiled by Amnesty International show that 40 people were killed in Zahedan."
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "Amnesty International")


def test_name_before_figures_owns_them(nlp: Language) -> None:
    text = "Amnesty International figures showed that 40 people were killed in the city."
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "Amnesty International")


def test_place_before_figures_owns_nothing(nlp: Language) -> None:
    text = "Zahedan figures showed that 40 people were killed in the city."
    assert source(nlp, text, "killed").kind == "author"


def test_platform_before_videos_owns_nothing(nlp: Language) -> None:
    text = "YouTube videos showed that police fired at protesters in the city centre."
    assert source(nlp, text, "fired").kind == "unnamed"  # dev10, dev16-dev18 conventions
