"""Figures: counts of killed, injured, arrested... with qualifiers (helper fills this)."""

from __future__ import annotations

from spacy.tokens import Span

from unrest.model import Figure


def figures_for(event_type: str, trigger: Span, evidence: Span) -> tuple[Figure, ...]:
    """The figures that ``evidence`` gives about the ``event_type`` event cued by ``trigger``."""
    raise NotImplementedError
