from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.factories import article, mention, quote

from unrest.export import MENTION_COLUMNS, write_csv, write_jsonl
from unrest.merge import merge
from unrest.store import open_store


def _store(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "u.db")
    store.write_document(article(), [mention()], [quote()])
    store.replace_events(merge(store.mentions()))
    return store


def test_jsonl_follows_the_contract(tmp_path: Path) -> None:
    buf = io.StringIO()
    with _store(tmp_path) as store:
        n = write_jsonl(store, buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert n == len(recs) == 4
    assert [r["kind"] for r in recs] == ["document", "mention", "quote", "event"]
    doc, men, quo, evt = recs
    assert doc["published"] == {
        "value": "2021-05-04",
        "precision": "day",
        "method": "dateline",
        "detail": None,
    }
    assert men["document"] == doc["id"]
    assert men["evidence"]["text"] == "At least 12 drivers were detained, the union said."
    assert men["date"]["start"] == "2021-05-03" and men["date"]["precision"] == "day"
    assert men["places"][0]["city"] == "Tabriz" and men["places"][0]["country"] == "IR"
    assert men["figures"] == [
        {
            "kind": "arrested",
            "value": 12,
            "qualifier": "at least",
            "unit": None,
            "text": "At least 12",
        }
    ]
    assert men["source"]["kind"] == "organization" and men["source"]["name"] == "the union"
    assert men["event"] == evt["id"] and evt["mentions"] == [men["id"]]
    assert quo["speaker"] == {"name": "Reza Karimi"}
    assert evt["figures"]["arrested"][0]["value"] == 12


def test_csv_has_header_and_row(tmp_path: Path) -> None:
    buf = io.StringIO()
    with _store(tmp_path) as store:
        assert write_csv(store, buf) == 1
    rows = list(csv.reader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0]) == MENTION_COLUMNS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["type"] == "arrest"
    assert row["places"] == "Tabriz, East Azerbaijan, IR"
    assert row["figures"] == "arrested at least 12"
