"""The publication-date part of the quality gate on the seed articles (../shared).

`scripts/test` runs `unrest eval` with `quality/floors.json` for the figures;
this test checks what a floor cannot: each seed whose page carries a dateline
is dated right, and no seed gets a date its gold contradicts.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from unrest import pipeline, scoring
from unrest.store import open_store

SHARED = Path(os.environ.get("UNREST_SHARED", Path(__file__).parents[1] / ".." / "shared"))
GOLD = SHARED / "eval" / "gold"

pytestmark = pytest.mark.skipif(
    not GOLD.is_dir() and os.environ.get("CI") != "true",
    reason="the seed gold (../shared) is not beside the repository",
)


def test_seed_publication_dates(tmp_path: Path) -> None:
    gold = {g.name: g.published for g in scoring.load_gold(GOLD)}
    with open_store(tmp_path / "seeds.db") as store:
        report = pipeline.ingest_paths([SHARED / "seeds"], store)
        assert report.ok, report.errors
        found = {Path(d.path).name: d.published for d in store.documents()}
    assert set(found) == set(gold)
    for name, published in found.items():
        _, wrong = scoring.pubdate_judgement(str(gold[name]), published.value)
        assert not wrong, f"{name}: {published} contradicts gold {gold[name]}"
    first = sorted(found)[0]  # seed 000 prints "Published On: <date>"
    assert found[first].value == gold[first]
    assert found[first].method == "dateline"


def test_floors_file_is_well_formed() -> None:
    floors = json.loads((Path(__file__).parents[1] / "quality" / "floors.json").read_text())
    assert set(floors) == {"given_dates", "found_dates"}
    assert floors["found_dates"]["pubdate.wrong"] == 0.0
