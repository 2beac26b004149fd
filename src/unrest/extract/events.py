"""Event triggers: which sentences report which event types (helper fills this)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Trigger:
    """A reported event of ``type`` in ``evidence`` (a sentence or clause), cued by ``trigger``."""

    type: str
    trigger: Span
    evidence: Span
    modality: str = "asserted"
    confidence: float = 0.5


def find_triggers(doc: Doc) -> list[Trigger]:
    """Every asserted event mention in ``doc``: at most one per sentence, type and event."""
    raise NotImplementedError
