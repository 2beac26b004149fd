"""Read the stored dataset into plain, JSON-ready dictionaries for the pages and the API.

Every function takes an open store and returns dicts and lists of str/int/float/None only, so
the API can return them as they are and the templates escape every string they show.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from unrest.errors import UnrestError
from unrest.model import Article, Event, Mention, Place, Quote
from unrest.store import Store
from unrest.web._highlight import context_window, segments

CONTEXT_CHARS = 320


class NotFound(UnrestError):
    """An event or document id that is not in the database."""


@dataclass
class Dataset:
    """Everything the pages need, read once per request."""

    documents: dict[str, Article]
    mentions: dict[str, Mention]
    events: list[Event]
    by_event: dict[str, list[Mention]] = field(default_factory=dict)

    @classmethod
    def load(cls, store: Store) -> Dataset:
        docs = {d.id: d for d in store.documents()}
        mentions = {m.id: m for m in store.mentions()}
        events = list(store.events())
        data = cls(docs, mentions, events)
        for ev in events:
            data.by_event[ev.id] = [mentions[m] for m in ev.mentions if m in mentions]
        return data


@dataclass(frozen=True)
class EventFilter:
    """Filters of the events page; empty values filter nothing."""

    type: str = ""
    start: str = ""
    end: str = ""
    place: str = ""
    outlet: str = ""
    q: str = ""

    def active(self) -> bool:
        return any(dataclasses.astuple(self))


def place_dict(p: Place) -> dict[str, Any]:
    """A place as a dict with a display ``name`` (city, province, country)."""
    out = dataclasses.asdict(p)
    out["name"] = ", ".join(x for x in (p.city, p.admin1, p.country) if x)
    return out


def _date(start: str | None, end: str | None, precision: str | None) -> dict[str, Any] | None:
    if not start:
        return None
    return {"start": start, "end": end or start, "precision": precision}


def _outlet(doc: Article | None) -> str | None:
    if doc is None:
        return None
    return doc.outlet or doc.title or doc.path


def event_summary(data: Dataset, ev: Event) -> dict[str, Any]:
    """One row of the events list: what, when, where, how many reports, from which outlets."""
    mentions = data.by_event.get(ev.id, [])
    docs = list(dict.fromkeys(m.document for m in mentions))
    outlets = sorted({o for d in docs if (o := _outlet(data.documents.get(d)))})
    figures = {
        kind: [c.get("value") for c in claims if isinstance(c, dict)]
        for kind, claims in (ev.figures or {}).items()
        if isinstance(claims, list)
    }
    return {
        "id": ev.id,
        "type": ev.type,
        "label": ev.label,
        "date": _date(ev.date.start, ev.date.end, ev.date.precision) if ev.date else None,
        "places": [place_dict(p) for p in ev.places],
        "mentions": len(ev.mentions),
        "documents": docs,
        "outlets": outlets,
        "figures": figures,
    }


def _matches(data: Dataset, ev: Event, row: dict[str, Any], f: EventFilter) -> bool:
    if f.type and ev.type != f.type:
        return False
    if f.start and (not ev.date or (ev.date.end or ev.date.start) < f.start):
        return False
    if f.end and (not ev.date or ev.date.start[: len(f.end)] > f.end):
        return False
    if f.place and not any(f.place.lower() in p["name"].lower() for p in row["places"]):
        return False
    if f.outlet and f.outlet not in row["outlets"]:
        return False
    if f.q:
        needle = f.q.lower()
        texts = [ev.label] + [m.evidence.text for m in data.by_event.get(ev.id, [])]
        if not any(needle in t.lower() for t in texts):
            return False
    return True


def list_events(data: Dataset, f: EventFilter) -> list[dict[str, Any]]:
    """Event rows that pass the filter, in date order (undated last)."""
    rows = []
    for ev in data.events:
        row = event_summary(data, ev)
        if _matches(data, ev, row, f):
            rows.append(row)
    rows.sort(key=lambda r: (r["date"] is None, r["date"]["start"] if r["date"] else "", r["id"]))
    return rows


def timeline(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event counts per month (``YYYY-MM``; year-precision dates count as ``YYYY``)."""
    counts: Counter[tuple[str, str]] = Counter()
    for row in rows:
        if row["date"]:
            counts[(row["date"]["start"][:7], row["type"])] += 1
    periods: dict[str, dict[str, int]] = {}
    for (period, kind), n in sorted(counts.items()):
        periods.setdefault(period, {})[kind] = n
    return [
        {"period": p, "count": sum(k.values()), "by_type": k} for p, k in sorted(periods.items())
    ]


def facets(data: Dataset) -> dict[str, list[str]]:
    """Values offered by the filters: types, outlets and places present in the data."""
    outlets = {o for d in data.documents.values() if (o := _outlet(d))}
    places = {place_dict(p)["name"] for ev in data.events for p in ev.places}
    return {
        "types": sorted({ev.type for ev in data.events}),
        "outlets": sorted(outlets),
        "places": sorted(places),
    }


