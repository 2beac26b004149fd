"""Attribution (according to whom) and direct quotes (helper fills this)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from unrest.model import Source


@dataclass(frozen=True)
class QuoteSpan:
    """A direct quotation: its text (inside the quote marks), char offsets, speaker."""

    speaker: str | None
    text: str
    start: int
    end: int


class Attributor:
    """Who asserts what in one document: built once per Doc, asked once per mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def source_for(self, trigger: Span, evidence: Span) -> Source:
        """Who the text says asserts the mention cued by ``trigger`` in ``evidence``."""
        raise NotImplementedError


def find_quotes(doc: Doc) -> list[QuoteSpan]:
    """Direct quotations with speakers (fullest name in the article); no slogans."""
    raise NotImplementedError
