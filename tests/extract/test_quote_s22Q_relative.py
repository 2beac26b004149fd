"""Quotes, round s22Q: an unnamed speaker told apart only by a restrictive relative
clause ("a nurse who treated the wounded said") is described with the clause, up to
its first coordinated clause; not when a modifier already describes the speaker, when
the clause only places them (a copula) or only says they stay unnamed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in quotes(nlp, text)]


def test_relative_clause_describes_a_bare_speaker(nlp: Language) -> None:
    text = (
        "A nurse who treated the wounded in Arak said on Monday, "
        '"We had no blood left for the last of them."'
    )
    assert _speakers(nlp, text) == ["nurse who treated the wounded in Arak"]


def test_relative_clause_stops_at_a_coordinated_clause(nlp: Language) -> None:
    text = (
        '"The market stayed shut for three days," said a man who sells fabric in Ahvaz '
        "and asked not to be named."
    )
    assert _speakers(nlp, text) == ["man who sells fabric in Ahvaz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The market stayed shut for three days," said a trader from Ahvaz who sells fabric.',
            "trader from Ahvaz",
        ),
        (
            '"The market stayed shut for three days," a trader who asked not to be '
            "identified told us.",
            "trader",
        ),
        ('"The market stayed shut for three days," a trader who was there told us.', "trader"),
        (
            '"The market stayed shut for three days," a trader, who sells fabric, told us.',
            "trader",
        ),
    ],
)
def test_other_relative_clauses_stay_out(nlp: Language, text: str, speaker: str) -> None:
    assert _speakers(nlp, text) == [speaker]
