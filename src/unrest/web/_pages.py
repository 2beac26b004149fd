"""The HTML pages: events (filters, timeline, map), one event, one document, documents."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from unrest.model import EVENT_TYPES
from unrest.web import _data
from unrest.web._api import FilterDep, StoreDep

TEMPLATES = Path(__file__).parent / "templates"

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES),
    autoescape=True,  # every {{ value }} is HTML-escaped: article text is untrusted
    undefined=jinja2.StrictUndefined,
)
_env.filters["safe_url"] = _data.safe_url
templates = Jinja2Templates(env=_env)
router = APIRouter(include_in_schema=False)


def _page(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    context = {"event_types": EVENT_TYPES, **context}
    return templates.TemplateResponse(request, name, context, status_code=status)


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request, store: StoreDep, f: FilterDep) -> HTMLResponse:
    data = _data.Dataset.load(store)
    rows = _data.list_events(data, f)
    points = [
        {"lat": p["lat"], "lon": p["lon"], "name": p["name"], "event": r["id"], "type": r["type"]}
        for r in rows
        for p in r["places"]
        if p["lat"] is not None and p["lon"] is not None
    ]
    context = {
        "rows": rows,
        "filters": f,
        "facets": _data.facets(data),
        "total": len(data.events),
        "map_data": {"points": points, "timeline": _data.timeline(rows)},
    }
    return _page(request, "events.html", context)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, event_id: str) -> HTMLResponse:
    data = _data.Dataset.load(store)
    try:
        ev = _data.event_detail(data, event_id)
    except _data.NotFound as exc:
        return _page(request, "error.html", {"message": str(exc)}, 404)
    points = [
        {"lat": p["lat"], "lon": p["lon"], "name": p["name"], "event": ev["id"], "type": ev["type"]}
        for p in ev["places"]
        if p["lat"] is not None and p["lon"] is not None
    ]
    return _page(request, "event.html", {"ev": ev, "map_data": {"points": points}})


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, store: StoreDep) -> HTMLResponse:
    docs = _data.document_list(_data.Dataset.load(store))
    return _page(request, "documents.html", {"docs": docs})


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, store: StoreDep, doc_id: str) -> HTMLResponse:
    data = _data.Dataset.load(store)
    try:
        doc = _data.document_detail(data, doc_id, list(store.quotes(doc_id)))
    except _data.NotFound as exc:
        return _page(request, "error.html", {"message": str(exc)}, 404)
    return _page(request, "document.html", {"doc": doc})
