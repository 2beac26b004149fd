"""Private people the text does not name (kin, residents, witnesses) are ``unnamed``."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_his_relatives_are_nobody_in_particular(nlp: Language) -> None:
    text = "A teacher was detained at his home on Friday, his relatives said."
    assert source(nlp, text, "detained").kind == "unnamed"


def test_one_resident_is_nobody_in_particular(nlp: Language) -> None:
    text = '"Soldiers were firing at everyone on the square," one resident said.'
    assert source(nlp, text, "firing").kind == "unnamed"


def test_an_eyewitness_is_nobody_in_particular(nlp: Language) -> None:
    text = "An eyewitness said that guards beat the prisoners with cables."
    assert source(nlp, text, "beat").kind == "unnamed"


def test_relatives_of_someone_are_nobody_in_particular(nlp: Language) -> None:
    text = "Relatives of the driver in Rasht said he had been shot by police."
    assert source(nlp, text, "shot").kind == "unnamed"


def test_an_official_by_role_stays_a_person(nlp: Language) -> None:
    text = "The city's prosecutor said that 40 people had been arrested."
    found = source(nlp, text, "arrested")
    assert found.kind == "person"


def test_mother_of_a_named_person_stays_a_person(nlp: Language) -> None:
    text = "Reza Karimi's mother said that her son had been arrested at the border."
    assert source(nlp, text, "arrested").kind == "person"
