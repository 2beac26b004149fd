"""The lookup structures added for speed give the same answers as the plain searches.

Sentences written for these tests: each is checked token by token (or sentence
by sentence) against the unindexed code path.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from unrest.extract import _events_context as ctx
from unrest.extract import _modality as mod
from unrest.extract import events
from unrest.extract._events_index import cue_index
from unrest.extract._where_toponyms import find_toponyms
from unrest.extract.where import Gazetteer, Locator

pytestmark = pytest.mark.slow

_TEXTS = [
    "Security forces killed 12 protesters and arrested 300 in Shiraz on Friday.",
    "Protests began the same day; rioters set fire to banks and shops were closed.",
    "Strikes spread as workers walked out and the internet was shut down nationwide.",
    "Connectivity fell to 5 per cent, and access was restored on Monday.",
    "Executions rose sharply after the trial, and a missile strike hit the depot.",
    "Crowds took to the streets, chanting slogans, before police dispersed them.",
]


def _plain_candidates(text: str, nlp: Language) -> list[tuple[str, int, str]]:
    onto = mod.ontology()
    out = []
    for sent in nlp(text).sents:
        for tok in sent:
            if tok.is_space or tok.is_punct:
                continue
            extra = ctx.extra_cues(tok, onto)
            for lex in onto.types:
                out += [
                    (c.type, c.token.i, c.kind)
                    for c in events._token_candidates(tok, lex, onto, extra)
                ]
    return out


@pytest.mark.parametrize("text", _TEXTS)
def test_cue_index_finds_every_candidate(text: str, nlp: Language) -> None:
    onto = mod.ontology()
    indexed = [
        (c.type, c.token.i, c.kind)
        for sent in nlp(text).sents
        for c in events._candidates(sent, onto)
    ]
    assert indexed == _plain_candidates(text, nlp)
    assert indexed  # each sentence above holds some cue


def test_cue_index_is_built_once_and_narrows(nlp: Language) -> None:
    onto = mod.ontology()
    index = cue_index(onto)
    assert cue_index(onto) is index
    doc = nlp("The table was green.")
    assert index.lexicons(doc[1], []) == []
    names = [lex.name for lex in index.lexicons(nlp("Police killed him.")[1], [])]
    assert names == [lex.name for lex in onto.types if lex.name in names]  # ontology order


@pytest.mark.parametrize(
    "text",
    [
        "The committee met on Tuesday and adjourned without a vote.",  # no place at all
        "Police fired on protesters in Ahvaz and in the capital, Tehran.",
    ],
)
def test_locator_toponyms_match_a_fresh_search(text: str, nlp: Language, gaz: Gazetteer) -> None:
    doc = nlp(text)
    loc = Locator(doc, gaz)
    for sent in doc.sents:
        fresh = find_toponyms(sent, gaz, loc.main_country, loc._persons)
        assert [(t.span.start, t.entry, t.role) for t in loc.toponyms(sent)] == [
            (t.span.start, t.entry, t.role) for t in fresh
        ]


def test_site_prefilter_keeps_every_site_opening_word() -> None:
    from unrest.extract._where_sites import _may_begin_site, _sites

    assert all(_may_begin_site(key.split()[0].title()) for key in _sites())
    assert _may_begin_site("The")
    assert not _may_begin_site("Zzyzx")


def test_sites_found_with_the_prefilter(nlp: Language) -> None:
    from unrest.extract._gazetteer import default_gazetteer
    from unrest.extract._where_sites import site_spans

    doc = nlp("Guards moved the prisoners from Evin prison to a jail outside the city.")
    found = [(span.text, entry.name) for span, entry in site_spans(doc[:], default_gazetteer())]
    assert found == [("Evin prison", "Tehran")]
