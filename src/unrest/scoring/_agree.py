"""Agreement between two annotations of the same articles (inter-annotator agreement).

A second annotator's gold files are read as if they were a system's export and
scored against the reference annotation with the same matching as ``unrest eval``
(SCORING.md), on the documents both annotate.  The figures say how far two careful
people following GUIDELINES.md agree: the ceiling against which a system's
figures on the same text are read.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from unrest.errors import EvalError
from unrest.scoring._gold import GoldDoc, GoldMention
from unrest.scoring._metrics import score
from unrest.scoring._report import Report

__all__ = ["agreement", "as_records"]


def _key(doc: GoldDoc) -> str:
    return doc.url or doc.name


def _mention_record(m: GoldMention, doc_id: str, mention_id: str) -> dict[str, Any]:
    date = None if m.date is None else {"start": m.date.start, "end": m.date.end}
    source: dict[str, Any] = {"kind": m.source_kind}
    if m.source_name is not None:
        source["name"] = m.source_name
    return {
        "kind": "mention",
        "id": mention_id,
        "document": doc_id,
        "type": m.type,
        "evidence": {"text": m.evidence},
        "date": date,
        "places": [{"country": p.country, "admin1": p.admin1, "city": p.city} for p in m.places],
        "figures": [{"kind": kind, "value": value} for kind, value in m.figures],
        "source": source,
        "event": m.event,
    }


def as_records(docs: Iterable[GoldDoc]) -> list[dict[str, Any]]:
    """Gold documents as EXPORT.md records (documents, mentions, quotes)."""
    records: list[dict[str, Any]] = []
    for i, doc in enumerate(docs):
        doc_id = f"doc-{i}"
        records.append(
            {
                "kind": "document",
                "id": doc_id,
                "path": doc.name,
                "url": doc.url,
                "published": {"value": doc.published, "method": "given"},
            }
        )
        records.extend(
            _mention_record(m, doc_id, f"men-{i}-{j}") for j, m in enumerate(doc.mentions)
        )
        records.extend(
            {"kind": "quote", "document": doc_id, "speaker": {"name": q.speaker}, "text": q.text}
            for q in doc.quotes
        )
    return records


def agreement(
    reference: list[GoldDoc],
    other: list[GoldDoc],
    *,
    place_aliases: dict[str, str] | None = None,
) -> Report:
    """Score ``other`` against ``reference`` on the documents both annotate.

    Raises :class:`EvalError` when they share no document (matched by ``url``,
    else by file name).
    """
    theirs = {_key(d) for d in other}
    shared = [d for d in reference if _key(d) in theirs]
    if not shared:
        raise EvalError(
            "the two annotations share no document: gold files are matched by 'url', "
            "else by file name; annotate the same articles under the same names"
        )
    ours = {_key(d) for d in shared}
    records = as_records(d for d in other if _key(d) in ours)
    return score(shared, records, place_aliases=place_aliases)
