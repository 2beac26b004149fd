"""The JSON API: everything the pages show, described by OpenAPI at ``/api/openapi.json``."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from unrest.ingest import read_file
from unrest.pipeline import ingest_articles
from unrest.store import Store
from unrest.web import _data
from unrest.web._schemas import (
    ArticleIn,
    DocumentDetail,
    DocumentRow,
    EventDetail,
    EventList,
    Facets,
    IngestOut,
    MentionOut,
    QuoteOut,
)
from unrest.web._state import open_request_store

router = APIRouter(prefix="/api", tags=["data"])
StoreDep = Annotated[Store, Depends(open_request_store)]


def event_filter(
    type: Annotated[str, Query(description="event type, e.g. protest")] = "",
    start: Annotated[str, Query(description="events ending on or after (ISO date)")] = "",
    end: Annotated[str, Query(description="events starting on or before (ISO date)")] = "",
    place: Annotated[str, Query(description="part of a place name")] = "",
    outlet: Annotated[str, Query(description="an outlet (see /api/facets)")] = "",
    q: Annotated[str, Query(description="words in the label or the evidence")] = "",
) -> _data.EventFilter:
    """The filters of the events list, from the query string."""
    return _data.EventFilter(type, start, end, place, outlet, q)


FilterDep = Annotated[_data.EventFilter, Depends(event_filter)]


def _found(action: Any, *args: Any) -> Any:
    try:
        return action(*args)
    except _data.NotFound as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc


@router.get("/events", response_model=EventList, summary="Events, filtered, with a timeline")
def api_events(store: StoreDep, f: FilterDep) -> dict[str, Any]:
    rows = _data.list_events(_data.Dataset.load(store), f)
    filters = {k: v for k, v in vars(f).items() if v}
    timeline = _data.timeline(rows)
    return {"count": len(rows), "filters": filters, "events": rows, "timeline": timeline}


@router.get("/events/{event_id}", response_model=EventDetail, summary="One event with evidence")
def api_event(store: StoreDep, event_id: str) -> dict[str, Any]:
    return _found(_data.event_detail, _data.Dataset.load(store), event_id)


@router.get("/facets", response_model=Facets, summary="Values the filters can take")
def api_facets(store: StoreDep) -> dict[str, list[str]]:
    return _data.facets(_data.Dataset.load(store))


@router.get("/documents", response_model=list[DocumentRow], summary="Stored articles")
def api_documents(store: StoreDep) -> list[dict[str, Any]]:
    return _data.document_list(_data.Dataset.load(store))


@router.get("/documents/{doc_id}", response_model=DocumentDetail, summary="An article, highlighted")
def api_document(store: StoreDep, doc_id: str) -> dict[str, Any]:
    data = _data.Dataset.load(store)
    quotes = list(store.quotes(doc_id))
    return _found(_data.document_detail, data, doc_id, quotes)


@router.get("/mentions", response_model=list[MentionOut], summary="Mentions, of one document")
def api_mentions(store: StoreDep, document: str | None = None) -> list[dict[str, Any]]:
    data = _data.Dataset.load(store)
    return [
        _data.mention_dict(data, m)
        for m in data.mentions.values()
        if document is None or m.document == document
    ]


@router.get("/quotes", response_model=list[QuoteOut], summary="Quotes, of one document")
def api_quotes(store: StoreDep, document: str | None = None) -> list[dict[str, Any]]:
    return [vars(q) for q in store.quotes(document)]


@router.post(
    "/documents",
    response_model=IngestOut,
    summary="Ingest an article (only on a server started writable)",
    responses={403: {"description": "the server is read-only"}},
)
def api_ingest(request: Request, store: StoreDep, article: ArticleIn) -> dict[str, Any]:
    if not request.app.state.writable:
        raise HTTPException(status_code=403, detail="read-only server; start it writable")
    record = article.model_dump(exclude_none=True)
    if not (record.get("text") or record.get("html")):
        raise HTTPException(status_code=422, detail="give 'text' or 'html'")
    report = ingest_articles(_posted(record), store)
    out = {k: getattr(report, k) for k in ("stored", "unchanged", "mentions", "quotes", "events")}
    out["errors"] = [str(e) for e in report.errors]
    return out


def _posted(record: dict[str, Any]) -> Iterator[Any]:
    """The posted record read through the JSON Lines reader (same checks as files)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "posted.jsonl"
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
        yield from read_file(path, display="web")
