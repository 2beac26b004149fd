"""Merge: mentions of one real event become one :class:`~unrest.model.Event`.

This first version groups mentions by a blocking key (type, month or year of
the date, country and province) and keeps every figure side by side with the
mentions and sources that assert it. Ids are hashes of the key, so they do not
depend on the order in which articles were ingested.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable

from unrest.model import Article, DateValue, Event, Mention, Place


def event_key(mention: Mention) -> tuple[str, str, str, str]:
    """The blocking key of a mention: type, month (or year), country, province."""
    when = mention.date.start[:7] if mention.date else "?"
    first = mention.places[0] if mention.places else None
    country = first.country if first else "?"
    admin1 = (first.admin1 or "") if first else ""
    return (mention.type, when, country, admin1)


def merge(mentions: Iterable[Mention], documents: dict[str, Article] | None = None) -> list[Event]:
    """Group ``mentions`` into events; ``documents`` (by id) supply outlets for sources."""
    groups: dict[tuple[str, str, str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[event_key(m)].append(m)
    events = [
        _event(key, sorted(ms, key=lambda m: m.id), documents or {}) for key, ms in groups.items()
    ]
    return sorted(events, key=lambda e: e.id)


def _event(key: tuple[str, str, str, str], ms: list[Mention], docs: dict[str, Article]) -> Event:
    etype, when, country, admin1 = key
    digest = hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()[:16]
    places = _places(ms)
    where = places[0].admin1 or places[0].country if places else "unknown place"
    label = f"{etype.replace('_', ' ')} · {where} · {when if when != '?' else 'undated'}"
    return Event(
        id=f"evt-{digest}",
        type=etype,
        label=label,
        date=_span(ms),
        places=places,
        mentions=tuple(m.id for m in ms),
        figures=_claims(ms, docs),
    )


def _span(ms: list[Mention]) -> DateValue | None:
    dated = [m.date for m in ms if m.date]
    if not dated:
        return None
    start = min(dated, key=lambda d: d.start)
    end = max(dated, key=lambda d: d.end)
    return DateValue(start.start, end.end, start.precision)


def _places(ms: list[Mention]) -> tuple[Place, ...]:
    seen: dict[tuple[str, str | None, str | None], Place] = {}
    for m in ms:
        for p in m.places:
            seen.setdefault((p.country, p.admin1, p.city), p)
    return tuple(seen[k] for k in sorted(seen, key=lambda k: tuple(x or "" for x in k)))


def _claims(ms: list[Mention], docs: dict[str, Article]) -> dict[str, list[dict[str, object]]]:
    """Per figure kind, each distinct (value, qualifier) with the mentions and sources."""
    table: dict[str, dict[tuple[int, str | None], dict[str, list[object]]]] = defaultdict(dict)
    for m in ms:
        doc = docs.get(m.document)
        for f in m.figures:
            claim = table[f.kind].setdefault(
                (f.value, f.qualifier), {"mentions": [], "sources": []}
            )
            claim["mentions"].append(m.id)
            source: dict[str, object] = {"kind": m.source.kind, "document": m.document}
            if m.source.name:
                source["name"] = m.source.name
            if doc and doc.outlet:
                source["outlet"] = doc.outlet
            if source not in claim["sources"]:
                claim["sources"].append(source)
    return {
        kind: [
            {"value": value, "qualifier": qualifier, **claim}
            for (value, qualifier), claim in sorted(
                claims.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")
            )
        ]
        for kind, claims in sorted(table.items())
    }
