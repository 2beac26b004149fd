"""Facilities named after their town: "the Bushehr petrochemical plant", "the Asaluyeh
special economic zone". The name on the facility is its town's, even where NER took it
for a person or the gazetteer also knows a province of that name."""

from __future__ import annotations

from spacy.tokens import Span

from unrest.extract._where_context import SITE_NOUNS

__all__ = ["FACILITY_NOUNS", "names_facility"]

#: Facilities named after their town ("the Bushehr petrochemical plant").
FACILITY_NOUNS = SITE_NOUNS | {
    "plant",
    "plants",
    "refinery",
    "factory",
    "hospital",
    "complex",
    "mosque",
    "port",
    "mine",
    "terminal",
    "zone",
}


def names_facility(span: Span) -> bool:
    """Whether ``span`` names a facility ("the Bushehr petrochemical plant")."""
    head = span.root.head
    while head.dep_ == "compound" and head.head is not head:  # "X oil refinery"
        head = head.head
    return (
        span.root.dep_ in ("compound", "poss", "nmod")
        and head.lower_ in FACILITY_NOUNS
        and not any(t.lower_ in ("province", "provinces") for t in span)
    )
