"""A small logistic regression over named features (private to ``extract``).

Learned scores of the extraction stages (how likely a mention is right, which
candidate date a mention takes) are logistic models over named features, such
as ``{"type=arrest": 1.0, "rule_confidence": 0.9}``. A model is a bias and one
weight per feature name, kept as plain YAML under ``unrest/data`` so a reader
can see what was learned; :func:`fit` trains one from labelled rows with an L2
penalty by Newton's method, which is deterministic and converges in a few steps
on the few thousand rows of our gold.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from unrest.errors import ConfigError

__all__ = ["LogisticModel", "fit"]

Features = Mapping[str, float]


@dataclass(frozen=True)
class LogisticModel:
    """``P(label) = sigmoid(bias + sum(weights[name] * value))``; unknown names weigh 0."""

    bias: float
    weights: Mapping[str, float]
    meta: Mapping[str, Any] = field(default_factory=dict)

    def probability(self, features: Features) -> float:
        """The model's probability that a row with ``features`` is labelled true."""
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def to_yaml(self, path: Path, header: str = "") -> None:
        """Write the model as YAML (weights sorted by name), after comment lines ``header``."""
        body = {
            "meta": dict(self.meta),
            "bias": round(self.bias, 6),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
        }
        comments = "".join(f"# {line}\n".replace("# \n", "#\n") for line in header.splitlines())
        path.write_text(comments + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")

    @classmethod
    def from_yaml(cls, path: Path) -> LogisticModel:
        """Read a model written by :meth:`to_yaml`; a malformed file is a ConfigError."""
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
            weights = {str(k): float(v) for k, v in raw["weights"].items()}
            return cls(float(raw["bias"]), weights, dict(raw.get("meta") or {}))
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as e:
            raise ConfigError(
                f"{path}: not a model file ({e}); it needs 'bias' (a number) and 'weights' "
                "(feature name: number), as written by scripts/train_*.py"
            ) from e


def fit(
    rows: Sequence[Features],
    labels: Sequence[bool],
    *,
    l2: float = 1.0,
    min_count: int = 1,
    steps: int = 25,
    meta: Mapping[str, Any] | None = None,
) -> LogisticModel:
    """Fit a logistic model to ``rows`` (feature name -> value) and their ``labels``.

    Features set in fewer than ``min_count`` rows are left out (they would
    only learn their rows by heart). ``l2`` is the penalty on the weights (not
    on the bias); Newton's method runs until the step is tiny or ``steps``.
    """
    if len(rows) != len(labels) or not rows:
        raise ValueError(
            f"fit needs some rows and one label per row: {len(rows)} rows, {len(labels)} labels"
        )
    counts: dict[str, int] = {}
    for row in rows:
        for name, value in row.items():
            if value:
                counts[name] = counts.get(name, 0) + 1
    names = sorted(n for n, c in counts.items() if c >= min_count)
    index = {n: i + 1 for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0
    for r, row in enumerate(rows):
        for name, value in row.items():
            col = index.get(name)
            if col is not None:
                x[r, col] = value
    y = np.asarray(labels, dtype=float)
    penalty = np.full(len(names) + 1, l2)
    penalty[0] = 0.0
    w = np.zeros(len(names) + 1)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -40.0, 40.0)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1.0 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-7:
            break
    weights = {n: float(w[i]) for n, i in index.items() if abs(w[i]) > 1e-9}
    return LogisticModel(float(w[0]), weights, dict(meta or {}))
