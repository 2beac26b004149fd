"""Tests of the confidence calibration table (unrest.scoring._calibration)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from unrest.errors import EvalError
from unrest.scoring import GoldDoc, parse_gold, ranking_auc, score
from unrest.scoring._calibration import calibration, labelled_confidences, render_calibration

GOLD_TEXTS = [
    "Dock workers walked out at the port of Bandar Abbas on Tuesday.",
    "Police detained nine union leaders in Ahvaz overnight.",
]


def _gold() -> list[GoldDoc]:
    mentions = [
        {"evidence": GOLD_TEXTS[0], "type": "strike", "source": {"kind": "author"}},
        {"evidence": GOLD_TEXTS[1], "type": "arrest", "source": {"kind": "author"}},
    ]
    data = {"document": "a.txt", "published": "2021-03", "mentions": mentions, "quotes": []}
    return [parse_gold(data, Path("a.txt.json"))]


def _records(items: list[tuple[str, str, Any]]) -> list[dict[str, Any]]:
    recs: list[dict[str, Any]] = [
        {"kind": "document", "id": "d1", "path": "x/a.txt", "published": {"value": "2021-03"}}
    ]
    for i, (text, etype, conf) in enumerate(items):
        recs.append(
            {
                "kind": "mention",
                "id": f"m{i}",
                "document": "d1",
                "type": etype,
                "evidence": {"text": text, "start": 0, "end": len(text)},
                "confidence": conf,
            }
        )
    return recs


def test_bins_count_matches_and_precision_at_threshold() -> None:
    recs = _records(
        [
            (GOLD_TEXTS[0], "strike", 0.95),  # matched
            (GOLD_TEXTS[1], "arrest", 0.7),  # matched
            ("The mayor opened a new bridge over the river.", "protest", 0.3),  # false
            (GOLD_TEXTS[1], "attack", 0.1),  # wrong type: false
        ]
    )
    rows = calibration(_gold(), recs, bins=5)
    assert [r["predicted"] for r in rows] == [1, 1, 0, 1, 1]
    assert [r["matched"] for r in rows] == [0, 0, 0, 1, 1]
    assert rows[2]["precision"] is None
    assert rows[4]["precision"] == 1.0
    assert [r["precision_at_least"] for r in rows] == [0.5, 0.667, 1.0, 1.0, 1.0]
    assert rows[0]["low"] == 0.0 and rows[-1]["high"] == 1.0
    assert "P(>=low)" in render_calibration(rows)


def test_confidence_one_falls_in_the_last_bin() -> None:
    rows = calibration(_gold(), _records([(GOLD_TEXTS[0], "strike", 1.0)]), bins=4)
    assert rows[-1]["predicted"] == 1 and rows[-1]["matched"] == 1


def test_labels_follow_one_to_one_matching() -> None:
    recs = _records([(GOLD_TEXTS[0], "strike", 0.8), (GOLD_TEXTS[0], "strike", 0.6)])
    assert sorted(labelled_confidences(_gold(), recs)) == [(0.6, False), (0.8, True)]


@pytest.mark.parametrize("bad", [None, "high", 1.5, True])
def test_bad_confidence_is_an_error(bad: Any) -> None:
    with pytest.raises(EvalError, match="confidence"):
        calibration(_gold(), _records([(GOLD_TEXTS[0], "strike", bad)]))


def test_bins_must_be_positive() -> None:
    with pytest.raises(EvalError, match="bin"):
        calibration(_gold(), _records([]), bins=0)


def test_ranking_auc_counts_pairs_and_half_ties() -> None:
    assert ranking_auc([(0.9, True), (0.2, False)]) == 1.0
    assert ranking_auc([(0.2, True), (0.9, False)]) == 0.0
    assert ranking_auc([(0.5, True), (0.5, False)]) == 0.5
    # 3 right, 2 wrong: pairs won 5 of 6, one tie at 0.6 counts half
    pairs = [(0.9, True), (0.6, True), (0.6, False), (0.7, True), (0.1, False)]
    assert ranking_auc(pairs) == pytest.approx(5.5 / 6)
    assert ranking_auc([(0.3, True)]) is None and ranking_auc([]) is None


def test_report_carries_the_confidence_auc() -> None:
    recs = _records(
        [
            (GOLD_TEXTS[0], "strike", 0.95),
            ("The mayor opened a new bridge over the river.", "protest", 0.3),
            (GOLD_TEXTS[1], "arrest", 0.2),
        ]
    )
    report = score(_gold(), recs)
    assert report.to_dict()["confidence.auc"] == 0.5
    assert "confidence AUC" in report.render()
    del recs[1]["confidence"]
    assert score(_gold(), recs).to_dict()["confidence.auc"] is None
