"""The dates found in a document, and helpers of :mod:`unrest.extract.when`: quotation
spans, questions about a dated thing, and the finest of equally ranked dates."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from unrest.extract._date_base import Interval, TimeExpr
from unrest.extract._date_syntax import described_nouns

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
