"""End-to-end tests of the command line on text written for the project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.factories import SHUSH_STRIKE_GOLD, write_gold
from unrest.cli import app

ARTICLE_A = """Published: March 3, 2021

Hundreds of retirees rallied outside the parliament in Tehran on Tuesday to demand higher pensions.

Police detained at least 15 protesters, the Iranian Labour News Agency reported.
"""

ARTICLE_B = """Published: March 10, 2021

Workers at a sugar mill in Shush went on strike on Sunday over unpaid wages.

Security forces arrested 20 workers on Monday, according to their union.
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_ingest_export_and_reingest(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    code, out, _ = run("ingest", str(corpus), "--db", db)
    assert code == 0, out
    assert "2 new article(s)" in out
    code, out, _ = run("ingest", str(corpus), "--db", db)
    assert code == 0 and "0 new article(s), 2 unchanged" in out

    code, out, _ = run("export", "--format", "jsonl", "--db", db)
    assert code == 0
    recs = [json.loads(line) for line in out.splitlines()]
    kinds = {r["kind"] for r in recs}
    assert {"document", "mention", "event"} <= kinds
    docs = [r for r in recs if r["kind"] == "document"]
    assert sorted(d["published"]["value"] for d in docs) == ["2021-03-03", "2021-03-10"]
    types = {r["type"] for r in recs if r["kind"] == "mention"}
    assert {"protest", "arrest", "strike"} <= types
    for r in recs:
        if r["kind"] == "mention":
            doc_text = r["evidence"]["text"]
            assert r["trigger"]["start"] >= r["evidence"]["start"]
            assert r["trigger"]["end"] <= r["evidence"]["end"]
            assert doc_text

    code, out, _ = run("export", "--format", "csv", "--db", db)
    assert code == 0 and out.startswith("mention_id,")


def test_bad_files_are_reported_and_nothing_is_lost(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    assert run("ingest", str(corpus / "a.txt"), "--db", db)[0] == 0
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (bad / "empty.txt").write_text("", encoding="utf-8")
    (bad / "latin1.txt").write_bytes("Manifestation à Téhéran".encode("latin-1"))
    (bad / "lines.jsonl").write_text(
        '{"text": "Students protested in Shiraz on Monday, witnesses said.", "url": "http://x/1"}\n'
        "{not json\n",
        encoding="utf-8",
    )
    code, out, err = run("ingest", str(bad), str(corpus / "b.txt"), "--db", db)
    assert code == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(lines) == 4, err
    assert any("binary.txt" in ln for ln in lines)
    assert any("empty.txt" in ln for ln in lines)
    assert any("latin1.txt" in ln for ln in lines)
    assert any("lines.jsonl:2" in ln for ln in lines)
    assert "2 new article(s)" in out  # b.txt and the good JSONL line
    code, out, _ = run("export", "--db", db)
    paths = {json.loads(ln)["path"] for ln in out.splitlines() if '"kind": "document"' in ln}
    assert len(paths) == 3


def test_missing_path_and_bad_options(tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    code, _, err = run("ingest", str(tmp_path / "nope.txt"), "--db", db)
    assert code == 1 and "nope.txt" in err
    code, _, err = run("ingest", str(tmp_path), "--published", "last week", "--db", db)
    assert code == 2 and "YYYY" in err
    code, _, err = run("export", "--format", "xml", "--db", db)
    assert code == 2 and "jsonl, csv" in err


def test_published_option(tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    f = tmp_path / "plain.txt"
    f.write_text("Truck drivers went on strike in Bandar Abbas last Sunday.\n", encoding="utf-8")
    assert run("ingest", str(f), "--published", "2018-05-25", "--db", db)[0] == 0
    _, out, _ = run("export", "--db", db)
    recs = [json.loads(ln) for ln in out.splitlines()]
    doc = next(r for r in recs if r["kind"] == "document")
    assert doc["published"]["value"] == "2018-05-25" and doc["published"]["method"] == "given"
    strike = next(r for r in recs if r["kind"] == "mention" and r["type"] == "strike")
    assert strike["date"]["start"] == "2018-05-20"


def test_eval_on_own_gold(corpus: Path, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    write_gold(gold, "b.txt", "2021-03-10", [SHUSH_STRIKE_GOLD])
    code, out, err = run("eval", str(gold), "--docs", str(corpus), "--given-dates", "--json")
    assert code == 0, err
    figures = json.loads(out)
    assert figures["mention.recall"] == 1.0
    code, out, err = run("eval", str(gold), "--docs", str(corpus), "--calibration")
    assert code == 0, err
    assert "P(>=low)" in out and "[0.80, 1.00]" in out


def test_events_show_and_event_exports(corpus: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "u.db")
    assert run("ingest", str(corpus), "--db", db, "-q")[0] == 0
    code, out, _ = run("events", "--db", db, "--type", "arrest")
    assert code == 0 and "arrest" in out and "matching event(s)" in out
    code, out, _ = run("events", "--db", db, "--type", "strike", "--since", "2022")
    assert code == 0 and "0 of 0 matching" in out
    code, _, err = run("events", "--db", db, "--since", "soon")
    assert code == 2 and "YYYY" in err
    code, out, _ = run("export", "--format", "jsonl", "--db", db)
    ids = [json.loads(ln)["id"] for ln in out.splitlines() if '"kind": "event"' in ln]
    assert ids
    code, out, _ = run("show", ids[0], "--db", db)
    assert code == 0 and ids[0] in out and "mentions (" in out
    code, _, err = run("show", "evt-nothing", "--db", db)
    assert code == 1 and "no single event" in err
    code, out, _ = run("export", "--format", "acled", "--db", db)
    assert code == 0 and out.startswith("event_date,time_precision,event_type,sub_event_type,")
    code, out, _ = run("export", "--format", "geojson", "--db", db)
    assert code == 0 and json.loads(out)["type"] == "FeatureCollection"
