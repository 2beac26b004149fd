"""Quotes, round s22Q: a clause the parser hangs across a semicolon on the next
sentence's reporting verb ("X blamed "…"; his family told ...") is not reported by
that verb: the quotation stays with the clause's own speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Officials blamed "saboteurs and hired gunmen" for the deaths; his family told '
            "local journalists that he was hit in the back.",
            "Officials",
        ),
        (
            'Police say he was killed by "armed men on motorbikes"; his relatives say he was '
            "shot by police.",
            "Police",
        ),
    ],
)
def test_quotation_before_a_semicolon_keeps_its_own_speaker(
    nlp: Language, text: str, speaker: str
) -> None:
    assert [q.speaker for q in quotes(nlp, text)] == [speaker]
