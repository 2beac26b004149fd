"""The store contract, run against SQLite and PostgreSQL alike."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

import pytest
from tests.factories import article, mention, quote

from unrest.errors import StoreError
from unrest.merge import merge
from unrest.store import is_postgres, open_store


def test_migrations_and_round_trip(db_target: str) -> None:
    with open_store(db_target) as store:
        assert [v for v, _ in store.migrations()] == [1, 2]
        assert store.write_document(article(), [mention()], [quote()])
        assert list(store.mentions()) == [mention()]
        assert list(store.quotes()) == [quote()]
        assert list(store.documents()) == [article()]
    with open_store(db_target) as store:  # reopening migrates nothing twice
        assert [v for v, _ in store.migrations()] == [1, 2]


def test_rewrite_is_a_no_op_and_failed_write_keeps_data(db_target: str) -> None:
    with open_store(db_target) as store:
        assert store.write_document(article(), [mention()], [])
        assert not store.write_document(article(), [mention("men-2")], [])
        other = article(text="Another text.", doc_id="doc-test0000000002", path="b.txt")
        with pytest.raises(StoreError):
            store.write_document(
                other, [mention("men-9", other.id), mention("men-9", other.id)], []
            )
        assert store.count("documents") == 1
        assert [m.id for m in store.mentions()] == ["men-1"]


def test_events_are_replaced_and_linked(db_target: str) -> None:
    with open_store(db_target) as store:
        store.write_document(article(), [mention()], [])
        events = merge(store.mentions(), {a.id: a for a in store.documents()})
        assert store.replace_events(events) == 1
        assert store.replace_events(events) == 1  # unchanged: nothing rewritten
        [ev] = list(store.events())
        assert [m.event for m in store.mentions()] == [ev.id]
        assert store.event(ev.id[:8]) == ev


def test_order_is_by_code_point_on_every_backend(db_target: str) -> None:
    with open_store(db_target) as store:
        for i, path in enumerate(["b.txt", "B.txt", "a.txt", "_z.txt"]):
            store.write_document(article(text=f"text {i}", doc_id=f"doc-{i}", path=path), [], [])
        assert [d.path for d in store.documents()] == ["B.txt", "_z.txt", "a.txt", "b.txt"]


def _writer(target: str, worker: int, n: int) -> None:
    with open_store(target) as store:
        for i in range(n):
            # every worker writes every document: all but one write of each must be a no-op
            doc = article(text=f"shared text {i}", doc_id=f"doc-{i:04d}", path=f"{i}.txt")
            store.write_document(doc, [mention(f"men-{i:04d}", doc.id)], [])


def test_concurrent_writers_lose_nothing(db_target: str) -> None:
    if not is_postgres(db_target):
        pytest.skip("several writer processes are a PostgreSQL case; SQLite has one writer")
    with open_store(db_target):
        pass  # migrate once up front, as a run does
    procs = [
        mp.get_context("spawn").Process(target=_writer, args=(db_target, w, 40)) for w in range(4)
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with open_store(db_target) as store:
        assert store.count("documents") == 40
        assert store.count("mentions") == 40


def test_concurrent_first_opens_migrate_once(pg_url: str) -> None:
    procs = [mp.get_context("spawn").Process(target=_writer, args=(pg_url, w, 3)) for w in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with open_store(pg_url) as store:
        assert [v for v, _ in store.migrations()] == [1, 2]
        assert store.count("documents") == 3


def test_bad_url_is_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://nobody@127.0.0.1:1/none")
