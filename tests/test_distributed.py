"""Distributed runs on a local Dask cluster of worker processes, writing to PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_pipeline import _corpus, _dataset_of
from unrest import pipeline
from unrest.errors import ConfigError
from unrest.store import open_store


def test_dask_run_equals_single_process_run(tmp_path: Path, pg_url: str) -> None:
    distributed = pytest.importorskip("distributed")
    corpus = _corpus(tmp_path, copies=4)
    with open_store(tmp_path / "single.db") as store:
        single = pipeline.ingest_paths([corpus], store)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        open_store(pg_url) as store,
    ):
        report = pipeline.ingest_paths(
            [corpus], store, scheduler=cluster.scheduler_address, db_url=pg_url, batch_size=3
        )
    assert report.ok, report.errors
    assert (report.stored, report.mentions, report.quotes) == (
        single.stored,
        single.mentions,
        single.quotes,
    )
    assert _dataset_of(pg_url) == _dataset_of(str(tmp_path / "single.db"))


def test_scheduler_needs_postgres(tmp_path: Path) -> None:
    with open_store(tmp_path / "a.db") as store, pytest.raises(ConfigError, match="PostgreSQL"):
        pipeline.ingest_paths([_corpus(tmp_path)], store, scheduler="tcp://127.0.0.1:1")
