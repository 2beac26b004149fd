"""Tests of later episodes of custody and trial ("later sentenced", "detained again",
"re-arrested", "a further sentence"): the text does not say where they happened, so
they borrow no place of the story or paragraph; a repeated protest still does."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

_STORY = (
    "Protesters gathered in Tehran on Monday, and police in Tehran fired tear gas. "
    "In Tehran, students also marched on the university.\n\n"
)


def test_later_sentence_borrows_no_story_city(nlp: Language) -> None:
    text = _STORY + (
        "Dozens of reporters were detained in the first week. Many were freed on bail; "
        "some were later sentenced to prison terms."
    )
    got = sentence_places(nlp, text, "Many were freed", "sentenced")
    assert got == [("IR", None, None)]


def test_detained_again_borrows_no_paragraph_city(nlp: Language) -> None:
    text = _STORY + (
        "A photographer was arrested in Tehran in September. "
        "She has been detained again twice this year."
    )
    got = sentence_places(nlp, text, "She has been", "detained")
    assert got == [("IR", None, None)]


def test_re_arrest_borrows_no_paragraph_city(nlp: Language) -> None:
    text = _STORY + (
        "A singer was first held in Tehran in October. "
        "He was released on bail in May and re-arrested two weeks later."
    )
    got = sentence_places(nlp, text, "He was released", "arrested")
    assert got == [("IR", None, None)]


def test_further_sentence_borrows_no_paragraph_city(nlp: Language) -> None:
    text = _STORY + (
        "A lawyer was tried in Tehran in March. "
        "Her family said she had been handed a further two-year sentence."
    )
    got = sentence_places(nlp, text, "Her family", "sentence")
    assert got == [("IR", None, None)]


def test_repeated_protest_keeps_the_paragraph_city(nlp: Language) -> None:
    text = _STORY + (
        "Students gathered outside a university in Shiraz on Monday. "
        "On Tuesday they gathered again, holding up photographs."
    )
    got = sentence_places(nlp, text, "On Tuesday", "gathered")
    assert got == [("IR", "Fars", "Shiraz")]


def test_later_release_does_not_make_the_arrest_later(nlp: Language) -> None:
    text = _STORY + (
        "A woman waved a scarf on a street in Shiraz on Sunday. "
        "She was arrested the same day and released about a month later."
    )
    got = sentence_places(nlp, text, "She was arrested", "arrested")
    assert got == [("IR", "Fars", "Shiraz")]
