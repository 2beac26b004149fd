"""Merge: mentions of one real event, across all stored articles, become one :class:`Event`.

Mentions are blocked by (type, country) and clustered inside each block by
date compatibility at each mention's precision (a month-level mention fits a
day inside that month), place compatibility (a country-level mention fits any
province of it; different provinces need shared wording), shared distinctive
wording (named events, the uprising's trigger) and shared actors.  See
:mod:`unrest.merge._cluster`.

Every figure is kept side by side as claims with their sources and the number
of independent origins (near-duplicate sentences count once), with a summary:
lowest, highest, and the conservative figure ACLED would code.

Event ids are a hash of the founding mention (the finest-dated, earliest, then
smallest id), so they depend only on the set of mentions, not on their order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from unrest.merge._claims import claims, conservative, near_duplicate, origins, summary
from unrest.merge._cluster import cluster
from unrest.merge._features import Features, document_countries, features
from unrest.merge._filters import EventFilter, matches
from unrest.model import Actor, Article, DateValue, Event, Mention, Place

__all__ = [
    "EventFilter",
    "conservative",
    "event_id",
    "matches",
    "merge",
    "near_duplicate",
    "origins",
]


def merge(mentions: Iterable[Mention], documents: dict[str, Article] | None = None) -> list[Event]:
    """Group ``mentions`` into events, sorted by id; ``documents`` (by id) supply outlets."""
    unique = {m.id: m for m in mentions}
    ms = [unique[k] for k in sorted(unique)]
    countries = document_countries(ms)
    feats = [features(m, countries.get(m.document)) for m in ms]
    events = [_event(group, documents or {}) for group in cluster(feats)]
    return sorted(events, key=lambda e: e.id)


def event_id(founder: Mention) -> str:
    """The id of the event founded by ``founder``."""
    return "evt-" + hashlib.sha256(founder.id.encode("utf-8")).hexdigest()[:16]


def _event(group: list[Features], docs: dict[str, Article]) -> Event:
    ms = sorted((f.mention for f in group), key=lambda m: m.id)
    table = claims(ms, docs)
    date = _span(group)
    places = _places(ms)
    return Event(
        id=event_id(group[0].mention),
        type=group[0].mention.type,
        label=_label(group[0], places, date),
        date=date,
        places=places,
        mentions=tuple(m.id for m in ms),
        figures=table,
        summary=summary(table),
        actors=_actors(ms),
        documents=tuple(sorted({m.document for m in ms})),
    )


def _label(founder: Features, places: tuple[Place, ...], date: DateValue | None) -> str:
    kind = founder.mention.type.replace("_", " ")
    admin1 = sorted({p.admin1 for p in places if p.admin1})
    if len(admin1) == 1:
        where = admin1[0]
    elif admin1:
        where = f"{founder.country} ({len(admin1)} provinces)"
    else:
        where = founder.country if founder.country != "?" else "unknown place"
    when = "undated"
    if date:
        when = date.start if date.start[:7] == date.end[:7] else f"{date.start}/{date.end}"
    return f"{kind} · {where} · {when}"


def _span(group: list[Features]) -> DateValue | None:
    """From the earliest start to the latest end of the dated mentions up to a quarter long
    (of all dated mentions when none is that fine)."""
    dated = [f for f in group if f.start is not None and f.end is not None]
    if not dated:
        return None
    core = [f for f in dated if f.rank <= 2] or dated
    first = min(core, key=lambda f: (f.start or 0, -len(_date(f).start)))
    last = max(core, key=lambda f: (f.end or 0, -len(_date(f).end or "")))
    start, end = _date(first), _date(last)
    return DateValue(start.start, end.end or end.start, start.precision)


def _date(f: Features) -> DateValue:
    if f.mention.date is None:
        raise ValueError(f"mention {f.mention.id} has no date")
    return f.mention.date


def _places(ms: list[Mention]) -> tuple[Place, ...]:
    seen: dict[tuple[str, str | None, str | None], Place] = {}
    for m in ms:
        for p in m.places:
            seen.setdefault((p.country, p.admin1, p.city), p)
    return tuple(seen[k] for k in sorted(seen, key=lambda k: tuple(x or "" for x in k)))


def _actors(ms: list[Mention]) -> tuple[Actor, ...]:
    seen: dict[tuple[str, str], Actor] = {}
    for m in ms:
        for a in m.actors:
            seen.setdefault((a.role, a.name), a)
    return tuple(seen[k] for k in sorted(seen))
