"""A run killed midway (kill -9) and started again finishes with nothing lost or duplicated."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.test_pipeline import ARTICLES, _dataset_of
from unrest import pipeline
from unrest.store import open_store

N_COPIES = 40  # 120 articles: long enough to be killed in the middle


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(N_COPIES):
        for i, text in enumerate(ARTICLES):
            (folder / f"{k:03d}_{i}.txt").write_text(f"{text}\n\nNote {k}.\n", encoding="utf-8")
    return folder


def _ingest(corpus: Path, db: str) -> subprocess.Popen[bytes]:
    cli = [sys.executable, "-c", "from unrest.cli import app; app()"]
    return subprocess.Popen(
        [*cli, "ingest", str(corpus), "--db", db, "--quiet"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _stored(db: str) -> int:
    with open_store(db) as store:
        return store.count("documents")


def test_killed_run_resumes_without_loss_or_duplicates(tmp_path: Path, db_target: str) -> None:
    corpus = _corpus(tmp_path)
    total = 3 * N_COPIES
    proc = _ingest(corpus, db_target)
    deadline = time.monotonic() + 120
    while _stored(db_target) < 10:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "the run stored nothing in two minutes"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    midway = _stored(db_target)
    assert 10 <= midway < total, f"killed too late to test anything ({midway} of {total})"

    second = _ingest(corpus, db_target)
    assert second.wait(300) == 0, second.stderr.read() if second.stderr else ""
    with open_store(tmp_path / "reference.db") as store:
        assert pipeline.ingest_paths([corpus], store).stored == total
    assert _stored(db_target) == total
    assert _dataset_of(db_target) == _dataset_of(tmp_path / "reference.db")
