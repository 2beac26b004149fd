"""Calibration of mention confidence: is a higher confidence a higher precision?

Each predicted mention of a scored document is labelled matched or not by the
typed one-to-one matching of SCORING.md (:func:`unrest.scoring._metrics.match_mentions`),
then grouped by its ``confidence``:

- per bin of equal width over [0, 1]: the range, how many mentions fall in it,
  how many of them match gold, and their precision;
- per bin edge ``t``: the precision of all mentions with confidence >= ``t``.

A well-ordered confidence gives precisions that rise from bin to bin.
"""

from __future__ import annotations

from typing import Any

from unrest.errors import EvalError
from unrest.scoring._gold import GoldDoc
from unrest.scoring._metrics import match_documents, match_mentions
from unrest.scoring._records import read_records

__all__ = ["calibration", "labelled_confidences", "render_calibration"]


def labelled_confidences(
    gold: list[GoldDoc], records: list[dict[str, Any]]
) -> list[tuple[float, bool]]:
    """``(confidence, matched)`` for each predicted mention of a document that has gold.

    Raises :class:`~unrest.errors.EvalError` on a malformed record or a mention
    without a usable confidence.
    """
    pairs, _ = match_documents(gold, read_records(records))
    labelled: list[tuple[float, bool]] = []
    for g, p in pairs:
        if p is None:
            continue
        matched = {id(pm) for _, pm in match_mentions(g, p)}
        for pm in p.mentions:
            if pm.confidence is None:
                raise EvalError(f"mention {pm.id!r} of {g.name} has no confidence")
            labelled.append((pm.confidence, id(pm) in matched))
    return labelled


def _bin_of(value: float, bins: int) -> int:
    return min(int(value * bins), bins - 1)


def _precision(matched: int, total: int) -> float | None:
    return round(matched / total, 3) if total else None


def calibration(
    gold: list[GoldDoc], records: list[dict[str, Any]], bins: int = 5
) -> list[dict[str, Any]]:
    """Precision of predicted mentions per confidence bin, and above each bin edge.

    Returns one dict per bin, lowest first, with ``low`` and ``high`` (the bin's
    range; the last bin includes 1.0), ``predicted``, ``matched``, ``precision``
    (None for an empty bin), and ``at_least_predicted``, ``at_least_matched`` and
    ``precision_at_least`` over all mentions with confidence >= ``low``.
    Raises :class:`~unrest.errors.EvalError` when ``bins`` is not positive.
    """
    if bins < 1:
        raise EvalError(f"calibration needs at least one bin, got {bins}")
    labelled = labelled_confidences(gold, records)
    counts = [[0, 0] for _ in range(bins)]
    for conf, ok in labelled:
        cell = counts[_bin_of(conf, bins)]
        cell[0] += 1
        cell[1] += int(ok)
    rows: list[dict[str, Any]] = []
    for b, (total, hits) in enumerate(counts):
        above_total = sum(c[0] for c in counts[b:])
        above_hits = sum(c[1] for c in counts[b:])
        rows.append(
            {
                "low": round(b / bins, 6),
                "high": round((b + 1) / bins, 6),
                "predicted": total,
                "matched": hits,
                "precision": _precision(hits, total),
                "at_least_predicted": above_total,
                "at_least_matched": above_hits,
                "precision_at_least": _precision(above_hits, above_total),
            }
        )
    return rows


def render_calibration(rows: list[dict[str, Any]]) -> str:
    """A plain-text table of :func:`calibration` rows."""
    lines = [f"{'confidence':<14}{'pred':>6}{'match':>7}{'P':>8}{'P(>=low)':>10}{'n':>6}"]
    for r in rows:
        p = "-" if r["precision"] is None else f"{r['precision']:.3f}"
        pa = "-" if r["precision_at_least"] is None else f"{r['precision_at_least']:.3f}"
        lines.append(
            f"[{r['low']:.2f}, {r['high']:.2f}{']' if r['high'] >= 1 else ')'}"
            f"  {r['predicted']:>6}{r['matched']:>7}{p:>8}{pa:>10}{r['at_least_predicted']:>6}"
        )
    return "\n".join(lines)
