"""Temporal expressions resolved against the publication date (helper fills this)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from unrest.model import DateValue, PublishedDate


class Timeline:
    """The dates of one document: built once per Doc, asked once per mention."""

    def __init__(self, doc: Doc, published: PublishedDate) -> None:
        self.doc = doc
        self.published = published

    def date_for(self, trigger: Span, evidence: Span) -> DateValue | None:
        """The date of the event cued by ``trigger`` in ``evidence``; None if unknown."""
        raise NotImplementedError
