"""Tests of the article-level helpers of place finding: datelines, paragraphs, story city."""

from __future__ import annotations

from spacy.language import Language

from unrest.extract._where_story import dateline_tokens, paragraph_ids, story_city


def test_dateline_tokens_stop_at_the_dash(nlp: Language) -> None:
    doc = nlp("Title line\n\nSANTIAGO, Oct 23 - Thousands marched in Santiago.")
    marked = sorted(doc[i].text for i in dateline_tokens(doc))
    assert marked == [",", "23", "Oct", "SANTIAGO"]


def test_capitals_without_a_dash_are_no_dateline(nlp: Language) -> None:
    doc = nlp("PRESS RELEASE\n\nPolice detained ten people.")
    assert dateline_tokens(doc) == frozenset()


def test_paragraph_ids_follow_line_breaks(nlp: Language) -> None:
    doc = nlp("One sentence. Two sentence.\n\nThird sentence here.")
    sents = list(doc.sents)
    ids = paragraph_ids(doc, sents)
    assert ids[0] == ids[1] != ids[-1]


def test_story_city_needs_a_clear_majority() -> None:
    assert story_city([("a", 2.0), ("a", 1.0), ("b", 1.0)]) == "a"
    assert story_city([("a", 2.0), ("b", 2.0)]) is None
    assert story_city([("a", 2.0)]) is None
    assert story_city([]) is None
