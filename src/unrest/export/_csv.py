"""CSV export of mentions: one row per mention, lists joined with '; '."""

from __future__ import annotations

import csv
from typing import TextIO

from unrest.model import Figure, Place
from unrest.store import Store

MENTION_COLUMNS = (
    "mention_id",
    "document_id",
    "document_path",
    "outlet",
    "published",
    "type",
    "date_start",
    "date_end",
    "date_precision",
    "date_text",
    "places",
    "figures",
    "source_kind",
    "source_name",
    "modality",
    "confidence",
    "event",
    "trigger",
    "evidence",
)


def _place(p: Place) -> str:
    return ", ".join(x for x in (p.city, p.admin1, p.country) if x)


def _figure(f: Figure) -> str:
    parts = [f.kind, f.qualifier or "", str(f.value), f.unit or ""]
    return " ".join(p for p in parts if p)


def write_csv(store: Store, out: TextIO) -> int:
    """Write one CSV row per mention (with a header); returns the number of rows."""
    docs = {d.id: d for d in store.documents()}
    writer = csv.writer(out)
    writer.writerow(MENTION_COLUMNS)
    n = 0
    for m in store.mentions():
        doc = docs[m.document]
        writer.writerow(
            [
                m.id,
                m.document,
                doc.path,
                doc.outlet or "",
                doc.published.value or "",
                m.type,
                m.date.start if m.date else "",
                m.date.end if m.date else "",
                m.date.precision if m.date else "",
                (m.date.text or "") if m.date else "",
                "; ".join(_place(p) for p in m.places),
                "; ".join(_figure(f) for f in m.figures),
                m.source.kind,
                m.source.name or "",
                m.modality,
                f"{m.confidence:.3f}",
                m.event or "",
                m.trigger.text,
                m.evidence.text,
            ]
        )
        n += 1
    return n