def mention_dict(data: Dataset, m: Mention, *, context: bool = False) -> dict[str, Any]:
    """A mention with its evidence, date, places, figures, actors and source."""
    doc = data.documents.get(m.document)
    out: dict[str, Any] = {
        "id": m.id,
        "document": m.document,
        "event": m.event,
        "type": m.type,
        "evidence": dataclasses.asdict(m.evidence),
        "trigger": dataclasses.asdict(m.trigger),
        "date": dataclasses.asdict(m.date) if m.date else None,
        "places": [place_dict(p) for p in m.places],
        "figures": [dataclasses.asdict(f) for f in m.figures],
        "actors": [dataclasses.asdict(a) for a in m.actors],
        "source": dataclasses.asdict(m.source),
        "modality": m.modality,
        "confidence": m.confidence,
        "outlet": _outlet(doc),
    }
    if context and doc is not None:
        out["context"] = context_window(doc.text, m.evidence.start, m.evidence.end, CONTEXT_CHARS)
        out["published"] = dataclasses.asdict(doc.published)
    return out


def _source_is_independent(source: dict[str, Any]) -> bool | None:
    """Whether a claim's source is an origin of its own (None when that cannot be told)."""
    flag = source.get("independent")
    if isinstance(flag, bool):
        return flag
    kind = source.get("kind")
    if kind in ("person", "organization"):
        return True
    if kind in ("author", "unnamed"):
        return False
    return None


def _origins(claim: dict[str, Any], sources: list[dict[str, Any]]) -> int:
    value = claim.get("origins")
    if isinstance(value, int):
        return value
    if isinstance(value, list):
        return len(value)
    keys = {(s.get("name") or s.get("outlet") or s.get("document")) for s in sources}
    return len(keys)


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []


def _evidence_of(data: Dataset, mentions: list[str], document: object) -> str | None:
    """The claim's mention in ``document`` (its evidence), else its first mention."""
    for mid in mentions:
        m = data.mentions.get(mid)
        if m is not None and m.document == document:
            return mid
    return mentions[0] if mentions else None


def figure_claims(data: Dataset, ev: Event) -> list[dict[str, Any]]:
    """Competing figures of an event: one entry per kind, each claim with its sources."""
    out = []
    for kind, claims in sorted((ev.figures or {}).items()):
        if not isinstance(claims, list):
            continue
        rows = []
        for claim in claims:
            if not isinstance(claim, dict):
                continue
            mentions = [str(x) for x in _as_list(claim.get("mentions"))]
            sources: list[dict[str, Any]] = [
                dict(s) for s in _as_list(claim.get("sources")) if isinstance(s, dict)
            ]
            if not sources:
                sources = [{"kind": "unnamed", "document": None}]
            for s in sources:
                for key in ("kind", "name", "document"):
                    s.setdefault(key, None)
                s["independent"] = _source_is_independent(s)
                s.setdefault("outlet", _outlet(data.documents.get(str(s.get("document")))))
                s["mention"] = _evidence_of(data, mentions, s.get("document"))
            rows.append(
                {
                    "value": claim.get("value"),
                    "qualifier": claim.get("qualifier"),
                    "mentions": mentions,
                    "sources": sources,
                    "origins": _origins(claim, sources),
                }
            )
        top = max((r["value"] for r in rows if isinstance(r["value"], int | float)), default=0)
        out.append({"kind": kind, "claims": rows, "max": top})
    return out


def event_detail(data: Dataset, event_id: str) -> dict[str, Any]:
    """An event with its mentions (evidence in context), figure claims and date resolution."""
    ev = next((e for e in data.events if e.id == event_id), None)
    if ev is None:
        raise NotFound(f"no event {event_id!r} in this database")
    out = event_summary(data, ev)
    out["mention_list"] = [mention_dict(data, m, context=True) for m in data.by_event[ev.id]]
    out["claims"] = figure_claims(data, ev)
    out["summary"] = {
        k: v for k, v in (ev.figures or {}).items() if not isinstance(v, list)
    } or None
    return out


def document_list(data: Dataset) -> list[dict[str, Any]]:
    """Stored documents with their publication dates and counts of mentions."""
    counts = Counter(m.document for m in data.mentions.values())
    return [
        {
            "id": d.id,
            "path": d.path,
            "title": d.title,
            "outlet": d.outlet,
            "url": d.url,
            "published": dataclasses.asdict(d.published),
            "mentions": counts[d.id],
        }
        for d in data.documents.values()
    ]


def document_detail(data: Dataset, doc_id: str, quotes: list[Quote]) -> dict[str, Any]:
    """An article's clean text cut into highlighted segments, with its mentions and quotes."""
    doc = data.documents.get(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r} in this database")
    mentions = [m for m in data.mentions.values() if m.document == doc_id]
    mentions.sort(key=lambda m: (m.evidence.start, m.trigger.start))
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "outlet": doc.outlet,
        "url": doc.url,
        "published": dataclasses.asdict(doc.published),
        "text": doc.text,
        "segments": segments(doc.text, mentions, quotes),
        "mentions": [mention_dict(data, m) for m in mentions],
        "quotes": [dataclasses.asdict(q) for q in quotes],
    }


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None (never a ``javascript:`` link)."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None
