"""JSON Lines export: one object per document, mention, quote and event (EXPORT.md)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from typing import Any, TextIO

from unrest.model import Article, DateValue, Event, Mention, Place, Quote
from unrest.store import Store


def document_record(a: Article) -> dict[str, Any]:
    return {
        "kind": "document",
        "id": a.id,
        "path": a.path,
        "url": a.url,
        "title": a.title,
        "outlet": a.outlet,
        "published": {
            "value": a.published.value,
            "precision": a.published.precision,
            "method": a.published.method,
            "detail": a.published.detail,
        },
    }


def _date(d: DateValue | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {"start": d.start, "end": d.end, "precision": d.precision, "text": d.text}


def place_record(p: Place) -> dict[str, Any]:
    return dataclasses.asdict(p)


def mention_record(m: Mention) -> dict[str, Any]:
    return {
        "kind": "mention",
        "id": m.id,
        "document": m.document,
        "type": m.type,
        "evidence": {"text": m.evidence.text, "start": m.evidence.start, "end": m.evidence.end},
        "trigger": {"text": m.trigger.text, "start": m.trigger.start, "end": m.trigger.end},
        "date": _date(m.date),
        "places": [place_record(p) for p in m.places],
        "figures": [
            {
                "kind": f.kind,
                "value": f.value,
                "qualifier": f.qualifier,
                "unit": f.unit,
                "text": f.text,
            }
            for f in m.figures
        ],
        "actors": [
            {"role": a.role, "name": a.name, "text": a.text, "kind": a.kind} for a in m.actors
        ],
        "source": {"kind": m.source.kind, "name": m.source.name, "text": m.source.text},
        "modality": m.modality,
        "event": m.event,
        "confidence": round(m.confidence, 3),
    }


def quote_record(q: Quote) -> dict[str, Any]:
    return {
        "kind": "quote",
        "id": q.id,
        "document": q.document,
        "speaker": {"name": q.speaker},
        "text": q.text,
        "start": q.start,
        "end": q.end,
    }


def event_record(e: Event) -> dict[str, Any]:
    return {
        "kind": "event",
        "id": e.id,
        "type": e.type,
        "label": e.label,
        "date": _date(e.date),
        "places": [place_record(p) for p in e.places],
        "mentions": list(e.mentions),
        "figures": e.figures,
        "summary": e.summary,
        "actors": [
            {"role": a.role, "name": a.name, "text": a.text, "kind": a.kind} for a in e.actors
        ],
        "documents": list(e.documents),
    }


def records(store: Store) -> Iterator[dict[str, Any]]:
    """Every record: each document with its mentions and quotes, then the events."""
    for doc in store.documents():
        yield document_record(doc)
        for m in store.mentions(doc.id):
            yield mention_record(m)
        for q in store.quotes(doc.id):
            yield quote_record(q)
    for e in store.events():
        yield event_record(e)


def write_jsonl(store: Store, out: TextIO) -> int:
    """Write every record as one JSON object per line; returns the number of lines."""
    n = 0
    for rec in records(store):
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n
