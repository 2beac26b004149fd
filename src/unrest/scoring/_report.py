"""The evaluation report: counts, derived figures, flat dict, text table, floors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from unrest.model import EVENT_TYPES

#: Flat keys that are ceilings, not floors: the figure must not exceed the given value.
CEILING_KEYS: frozenset[str] = frozenset({"pubdate.wrong"})


@dataclass
class PRF:
    """Counts for a precision / recall / F1 figure."""

    gold: int = 0
    pred: int = 0
    matched: int = 0

    @property
    def precision(self) -> float | None:
        """Matched over predicted, None when nothing was predicted."""
        return self.matched / self.pred if self.pred else None

    @property
    def recall(self) -> float | None:
        """Matched over gold, None when there is no gold."""
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of P and R (2·matched / (gold + pred)), None when both are 0."""
        total = self.gold + self.pred
        return 2 * self.matched / total if total else None

    def add(self, gold: int, pred: int, matched: int) -> None:
        """Add counts."""
        self.gold += gold
        self.pred += pred
        self.matched += matched

    def flat(self, prefix: str) -> dict[str, Any]:
        """The figure as flat ``prefix.key`` entries."""
        return {
            f"{prefix}.precision": self.precision,
            f"{prefix}.recall": self.recall,
            f"{prefix}.f1": self.f1,
            f"{prefix}.gold": self.gold,
            f"{prefix}.pred": self.pred,
            f"{prefix}.matched": self.matched,
        }


@dataclass
class Ratio:
    """A share: ``hits`` out of ``total``."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """hits / total, None when nothing was counted."""
        return self.hits / self.total if self.total else None

    def count(self, hit: bool) -> None:
        """Count one case."""
        self.total += 1
        self.hits += int(hit)


@dataclass
class BCubed:
    """B-cubed precision, recall and F1 over ``items`` clustered items."""

    precision: float | None = None
    recall: float | None = None
    items: int = 0

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall."""
        if self.precision is None or self.recall is None:
            return None
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass
class DocRow:
    """Per-document mention counts, for the table."""

    name: str
    found: bool
    mentions: PRF


@dataclass
class Report:
    """Every figure of SCORING.md, with the counts behind it."""

    mention_by_type: dict[str, PRF] = field(default_factory=lambda: {t: PRF() for t in EVENT_TYPES})
    mention: PRF = field(default_factory=PRF)
    unknown_type_pred: int = 0
    detection: PRF = field(default_factory=PRF)
    date: Ratio = field(default_factory=Ratio)
    place: PRF = field(default_factory=PRF)
    figure: PRF = field(default_factory=PRF)
    source: Ratio = field(default_factory=Ratio)
    source_attributed: Ratio = field(default_factory=Ratio)
    event: BCubed = field(default_factory=BCubed)
    quote: PRF = field(default_factory=PRF)
    pubdate: Ratio = field(default_factory=Ratio)
    pubdate_wrong: Ratio = field(default_factory=Ratio)
    #: how well the mentions' confidence ranks matched above unmatched ones (None: not given)
    confidence_auc: float | None = None
    documents_gold: int = 0
    missing_documents: list[str] = field(default_factory=list)
    unmatched_documents: list[str] = field(default_factory=list)
    documents: list[DocRow] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """All figures as one flat, JSON-ready dict with stable dotted keys.

        See the package docstring for the key names.  Undefined figures are None.
        """
        out: dict[str, Any] = {}
        out.update(self.mention.flat("mention"))
        for etype, prf in self.mention_by_type.items():
            out.update(prf.flat(f"mention.{etype}"))
        out["mention.unknown_type.pred"] = self.unknown_type_pred
        out.update(self.detection.flat("detection"))
        out.update(_ratio("date", "accuracy", self.date))
        out.update(self.place.flat("place"))
        out.update(self.figure.flat("figure"))
        out.update(_ratio("source", "accuracy", self.source))
        out.update(_ratio("source", "attributed_accuracy", self.source_attributed))
        out["event.bcubed_precision"] = self.event.precision
        out["event.bcubed_recall"] = self.event.recall
        out["event.bcubed_f1"] = self.event.f1
        out["event.items"] = self.event.items
        out.update(self.quote.flat("quote"))
        out.update(_ratio("pubdate", "accuracy", self.pubdate))
        out.update(_ratio("pubdate", "wrong", self.pubdate_wrong))
        out["confidence.auc"] = self.confidence_auc
        out["documents.gold"] = self.documents_gold
        out["documents.found"] = self.documents_gold - len(self.missing_documents)
        out["documents.missing"] = list(self.missing_documents)
        out["documents.unmatched_predicted"] = list(self.unmatched_documents)
        return out

    def render(self) -> str:
        """A plain text table of every figure, per-type rows included."""
        return render_report(self)


