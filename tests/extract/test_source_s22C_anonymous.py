"""Sources (s22C): one informant who asks not to be named is nobody in particular, whatever
their trade (the dev7 convention); a named informant stays a person."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow


def test_a_doctor_who_asked_not_to_be_named_is_nobody(nlp: Language) -> None:
    text = (
        "A doctor at a hospital in Ahvaz, who asked not to be named because she was not "
        "allowed to speak to the press, said dozens of people had been treated for pellet wounds."
    )
    assert source(nlp, text, "treated").kind == "unnamed"


def test_a_named_doctor_stays_a_person(nlp: Language) -> None:
    text = (
        "Dr Reza Ahmadi, a surgeon at a hospital in Ahvaz, said dozens of people had been "
        "treated for pellet wounds."
    )
    s = source(nlp, text, "treated")
    assert s.kind == "person" and (s.name or "").endswith("Ahmadi")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A nurse at a hospital in Bandar Abbas said the ward had received a dozen people "
            "with gunshot wounds.",
            "gunshot",
        ),
        (
            "A 16-year-old boy from Qazvin told the group that he had been beaten in custody.",
            "beaten",
        ),
        ("A fellow prisoner told me that he had been sentenced to death.", "sentenced"),
    ],
)
def test_private_people_named_by_a_kind_are_nobody(nlp: Language, text: str, trigger: str) -> None:
    assert source(nlp, text, trigger).kind == "unnamed"
