"""Facilities named after their town: "the Bushehr petrochemical plant", "the Asaluyeh
special economic zone"; and a facility placed "in" a name ("a petrochemical plant in
Bushehr") is in its town. The name on the facility is its town's, even where NER took it
for a person or the gazetteer also knows a province of that name. But a facility that
the sentence places in another city ("Insein Prison in Yangon") is that city's: its name
is no second place."""

from __future__ import annotations

from typing import Protocol, TypeVar

from spacy.tokens import Span

from unrest.extract._gazetteer import Entry
from unrest.extract._where_context import SITE_NOUNS

__all__ = ["FACILITY_NOUNS", "located_facilities", "names_facility", "sited_in"]

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
    while head.dep_ == "compound" and head.head.i != head.i:  # "X oil refinery"
        head = head.head
    return (
        span.root.dep_ in ("compound", "poss", "nmod")
        and head.lower_ in FACILITY_NOUNS
        and not any(t.lower_ in ("province", "provinces") for t in span)
    )


def sited_in(span: Span) -> bool:
    """Whether ``span`` places a facility ("a petrochemical plant in Bushehr"): a plant,
    a prison or a square lies in a town, not across a province of the same name."""
    prep = span.root.head
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.lower_ in FACILITY_NOUNS
        and not any(t.lower_ in ("province", "provinces") for t in span)
    )


class _Placed(Protocol):
    """A toponym: its words and its gazetteer entry."""

    @property
    def span(self) -> Span:
        """The words of the toponym."""

    @property
    def entry(self) -> Entry:
        """Its gazetteer entry."""


_T = TypeVar("_T", bound=_Placed)
#: Prepositions that place a facility in a city ("Insein Prison in Yangon").
_LOCATING = {"in", "near", "outside", "at"}
#: Words of a facility's kind after its name ("X detention centre", "X central prison").
_KIND_WORDS = FACILITY_NOUNS | {"jail", "centre", "center", "detention", "central", "camp"}
#: How many words of kind may follow the name.
_KIND_SPAN = 3


def _located_in(top: _Placed, tops: list[_T]) -> bool:
    """Whether ``top`` names a facility that the sentence puts in another city:
    "X Prison in Y" (the prison is Y's; X is only its name)."""
    doc = top.span.doc
    i = top.span.end
    words = 0
    while i < len(doc) and words < _KIND_SPAN and doc[i].lower_ in _KIND_WORDS:
        i, words = i + 1, words + 1
    if not words or i >= len(doc) or doc[i].lower_ not in _LOCATING:
        return False
    start = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
    return any(
        t.span.start == start and t.entry.kind == "city" and t.entry != top.entry for t in tops
    )


def located_facilities(tops: list[_T]) -> list[_T]:
    """``tops`` without the cities that only name a facility placed in another city
    ("held in X Prison in Y": Y alone). A facility named after its town and placed in
    a province keeps the town ("the X refinery in Y province")."""
    return [t for t in tops if not (t.entry.kind == "city" and _located_in(t, tops))]
