"""The small logistic regression behind the learned scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from unrest.errors import ConfigError
from unrest.extract._logit import LogisticModel, fit


def _rows() -> tuple[list[dict[str, float]], list[bool]]:
    rows: list[dict[str, float]] = []
    labels: list[bool] = []
    for i in range(40):
        good = i % 4 != 0
        feats = {"strong": 1.0} if good else {"weak": 1.0}
        if i % 2:
            feats["noise"] = 1.0
        rows.append(feats)
        labels.append(good if i % 10 else not good)  # a few rows against the grain
    return rows, labels


def test_fit_learns_the_sign_of_a_feature() -> None:
    rows, labels = _rows()
    model = fit(rows, labels, l2=1.0)
    assert model.weights["strong"] > 0 > model.weights["weak"]
    assert model.probability({"strong": 1.0}) - model.probability({"weak": 1.0}) > 0.4


def test_penalty_shrinks_weights_and_rare_features_are_left_out() -> None:
    rows, labels = _rows()
    rows[0] = rows[0] | {"once": 1.0}
    loose, tight = fit(rows, labels, l2=0.1), fit(rows, labels, l2=100.0, min_count=2)
    assert abs(tight.weights["strong"]) < abs(loose.weights["strong"])
    assert "once" in loose.weights and "once" not in tight.weights


def test_unknown_features_weigh_nothing() -> None:
    model = LogisticModel(0.0, {"a": 2.0})
    assert model.probability({"never seen": 5.0}) == 0.5
    assert model.probability({"a": 1.0}) == pytest.approx(0.8808, abs=1e-4)


def test_fit_refuses_mismatched_input() -> None:
    with pytest.raises(ValueError, match="one label per row"):
        fit([{"a": 1.0}], [True, False])


def test_yaml_round_trip_keeps_weights_and_header(tmp_path: Path) -> None:
    path = tmp_path / "m.yaml"
    model = LogisticModel(0.25, {"b": -1.5, "a": 0.5}, {"trained_on": ["dev2"]})
    model.to_yaml(path, "first line\nsecond line")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# first line\n# second line\n")
    again = LogisticModel.from_yaml(path)
    assert again.bias == 0.25 and dict(again.weights) == {"a": 0.5, "b": -1.5}
    assert again.meta == {"trained_on": ["dev2"]}


def test_malformed_model_file_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("weights: [1, 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="bad.yaml: not a model file"):
        LogisticModel.from_yaml(path)
