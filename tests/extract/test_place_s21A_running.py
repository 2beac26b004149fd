"""Tests of running counts of the courts ("At least nine of them have already been
sentenced to death"): many people's sentences or executions told in the present
perfect borrow no city of the paragraph; one person's sentence, or a past one, does."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_LEAD = "Hundreds of people were detained after the protests in Shiraz last November. "


def test_many_sentenced_so_far_take_no_paragraph_city(nlp: Language) -> None:
    text = _LEAD + "At least nine of them have already been sentenced to death."
    got = sentence_places(nlp, text, "At least nine", "sentenced")
    assert got == [("IR", None, None)]


def test_relative_clause_count_takes_no_paragraph_city(nlp: Language) -> None:
    text = _LEAD + "Lawyers have counted 40 protesters who have been sentenced to prison."
    got = sentence_places(nlp, text, "Lawyers have counted", "sentenced")
    assert got == [("IR", None, None)]


def test_one_person_sentenced_keeps_the_paragraph_city(nlp: Language) -> None:
    text = _LEAD + "One of them, a student, has been sentenced to death."
    got = sentence_places(nlp, text, "One of them", "sentenced")
    assert got == [("IR", "Fars", "Shiraz")]


def test_past_sentences_keep_the_paragraph_city(nlp: Language) -> None:
    text = _LEAD + "Nine of them were sentenced to death in January."
    got = sentence_places(nlp, text, "Nine of them", "sentenced")
    assert got == [("IR", "Fars", "Shiraz")]
