"""In-process tests of every route, the API schema, escaping and the server's safety rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import CALM_ID, HOSTILE_ID
from unrest.errors import StoreError
from unrest.web import create_app


@pytest.fixture(scope="module")
def client(web_db: Path) -> TestClient:
    return TestClient(create_app(web_db))


def test_events_page_lists_and_filters(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.text.count('class="event-row"') == 4
    attacks = client.get("/", params={"type": "attack"}).text
    assert attacks.count('class="event-row"') == 1 and "/events/evt-killings" in attacks
    assert client.get("/", params={"place": "ahvaz"}).text.count('class="event-row"') == 2
    assert client.get("/", params={"q": "unpaid wages"}).text.count('class="event-row"') == 1
    assert client.get("/", params={"start": "2021-04"}).text.count('class="event-row"') == 2
    assert client.get("/", params={"end": "2021-03"}).text.count('class="event-row"') == 3
    only = client.get("/", params={"outlet": "Northgate Wire"}).text
    assert only.count('class="event-row"') == 3


def test_api_events_has_timeline_and_filters(client: TestClient) -> None:
    body = client.get("/api/events", params={"type": "protest"}).json()
    assert body["count"] == 1 and body["filters"] == {"type": "protest"}
    assert body["timeline"] == [{"period": "2021-03", "count": 1, "by_type": {"protest": 1}}]
    facets = client.get("/api/facets").json()
    assert facets["types"] == ["arrest", "attack", "protest", "strike"]
    assert "Shiraz, Fars, IR" in facets["places"]


def test_event_page_shows_competing_figures_with_evidence(client: TestClient) -> None:
    page = client.get("/events/evt-killings")
    assert page.status_code == 200
    html = page.text
    assert html.count('class="bar indep"') == 2  # two named sources, one bar each
    assert 'href="#ev-men-calm-2"' in html and 'id="ev-men-calm-2"' in html
    mark = re.search(r'<mark class="evidence">([^<]*)</mark>', html)
    assert mark and mark.group(1).startswith("Security forces killed at least 12")
    assert "on 4 March 2021" in html and "dateline (byline)" in html


def test_api_event_claims_and_contexts(client: TestClient) -> None:
    ev = client.get("/api/events/evt-killings").json()
    claims = ev["claims"][0]["claims"]
    assert [c["value"] for c in claims] == [12, 30]
    assert claims[0]["origins"] == 1 and claims[0]["sources"][0]["mention"] == "men-calm-2"
    assert claims[1]["origins"] == 1  # computed when the store has no count
    first = ev["mention_list"][0]
    assert first["context"]["evidence"] == first["evidence"]["text"]
    assert first["published"]["method"] == "dateline"


def test_document_page_highlights_mentions_quotes_sources(client: TestClient) -> None:
    html = client.get(f"/documents/{CALM_ID}").text
    assert 'id="m-men-calm-2"' in html and 'id="q-quo-calm-1"' in html
    assert re.search(r'class="seg t-attack ev trig"[^>]*>killed</span>', html)
    assert re.search(r'class="seg t-attack ev src"[^>]*>Northgate Rights Watch</span>', html)
    assert 'class="seg quote"' in html
    assert "2021-03-05" in html and "dateline" in html
    doc = client.get(f"/api/documents/{CALM_ID}").json()
    assert "".join(s["text"] for s in doc["segments"]) == doc["text"]


def test_lists_and_small_endpoints(client: TestClient) -> None:
    assert client.get("/documents").status_code == 200
    assert {d["id"] for d in client.get("/api/documents").json()} == {CALM_ID, HOSTILE_ID}
    assert len(client.get("/api/mentions", params={"document": CALM_ID}).json()) == 3
    assert len(client.get("/api/mentions").json()) == 5
    assert client.get("/api/quotes").json()[0]["speaker"] == "Laleh Amiri"
    for missing in ("/events/nope", "/documents/nope", "/api/events/nope", "/api/documents/nope"):
        assert client.get(missing).status_code == 404


def test_openapi_describes_every_api_route(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/facets",
        "/api/documents",
        "/api/documents/{doc_id}",
        "/api/mentions",
        "/api/quotes",
    ):
        assert "200" in paths[path]["get"]["responses"], path
    assert "post" in paths["/api/documents"]
    components = schema["components"]["schemas"]
    assert {"EventDetail", "DocumentDetail", "Claim", "Segment"} <= set(components)
    assert "/" not in paths  # pages are not part of the API


@pytest.mark.parametrize(
    "url",
    [
        "/",
        f"/documents/{HOSTILE_ID}",
        "/events/evt-killings",
        "/events/evt-strike",
        "/documents",
        "/api/events",
    ],
)
def test_hostile_article_text_is_escaped(client: TestClient, url: str) -> None:
    response = client.get(url)
    text = response.text
    if url.startswith("/api"):  # data stays data: JSON, never sniffed as HTML
        assert response.headers["content-type"] == "application/json"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert any("onerror" in e["label"] for e in response.json()["events"])
        return
    assert "<script>window" not in text
    assert "<img src=x" not in text and "<svg onload" not in text
    assert 'href="javascript:' not in text.lower()
    assert "<b onmouseover" not in text
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert len(re.findall(r"<script(?! src=\"/static/| type=\"application/json\")", text)) == 0


def test_static_serves_only_its_folder(client: TestClient) -> None:
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/data/outlines.geojson").json()["type"] == "FeatureCollection"
    for url in (
        "/static/../__init__.py",
        "/static/%2e%2e/__init__.py",
        "/static/..%2f..%2fweb%2f__init__.py",
        "/static//etc/passwd",
    ):
        assert client.get(url).status_code == 404, url


def test_read_only_by_default(client: TestClient) -> None:
    response = client.post("/api/documents", json={"text": "Workers marched in Tabriz."})
    assert response.status_code == 403
    assert client.delete("/api/documents").status_code == 405


def test_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        create_app(tmp_path / "none.db")
