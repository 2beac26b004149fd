"""Sources (s22C): whoever raises, lowers or revises a count to a new figure gives it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow


def test_raising_the_figure_to_a_number_is_a_report(nlp: Language) -> None:
    text = (
        "Nine people were killed in the clashes on Friday. By Sunday the provincial "
        "governor's office had raised the figure of those killed to 14."
    )
    s = source(nlp, text, "killed", nth=1)
    assert s.kind == "organization" and (s.name or "").endswith("office")


def test_raising_a_flag_reports_nothing(nlp: Language) -> None:
    text = "Protesters raised a flag over the town hall before police dispersed them."
    assert source(nlp, text, "dispersed").kind == "author"
