"""The direct quotations a document lists: outermost, attributed, not slogans.

Private helper of :mod:`unrest.extract.sources`, which exports :func:`quote_spans`
as ``find_quotes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from unrest.extract._attrib_labels import label
from unrest.extract._attrib_quotes import quoted_within, short_quote, word_count
from unrest.extract._quote_more import per_paragraph
from unrest.extract._quotes import _MIN_WORDS
from unrest.nlp import doc_text

_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you"})

if TYPE_CHECKING:
    from unrest.extract.sources import Attributor


@dataclass(frozen=True)
class QuoteSpan:
    """A direct quotation: its text (inside the quote marks), char offsets, speaker."""

    speaker: str | None
    text: str
    start: int
    end: int


def quote_spans(doc: Doc, att: Attributor) -> list[QuoteSpan]:
    """Direct quotations with speakers (fullest name in the article); no slogans.

    Only outermost quotations of at least three words with a named speaker
    (person or organization) are returned; ``start``/``end`` are the offsets of
    the quoted text (without the marks) in ``doc_text(doc)``. ``att`` is the
    document's attributor, whose quotations are read.
    """
    spans = []
    for q in att.quotes:
        if q.slogan or q.speaker is None or q.speaker.name is None:
            continue
        if q.depth and not quoted_within(q, att.quotes):
            continue
        if q.speaker.kind not in ("person", "organization"):
            continue
        if q.speaker.name.lower() in _PRONOUNS:
            continue  # "She called and said, 'X'": a pronoun nobody was found for
        text = doc_text(doc)[q.start : q.end]
        if word_count(text) < _MIN_WORDS and not short_quote(doc, q, att.lex):
            continue
        if label(doc, q, att.lex):
            continue  # "known as the "Mothers of X"", "convicted of "waging war""
        name = q.speaker.name  # a quotation reopened at each paragraph: once per paragraph
        spans += [QuoteSpan(name, t, a, b) for t, a, b in per_paragraph(text, q.start)]
    return spans
