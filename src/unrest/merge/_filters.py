"""Filters of events for the ``unrest events`` view: type, date range, place, text."""

from __future__ import annotations

from dataclasses import dataclass

from unrest.errors import UnrestError
from unrest.model import EVENT_TYPES, Event


@dataclass(frozen=True)
class EventFilter:
    """Conditions an event must meet; None means any.

    ``since``/``until`` are ISO dates at any precision compared at the event's
    overlap (an event of 2019-11 matches ``since="2019-11-20"``); ``place``
    matches a country code, province or city (case-insensitive); ``text``
    matches the label, a place or an actor name.
    """

    type: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    text: str | None = None

    def __post_init__(self) -> None:
        if self.type is not None and self.type not in EVENT_TYPES:
            raise UnrestError(f"unknown type {self.type!r}; valid: {', '.join(EVENT_TYPES)}")


def matches(event: Event, flt: EventFilter) -> bool:
    """True when ``event`` meets every condition of ``flt``."""
    if flt.type and event.type != flt.type:
        return False
    if (flt.since or flt.until) and not _dates_match(event, flt.since, flt.until):
        return False
    if flt.place and not _place_match(event, flt.place.strip().lower()):
        return False
    return not flt.text or _text_match(event, flt.text.strip().lower())


def _dates_match(event: Event, since: str | None, until: str | None) -> bool:
    if event.date is None:
        return False
    start, end = event.date.start, event.date.end or event.date.start
    if since and end[: len(since)] < since[: len(end)]:
        return False
    return not (until and start[: len(until)] > until[: len(start)])


def _place_match(event: Event, want: str) -> bool:
    return any(
        want in {(p.country or "").lower(), (p.admin1 or "").lower(), (p.city or "").lower()}
        for p in event.places
    )


def _text_match(event: Event, want: str) -> bool:
    hay = [event.label, *(p.text or "" for p in event.places), *(a.name for a in event.actors)]
    for claims in event.figures.values():
        for claim in claims:
            sources = claim.get("sources")
            if isinstance(sources, list):
                hay += [str(s.get("evidence", "")) for s in sources if isinstance(s, dict)]
    return any(want in h.lower() for h in hay)