def _ratio(prefix: str, name: str, ratio: Ratio) -> dict[str, Any]:
    return {
        f"{prefix}.{name}": ratio.value,
        f"{prefix}.{name}_hits": ratio.hits,
        f"{prefix}.{name}_total": ratio.total,
    }


def _fmt(value: float | None) -> str:
    return "   -" if value is None else f"{value:.3f}"


def _prf_row(label: str, prf: PRF) -> str:
    return (
        f"{label:<28}{_fmt(prf.precision):>7}{_fmt(prf.recall):>7}{_fmt(prf.f1):>7}"
        f"{prf.gold:>7}{prf.pred:>7}{prf.matched:>7}"
    )


def _ratio_row(label: str, ratio: Ratio) -> str:
    return f"{label:<28}{_fmt(ratio.value):>7}   ({ratio.hits}/{ratio.total})"


def render_report(report: Report) -> str:
    """Render a :class:`Report` as a plain text table."""
    header = f"{'figure':<28}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}{'match':>7}"
    lines = [header, "-" * len(header), _prf_row("mention (micro)", report.mention)]
    lines += [_prf_row(f"  {t}", prf) for t, prf in report.mention_by_type.items()]
    if report.unknown_type_pred:
        lines.append(f"  (unknown type predicted: {report.unknown_type_pred})")
    lines += [
        _prf_row("detection (type ignored)", report.detection),
        _prf_row("place", report.place),
        _prf_row("figure", report.figure),
        _prf_row("quote", report.quote),
        "",
        f"{'figure':<28}{'value':>7}",
        "-" * len(header),
        _ratio_row("date accuracy", report.date),
        _ratio_row("source accuracy", report.source),
        _ratio_row("attributed source accuracy", report.source_attributed),
        f"{'event B-cubed F1':<28}{_fmt(report.event.f1):>7}   (P {_fmt(report.event.precision)}"
        f" R {_fmt(report.event.recall)}, {report.event.items} matched mentions)",
        _ratio_row("publication date accuracy", report.pubdate),
        _ratio_row("publication date wrong", report.pubdate_wrong),
        f"{'confidence AUC':<28}{_fmt(report.confidence_auc):>7}   (matched above unmatched)",
        "",
        f"documents: {report.documents_gold} in gold, "
        f"{report.documents_gold - len(report.missing_documents)} found",
    ]
    lines += [f"  missing (all missed): {name}" for name in report.missing_documents]
    lines += [f"  predicted, not in gold: {name}" for name in report.unmatched_documents]
    if report.documents:
        lines += ["", "mentions per document:"]
        lines += [_prf_row(f"  {row.name}"[:27], row.mentions) for row in report.documents]
    return "\n".join(lines)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, dict):
            flat.update(_flatten(value, name))
        else:
            flat[name] = value
    return flat


def check_floors(report_dict: dict[str, Any], floors: dict[str, float]) -> list[str]:
    """One message per figure below its floor (or above its ceiling).

    ``floors`` uses the flat keys of :meth:`Report.to_dict` (a nested dict is
    flattened with dots first).  Keys in :data:`CEILING_KEYS` (``pubdate.wrong``)
    are ceilings.  A figure that is None (nothing counted) or absent fails.
    """
    flat = _flatten(report_dict)
    problems: list[str] = []
    for key, bound in floors.items():
        if key not in flat:
            problems.append(f"{key}: no such figure in the report")
            continue
        value = flat[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(f"{key}: not measured (nothing counted), needs {bound:.3f}")
        elif key in CEILING_KEYS and value > bound:
            problems.append(f"{key} = {value:.3f} is above its ceiling {bound:.3f}")
        elif key not in CEILING_KEYS and value < bound:
            problems.append(f"{key} = {value:.3f} is below its floor {bound:.3f}")
    return problems
