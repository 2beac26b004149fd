"""The dates found in a document, and helpers of :mod:`unrest.extract.when`: quotation
spans, questions about a dated thing, and the finest of equally ranked dates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from unrest.extract._date_base import Interval, TimeExpr, words
from unrest.extract._date_syntax import ancestors, compares_since, described_nouns
from unrest.extract._date_yardstick import dated_phrase
from unrest.nlp import doc_text

# Parts of speech of a clause's head: where a date's phrase stops.
_VERBAL = frozenset({"VERB", "AUX"})

_COMPARISON = re.compile(
    r"\b(?:as|like|than)\s+\w+\s+(?:did|do|does|had|have|has|were|was)"
    r"\s+(?:in|on|during|at)?\s*$",
    re.IGNORECASE,
)
_NOT_YEAR_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
# Plural nouns of events a year may name ("the 2019 protests"); people and things counted
# ("the 1500 protesters") are not among them.
_EVENT_NOUNS = frozenset(
    {
        "protest",
        "demonstration",
        "rally",
        "riot",
        "uprising",
        "strike",
        "election",
        "event",
        "execution",
        "killing",
        "massacre",
        "clash",
        "crackdown",
        "disturbance",
        "revolution",
        "unrest",
        "arrest",
        "shutdown",
        "war",
        "sanction",
        "negotiation",
    }
)

_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}
_RANK = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class Found:
    """A temporal expression of the document, resolved in its context."""

    expr: TimeExpr
    start: int
    end: int
    head: Token
    interval: Interval | None
    quote: tuple[int, int] | None
    contrast: bool


def asks_about(sent: Span, span: Span) -> bool:
    """Whether the date ``span`` describes a noun in a question ("How did the events of
    November 2019 shape this?"): it names a time without moving the story to it, unlike
    a question about what happened then ("What happened on 11 May?")."""
    return sent.text.rstrip().endswith("?") and bool(described_nouns(span))


def phrase_tokens(doc: Doc, quotes: list[tuple[int, int]], speech_words: int) -> frozenset[int]:
    """Indices of the tokens of short quotations (slogans, hashtags, titles): those of
    fewer than ``speech_words`` words."""
    found: set[int] = set()
    text = doc_text(doc)
    for q in quotes:
        if len(text[q[0] : q[1]].split()) >= speech_words:
            continue
        span = doc.char_span(q[0], q[1], alignment_mode="expand")
        if span is not None:
            found.update(t.i for t in span)
    return frozenset(found)


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (curly, guillemet or straight quotes) within one line."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        close = _QUOTE_PAIRS.get(ch)
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        newline = text.find("\n", i + 1)
        if j < 0 or (0 <= newline < j and close == '"'):
            i += 1
            continue
        spans.append((i, j + 1))
        i = j + 1
    return spans


def finest(accepted: list[tuple[int, int, Found]]) -> Found:
    """The first of the ranked dates, or a finer one of the same rank that it contains
    ("the 2017-2018 protests ... from 28 December 2017 until mid-January 2018")."""
    rank, _, best = accepted[0]
    assert best.interval is not None
    for r, _, f in accepted[1:]:
        iv = f.interval
        if r != rank or iv is None or f.expr.role == "until":
            continue
        if best.interval.contains(iv) and _finer(iv, best.interval):
            best = f
            assert best.interval is not None
    return best


def _finer(a: Interval, b: Interval) -> bool:
    """Whether ``a`` is stated more finely than ``b`` at either end."""
    a_lo = _RANK[a.lo_precision or a.precision]
    b_lo = _RANK[b.lo_precision or b.precision]
    return a_lo < b_lo or _RANK[a.precision] < _RANK[b.precision]


def is_contrast(doc: Doc, span: Span) -> bool:
    """Whether the date ``span`` is a yardstick ("as they did in 2009", "the largest since
    2009") or hangs under a contrast word: a comparison, not the story's time."""
    before = doc_text(doc)[max(0, span.start_char - 40) : span.start_char]
    if _COMPARISON.search(before):
        return True
    if compares_since(span.root) or commemorated(span.root):
        return True
    contrast = words()["contrast_words"]
    return any(t.lower_ in contrast for t in ancestors(span.root)[1:4])


def commemorated(date_head: Token) -> bool:
    """Whether the date names a past time being commemorated, not the time of the act:
    a date inside the object of "the anniversary of" ("the anniversary of the
    November 2019 crackdown", "the anniversary of the suppression of fuel protests
    three years ago"; a clause of its own inside the object is not climbed), or the
    date of the commemoration noun itself ("to mark the 2009 anniversary"; not "the
    anniversary on Thursday")."""
    nouns = words()["commemoration_nouns"]
    if date_head.dep_ == "prep" and date_head.lower_ == "of":
        # The expression took in the "of" of the phrase ("anniversary of 2019 crackdown").
        return date_head.head.lemma_.lower() in nouns
    phrase = dated_phrase(date_head)
    if phrase.i != date_head.i and phrase.lemma_.lower() in nouns:
        return True
    tok = date_head
    while tok.dep_ != "ROOT" and tok.pos_ not in _VERBAL:
        prep = tok.head
        of_object = tok.dep_ == "pobj" and prep.lower_ == "of" and prep.dep_ == "prep"
        if of_object and prep.head.lemma_.lower() in nouns:
            return True
        tok = prep
    return False


def is_year_at(doc: Doc, start: int, end: int) -> bool:
    """Whether the four-digit number at ``start:end`` of ``doc`` is a year, not a count."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tok = span[0]
    if tok.ent_type_ == "DATE":
        return True
    if tok.ent_type_ in _NOT_YEAR_ENTS:
        return False
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and prev in ("the", "'s", "’s") and nxt.lemma_.lower() in _EVENT_NOUNS:
        # "the 2022 protests", "the 1988 executions": a year naming events, not a count.
        return True
    if nxt is not None and (nxt.tag_ == "NNS" or nxt.pos_ in ("VERB", "AUX")):
        return False
    return prev in words()["time_prepositions"] or prev in ("the", "'s", "’s")
