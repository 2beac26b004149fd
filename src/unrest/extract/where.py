"""Places: toponyms resolved against an offline GeoNames gazetteer (helper fills this)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from unrest.model import Place


class Locator:
    """The places of one document: built once per Doc, asked once per mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def places_for(self, trigger: Span, evidence: Span) -> tuple[Place, ...]:
        """The event places of the mention cued by ``trigger`` in ``evidence``."""
        raise NotImplementedError
