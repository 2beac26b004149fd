"""Agreement between two annotators: one annotation scored against another."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from unrest.cli import app
from unrest.errors import EvalError
from unrest.evaluation import agree, disagree

_STRIKE = {
    "evidence": "Bus drivers in Tabriz stopped work on Monday",
    "type": "strike",
    "date": {"start": "2021-05-03", "end": "2021-05-03"},
    "places": [{"country": "IR", "admin1": "East Azerbaijan", "city": "Tabriz"}],
    "figures": [],
    "source": {"kind": "author"},
    "event": "strike-1",
}
_ARREST = {
    "evidence": "police detained 12 of the drivers, the union said",
    "type": "arrest",
    "date": {"start": "2021-05-04", "end": "2021-05-04"},
    "places": [{"country": "IR", "admin1": "East Azerbaijan", "city": "Tabriz"}],
    "figures": [{"kind": "arrested", "value": 12}],
    "source": {"kind": "organization", "name": "the union"},
    "event": "arrest-1",
}
_QUOTE = {"speaker": "Reza Karimi", "text": "We have not been paid for four months."}


def _write(folder: Path, name: str, mentions: list[dict[str, Any]]) -> Path:
    folder.mkdir(exist_ok=True)
    doc = {"document": name, "published": "2021-05-05", "mentions": mentions, "quotes": [_QUOTE]}
    (folder / f"{name}.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


def test_identical_annotations_agree_fully(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", "drivers.txt", [_STRIKE, _ARREST])
    b = _write(tmp_path / "b", "drivers.txt", [_STRIKE, _ARREST])
    report = agree(a, b).to_dict()
    assert report["mention.f1"] == 1.0
    assert report["date.accuracy"] == 1.0
    assert report["source.attributed_accuracy"] == 1.0
    assert report["quote.f1"] == 1.0


def test_a_missed_mention_and_another_date_lower_agreement(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", "drivers.txt", [_STRIKE, _ARREST])
    later = dict(_STRIKE, date={"start": "2021-05-03", "end": "2021-05-05"})
    b = _write(tmp_path / "b", "drivers.txt", [later])
    report = agree(a, b).to_dict()
    assert report["mention.recall"] == 0.5
    assert report["mention.precision"] == 1.0
    assert report["date.accuracy"] == 0.0


def test_only_shared_documents_are_scored(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", "drivers.txt", [_STRIKE, _ARREST])
    _write(tmp_path / "a", "teachers.txt", [_STRIKE])
    b = _write(tmp_path / "b", "drivers.txt", [_STRIKE, _ARREST])
    report = agree(a, b).to_dict()
    assert report["documents.gold"] == 1
    assert report["mention.f1"] == 1.0


def test_no_shared_document_is_a_clear_error(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", "drivers.txt", [_STRIKE])
    b = _write(tmp_path / "b", "teachers.txt", [_STRIKE])
    with pytest.raises(EvalError, match="share no document"):
        agree(a, b)


def test_cli_prints_the_figures(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", "drivers.txt", [_STRIKE, _ARREST])
    b = _write(tmp_path / "b", "drivers.txt", [_STRIKE])
    result = CliRunner().invoke(app, ["agree", str(a), str(b), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["mention.recall"] == 0.5


def test_disagreements_are_listed_item_by_item(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", "drivers.txt", [_STRIKE, _ARREST])
    elsewhere = dict(_STRIKE, places=[{"country": "IR", "admin1": None, "city": None}])
    b = _write(tmp_path / "b", "drivers.txt", [elsewhere])
    lines = disagree(a, b)
    assert lines[0] == "== drivers.txt"
    assert any(line.startswith("  only in reference [arrest]") for line in lines)
    assert any(line.startswith("  places: ") and "tabriz" in line for line in lines)
    assert not any("date:" in line or "source:" in line for line in lines)


def test_cli_lists_disagreements(tmp_path: Path) -> None:
    a = _write(tmp_path / "a", "drivers.txt", [_STRIKE, _ARREST])
    b = _write(tmp_path / "b", "drivers.txt", [_STRIKE])
    result = CliRunner().invoke(app, ["agree", str(a), str(b), "--list"])
    assert result.exit_code == 0, result.output
    assert "only in reference [arrest] police detained 12 of the drivers" in result.output
