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
from unrest.scoring._metrics import (
    _max_matching,
    _PlaceFolder,
    _unique,
    date_correct,
    match_documents,
    match_mentions,
    match_quotes,
    score,
    source_correct,
)
from unrest.scoring._records import PredMention, read_records
from unrest.scoring._report import Report

__all__ = ["agreement", "as_records", "disagreements"]


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


def disagreements(
    reference: list[GoldDoc],
    other: list[GoldDoc],
    *,
    place_aliases: dict[str, str] | None = None,
) -> list[str]:
    """Where ``other`` differs from ``reference``, one line per item, under a line
    per shared document: mentions and quotes only one side has, and the date,
    places, figures or source of mentions both have (for adjudication)."""
    folder = _PlaceFolder.build(place_aliases)
    pairs, _ = match_documents(reference, read_records(as_records(other)))
    lines: list[str] = []
    for gold, pred in pairs:
        if pred is None:
            continue
        lines.append(f"== {gold.name}")
        matched = match_mentions(gold, pred)
        ours, theirs = {id(g) for g, _ in matched}, {id(p) for _, p in matched}
        lines += [
            f"  only in reference [{m.type}] {m.evidence}"
            for m in gold.mentions
            if id(m) not in ours
        ]
        lines += [
            f"  only in other [{m.type}] {m.evidence}" for m in pred.mentions if id(m) not in theirs
        ]
        for g, p in matched:
            lines += [
                f"  {what} [{g.type}] {g.evidence}" for what in _field_differences(g, p, folder)
            ]
        quoted = match_quotes(gold, pred)
        q_ours, q_theirs = {i for i, _ in quoted}, {j for _, j in quoted}
        lines += [
            f"  quote only in reference ({q.speaker}) {q.text}"
            for i, q in enumerate(gold.quotes)
            if i not in q_ours
        ]
        lines += [
            f"  quote only in other ({q.speaker}) {q.text}"
            for j, q in enumerate(pred.quotes)
            if j not in q_theirs
        ]
    return lines


def _field_differences(gold: GoldMention, pred: PredMention, folder: _PlaceFolder) -> list[str]:
    """The scored fields on which a matched pair differs, each as "field: ours | theirs"."""
    out: list[str] = []
    if gold.date is not None and not date_correct(gold.date, pred.date):
        theirs = "none" if pred.date is None else "..".join(str(v) for v in pred.date)
        out.append(f"date: {gold.date.start}..{gold.date.end} | {theirs}")
    golds = _unique(folder.triple(p.country, p.admin1, p.city) for p in gold.places)
    preds = _unique(folder.triple(*p) for p in pred.places)
    if len(golds) != len(preds) or _max_matching(golds, preds) != len(golds):
        out.append(f"places: {golds} | {preds}")
    if sorted(set(gold.figures)) != sorted(set(pred.figures)):
        out.append(f"figures: {sorted(set(gold.figures))} | {sorted(set(pred.figures))}")
    if not source_correct(gold, pred):
        out.append(
            f"source: {gold.source_kind}:{gold.source_name} | {pred.source_kind}:{pred.source_name}"
        )
    return out
