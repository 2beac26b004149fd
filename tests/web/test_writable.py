"""A server started writable ingests a posted article through the real pipeline; the article's
hostile markup is then shown as text, never as markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from unrest.store import open_store
from unrest.web import create_app

HOSTILE_PAGE = (
    "<html><head><title>Strike news</title>"
    '<meta property="article:published_time" content="2022-02-03"></head><body><article>'
    "<p>Riot police arrested 25 bus drivers in Tabriz on Monday, the drivers' union said."
    '<script>window.__xss = 1</script> <img src="x" onerror="window.__xss = 2"></p>'
    '<p>Hundreds of drivers protested outside the city hall <a href="javascript:alert(1)">'
    "demanding</a> the release of their colleagues.</p></article></body></html>"
)
HOSTILE_TEXT = (
    "Riot police arrested 25 bus drivers in Tabriz on 3 February 2022, the drivers' union said."
    ' <script>window.__xss = 1</script> <img src=x onerror="window.__xss = 2">\n\n'
    'Hundreds of drivers protested <a href="javascript:alert(1)">outside city hall</a>.'
)


@pytest.mark.slow
@pytest.mark.parametrize("field, body", [("html", HOSTILE_PAGE), ("text", HOSTILE_TEXT)])
def test_posted_hostile_article_is_stored_and_shown_inert(
    tmp_path: Path, field: str, body: str
) -> None:
    db = tmp_path / "w.db"
    open_store(db).close()
    client = TestClient(create_app(db, writable=True))
    report = client.post("/api/documents", json={field: body, "url": "javascript:alert(1)"})
    assert report.status_code == 200, report.text
    assert report.json()["stored"] == 1 and report.json()["mentions"] >= 1
    (doc,) = client.get("/api/documents").json()
    pages = [f"/documents/{doc['id']}", "/", "/documents"]
    pages += [f"/events/{e['id']}" for e in client.get("/api/events").json()["events"]]
    for url in pages:
        html = client.get(url).text
        assert not re.search(r"<script>|<img |onerror=\"|href=\"javascript:", html, re.I), url
    assert "arrested" in client.get(f"/documents/{doc['id']}").text


def test_post_needs_text_or_html(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    open_store(db).close()
    client = TestClient(create_app(db, writable=True))
    assert client.post("/api/documents", json={"title": "nothing"}).status_code == 422
