"""Sources (s22C): one relative or the lawyer of a person the text names is a person named
as written; relatives and lawyers of an anonymous person, and relatives speaking as a group,
stay nobody in particular."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow


def test_the_mother_of_a_named_man_is_a_person(nlp: Language) -> None:
    text = (
        "Reza Ahmadi, 24, was shot in the back near the bazaar on Tuesday. "
        "His mother told reporters he had been hit by a police bullet."
    )
    s = source(nlp, text, "hit")
    assert (s.kind, s.name) == ("person", "His mother")


def test_a_named_person_outside_a_subject_still_owns_the_kin(nlp: Language) -> None:
    text = (
        "The girl detained in Rasht is Sara Hosseini, sixteen years old. "
        "Her mother says she was beaten in the van."
    )
    s = source(nlp, text, "beaten")
    assert (s.kind, s.name) == ("person", "Her mother")


def test_the_mother_of_an_anonymous_man_is_nobody_in_particular(nlp: Language) -> None:
    text = (
        "A young man was shot in the back near the bazaar on Tuesday. "
        "His mother told reporters he had been hit by a police bullet."
    )
    assert source(nlp, text, "hit").kind == "unnamed"


def test_the_family_of_a_named_man_speaks_as_a_group(nlp: Language) -> None:
    text = (
        "Reza Ahmadi, 24, was detained in Tabriz on Monday. "
        "His family said he had been beaten in custody."
    )
    assert source(nlp, text, "beaten").kind == "unnamed"  # dev16-dev20 conventions


def test_the_lawyer_of_an_anonymous_man_is_nobody_in_particular(nlp: Language) -> None:
    text = (
        "A young protester was arrested in Rasht last month. "
        "A court sentenced him to six years in prison, his lawyer said on Friday."
    )
    assert source(nlp, text, "sentenced").kind == "unnamed"


def test_the_lawyer_of_a_named_man_stays_a_person(nlp: Language) -> None:
    text = (
        "Reza Ahmadi was arrested in Rasht last month. "
        "A court sentenced him to six years in prison, his lawyer said on Friday."
    )
    s = source(nlp, text, "sentenced")
    assert (s.kind, s.name) == ("person", "his lawyer")
