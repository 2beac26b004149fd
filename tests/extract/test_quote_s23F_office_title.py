"""Quotes (s23F): a bare title takes its fullest form in the article ("the High
Commissioner" -> "UN High Commissioner for Refugees"), but not from the name of the
office that serves the title-holder ("Office of the High Commissioner for Refugees"),
which names a body, not the person."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes

pytestmark = pytest.mark.slow

_SAID = (
    "\u201cThe authorities must release everyone detained for protesting,\u201d the High "
    "Commissioner said."
)


def test_an_office_s_name_is_no_fuller_title(nlp: Language) -> None:
    text = "Spokesperson: Lena Ward, Office of the High Commissioner for Refugees\n\n" + _SAID
    assert [q.speaker for q in quotes(nlp, text)] == ["High Commissioner"]


def test_the_title_written_out_is_still_taken(nlp: Language) -> None:
    text = "Statement by the UN High Commissioner for Refugees.\n\n" + _SAID
    assert [q.speaker for q in quotes(nlp, text)] == ["UN High Commissioner for Refugees"]
