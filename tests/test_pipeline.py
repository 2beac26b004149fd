"""The main job end to end: one process or several give the same dataset."""

from __future__ import annotations

from pathlib import Path

from unrest import pipeline
from unrest.export import records
from unrest.store import open_store

ARTICLES = [
    "Published: May 2, 2022\n\nTeachers staged sit-ins in Shiraz and Rasht on Sunday, "
    "demanding higher wages. Police detained 14 teachers, their union said.",
    "Published: June 9, 2022\n\nSecurity forces opened fire on protesters in Ahvaz on Tuesday, "
    "killing at least three people, according to a rights group.",
    "Published: July 1, 2022\n\nThe authorities cut mobile internet in Zahedan on Friday after "
    "crowds gathered outside the governor's office.",
]


def _corpus(tmp_path: Path, copies: int = 3) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for k in range(copies):
        for i, text in enumerate(ARTICLES):
            (folder / f"{k}_{i}.txt").write_text(f"{text}\n\nUpdate {k}.\n", encoding="utf-8")
    return folder


def _dataset(db: Path) -> list[dict[str, object]]:
    with open_store(db) as store:
        recs = list(records(store))
    for r in recs:
        r.pop("path", None)
    return sorted(recs, key=lambda r: (str(r["kind"]), str(r["id"])))


def test_two_processes_give_the_same_dataset(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    for n in (1, 2):
        with open_store(tmp_path / f"p{n}.db") as store:
            report = pipeline.ingest_paths([corpus], store, processes=n)
            assert report.ok and report.stored == 9
    assert _dataset(tmp_path / "p1.db") == _dataset(tmp_path / "p2.db")


def test_duplicates_in_one_run_are_stored_once(tmp_path: Path) -> None:
    folder = tmp_path / "dups"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(ARTICLES[0], encoding="utf-8")
    ticks: list[int] = []
    with open_store(tmp_path / "d.db") as store:
        report = pipeline.ingest_paths([folder], store, progress=ticks.append)
        assert (report.stored, report.unchanged) == (1, 2)
        assert store.count("documents") == 1
    assert sum(ticks) == 3
