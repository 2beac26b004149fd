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


def _dataset_of(db: str | Path) -> list[dict[str, object]]:
    """Every exported record but the file paths, in a stable order."""
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
    assert _dataset_of(tmp_path / "p1.db") == _dataset_of(tmp_path / "p2.db")


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


def test_user_actor_file_extends_the_list(tmp_path: Path) -> None:
    data = tmp_path / "mydata"
    data.mkdir()
    (data / "actors.yaml").write_text(
        "actors:\n"
        "  - name: Golestan Provincial Brigade\n"
        "    kind: state_security\n"
        "    country: IR\n"
        "    aliases: [Golestan Brigade]\n",
        encoding="utf-8",
    )
    doc = tmp_path / "a.txt"
    doc.write_text(
        "Published: May 2, 2022\n\n"
        "The Golestan Brigade detained 30 students in Gorgan on Sunday.\n",
        encoding="utf-8",
    )
    with open_store(tmp_path / "a.db") as store:
        report = pipeline.ingest_paths([doc], store, data_dirs=[data])
        assert report.ok, report.errors
        [arrest] = [m for m in store.mentions() if m.type == "arrest"]
    actors = {(a.role, a.name, a.kind) for a in arrest.actors}
    assert ("actor", "Golestan Provincial Brigade", "state_security") in actors


def test_data_folder_without_actors_file_is_refused(tmp_path: Path) -> None:
    import pytest

    from unrest.errors import ConfigError

    with open_store(tmp_path / "a.db") as store, pytest.raises(ConfigError, match="actors.yaml"):
        pipeline.ingest_articles([], store, data_dirs=[tmp_path])
