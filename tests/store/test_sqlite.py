from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.factories import article, mention, quote

from unrest.errors import StoreError
from unrest.merge import merge
from unrest.store import open_store


def test_migrations_recorded_and_wal(tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    with open_store(db) as store:
        assert [v for v, _ in store.migrations()] == [1, 2]
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # reopening applies nothing twice
    with open_store(db) as store:
        assert len(store.migrations()) == 2


def test_round_trip(tmp_path: Path) -> None:
    with open_store(tmp_path / "u.db") as store:
        assert store.write_document(article(), [mention()], [quote()])
        [m] = list(store.mentions())
        assert m == mention()
        [q] = list(store.quotes())
        assert q == quote()
        [a] = list(store.documents())
        assert a == article()


def test_same_article_twice_changes_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "u.db") as store:
        assert store.write_document(article(), [mention()], [])
        assert not store.write_document(article(), [mention("men-2")], [])
        assert [m.id for m in store.mentions()] == ["men-1"]


def test_failed_write_keeps_earlier_data(tmp_path: Path) -> None:
    with open_store(tmp_path / "u.db") as store:
        store.write_document(article(), [mention()], [])
        other = article(text="Another text.", doc_id="doc-test0000000002", path="b.txt")
        # duplicate mention ids violate the primary key: the whole document is rolled back
        with pytest.raises(StoreError):
            store.write_document(
                other, [mention("men-9", other.id), mention("men-9", other.id)], []
            )
        assert store.count("documents") == 1
        assert store.count("mentions") == 1


def test_events_replace_and_link(tmp_path: Path) -> None:
    with open_store(tmp_path / "u.db") as store:
        store.write_document(article(), [mention()], [])
        events = merge(store.mentions(), {a.id: a for a in store.documents()})
        assert store.replace_events(events) == 1
        [ev] = list(store.events())
        assert ev.mentions == ("men-1",)
        assert [m.event for m in store.mentions()] == [ev.id]
        assert ev.figures["arrested"][0]["value"] == 12


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not an Unrest database"):
        open_store(bad)


def test_missing_folder_and_scheme(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "nope" / "u.db")
    with pytest.raises(StoreError, match="not supported"):
        open_store("mysql://x")
