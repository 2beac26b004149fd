"""Quotes (s23F): "as X puts it" reports the words of the quotation it introduces
("as one nurse puts it, "..."": the nurse speaks); "put" elsewhere reports nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes

pytestmark = pytest.mark.slow


def test_as_x_puts_it_names_the_speaker(nlp: Language) -> None:
    text = (
        "The ministry reopened the clinics in May. But by then, as one nurse puts it in "
        'the report, "nobody trusted the wards to keep anyone safe any more."'
    )
    found = quotes(nlp, text)
    assert len(found) == 1 and (found[0].speaker or "").endswith("nurse")


def test_put_without_the_idiom_names_nobody(nlp: Language) -> None:
    text = (
        "The nurse put the files on the desk. "
        '"Nobody trusted the wards to keep anyone safe any more," the report concluded.'
    )
    assert all(not (q.speaker or "").endswith("nurse") for q in quotes(nlp, text))
