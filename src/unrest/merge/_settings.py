"""The merge's settings and stopwords, read once from ``unrest/data/merge.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from unrest.errors import UnrestError


@dataclass(frozen=True)
class Settings:
    """Thresholds of the merge (see the comments in ``merge.yaml``)."""

    conflict_text: float
    coarse_text: float
    coarse_same_document_text: float
    gap_text: float
    gap_days: int
    near_duplicate: float
    wave_types: frozenset[str]
    wave_breadth: float
    stopwords: frozenset[str]


@lru_cache(maxsize=1)
def settings() -> Settings:
    """The settings of ``merge.yaml``; raises :class:`UnrestError` if it is malformed."""
    text = resources.files("unrest.data").joinpath("merge.yaml").read_text("utf-8")
    try:
        raw = yaml.safe_load(text)
        t = raw["thresholds"]
        return Settings(
            conflict_text=float(t["conflict_text"]),
            coarse_text=float(t["coarse_text"]),
            coarse_same_document_text=float(t["coarse_same_document_text"]),
            gap_text=float(t["gap_text"]),
            gap_days=int(t["gap_days"]),
            near_duplicate=float(t["near_duplicate"]),
            wave_types=frozenset(str(w) for w in raw["wave_types"]),
            wave_breadth=float(t["wave_breadth"]),
            stopwords=frozenset(str(w).lower() for w in raw["stopwords"]),
        )
    except (KeyError, TypeError, ValueError, yaml.YAMLError) as exc:
        raise UnrestError(f"unrest/data/merge.yaml is malformed: {exc}") from exc
