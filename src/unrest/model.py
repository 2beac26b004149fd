"""Shared value types passed between the stages.

All are frozen dataclasses: a stage returns new values and never mutates what
an earlier stage produced.  Dates are ISO strings at their precision
(``"2019"``, ``"2019-11"``, ``"2019-11-15"``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["day", "month", "year"]
DateMethod = Literal["given", "metadata", "dateline", "inferred", "unknown"]
SourceKind = Literal["author", "person", "organization", "unnamed"]

EVENT_TYPES: tuple[str, ...] = (
    "protest",
    "strike",
    "attack",
    "arrest",
    "execution",
    "sentencing",
    "censorship",
    "property_attack",
)

FIGURE_KINDS: tuple[str, ...] = (
    "killed",
    "injured",
    "arrested",
    "executed",
    "sentenced",
    "participants",
    "locations",
    "provinces",
)


def precision_of(iso: str) -> Precision:
    """The precision of an ISO date string: ``2019`` year, ``2019-11`` month, else day."""
    if len(iso) == 4:
        return "year"
    if len(iso) == 7:
        return "month"
    return "day"


@dataclass(frozen=True)
class PublishedDate:
    """When an article was published, and how that was found.

    ``method`` is one of given, metadata, dateline, inferred, unknown;
    ``detail`` says more (``"url"``, ``"meta"``, ``"events-bound"``...).
    """

    value: str | None
    method: DateMethod = "unknown"
    detail: str | None = None

    @property
    def precision(self) -> Precision | None:
        return precision_of(self.value) if self.value else None


UNKNOWN_DATE = PublishedDate(None, "unknown")


@dataclass(frozen=True)
class Article:
    """A cleaned article ready for NLP. ``id`` is a hash of the clean text."""

    id: str
    path: str
    text: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: PublishedDate = UNKNOWN_DATE


@dataclass(frozen=True)
class TextSpan:
    """A piece of the document's clean text with character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DateValue:
    """A resolved date or date range at its precision; ``text`` is what the article said."""

    start: str
    end: str
    precision: Precision
    text: str | None = None


@dataclass(frozen=True)
class Place:
    """A place with English GeoNames names; admin1/city are None when not known."""

    country: str
    admin1: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    text: str | None = None


@dataclass(frozen=True)
class Figure:
    """A number about an event, e.g. ``killed`` 1500 ``approximately``."""

    kind: str
    value: int
    qualifier: str | None = None
    unit: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Actor:
    """Who did it (``role='actor'``) or to whom (``role='target'``)."""

    role: Literal["actor", "target"]
    name: str
    text: str
    kind: str | None = None


@dataclass(frozen=True)
class Source:
    """Who asserts a mention (the article's author, a person, an organization, or unnamed)."""

    kind: SourceKind
    name: str | None = None
    text: str | None = None


AUTHOR = Source("author")


@dataclass(frozen=True)
class Mention:
    """One report of one event in one article."""

    id: str
    document: str
    type: str
    evidence: TextSpan
    trigger: TextSpan
    date: DateValue | None = None
    places: tuple[Place, ...] = ()
    figures: tuple[Figure, ...] = ()
    actors: tuple[Actor, ...] = ()
    source: Source = AUTHOR
    modality: str = "asserted"
    confidence: float = 0.5
    event: str | None = None


@dataclass(frozen=True)
class Quote:
    """A direct quotation with its speaker's fullest name in the article."""

    id: str
    document: str
    speaker: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Event:
    """Mentions of one real-world event merged into one row."""

    id: str
    type: str
    label: str
    date: DateValue | None
    places: tuple[Place, ...]
    mentions: tuple[str, ...]
    figures: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    #: per figure kind: lowest, highest, ``acled`` (the conservative figure), claims, origins
    summary: dict[str, dict[str, object]] = field(default_factory=dict)
    #: names of the actors (``role='actor'``) and targets its mentions name
    actors: tuple[Actor, ...] = ()
    #: the documents its mentions come from, sorted
    documents: tuple[str, ...] = ()
