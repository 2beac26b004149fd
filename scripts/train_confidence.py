"""Train the learned mention confidence on our development gold, and measure it honestly.

    .venv/bin/python scripts/train_confidence.py            # leave-one-set-out table only
    .venv/bin/python scripts/train_confidence.py --write    # also write the model file

Rows are the mentions the rules extract from each development set's articles
(publication dates given), labelled by whether they match a gold mention.
Leave-one-set-out: for each set, a model trained on the other sets scores it,
so every figure in the table is on text the model never saw. The seed articles
are never trained on; with ``--shared`` they are scored too.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from unrest._learning import labelled_documents  # noqa: E402
from unrest.extract._logit import LogisticModel, fit  # noqa: E402
from unrest.extract._rescore import features  # noqa: E402
from unrest.scoring import ranking_auc  # noqa: E402

TRAIN_SETS = ["examples"] + [f"dev{n}" for n in range(2, 21)]
MODEL = ROOT / "src" / "unrest" / "data" / "mention_model.yaml"
L2 = 3.0
MIN_COUNT = 5
THRESHOLDS = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5]


@dataclass
class Row:
    features: dict[str, float]
    label: bool
    rule: float


@dataclass
class SetRows:
    rows: list[Row]
    gold: int


def _dirs(name: str, shared: Path | None) -> tuple[Path, Path]:
    if name == "seeds" and shared is not None:
        return shared / "eval" / "gold", shared / "seeds"
    if name == "examples":
        return ROOT / "examples" / "gold", ROOT / "examples" / "corpus"
    return ROOT / "examples" / name / "gold", ROOT / "examples" / name / "corpus"


def collect(name: str, shared: Path | None) -> SetRows:
    """The labelled rows of one gold set, and its number of gold mentions."""
    gold_dir, docs_dir = _dirs(name, shared)
    rows: list[Row] = []
    gold = 0
    for ld in labelled_documents(gold_dir, docs_dir):
        gold += len(ld.gold.mentions)
        for m, f in zip(ld.mentions, features(ld.mentions, ld.doc), strict=True):
            rows.append(Row(f, m.id in ld.matched, m.confidence))
    return SetRows(rows, gold)


def _f1(rows: Sequence[Row], gold: int, scores: Sequence[float], t: float) -> float:
    """Mention F1 of the set if mentions scored under ``t`` were left out."""
    kept = [r for r, s in zip(rows, scores, strict=True) if s >= t]
    tp = sum(r.label for r in kept)
    if not kept or not tp:
        return 0.0
    p, r = tp / len(kept), tp / gold
    return 2 * p * r / (p + r)


def train(sets: dict[str, SetRows], names: Sequence[str]) -> LogisticModel:
    """A model on the rows of the sets ``names``."""
    rows = [r for n in names for r in sets[n].rows]
    return fit([r.features for r in rows], [r.label for r in rows], l2=L2, min_count=MIN_COUNT)


def loso(sets: dict[str, SetRows], extra: Sequence[str]) -> None:
    """Print per set, scored by a model trained without it: how well the rule and the
    learned confidence order right above wrong mentions (AUC), and mention F1 as
    extracted and with the best threshold on the learned confidence chosen in hindsight
    (an upper bound of what leaving mentions out could gain); then precision per bin of
    learned confidence over all development sets."""
    head = ("set", "rows", "AUC rule", "AUC learned", "F1", "F1 best t", "t")
    widths = (6, 10, 12, 7, 10, 6)
    print(f"{head[0]:<9}" + "".join(f"{h:>{w}}" for h, w in zip(head[1:], widths, strict=True)))
    auc_rule: list[float] = []
    auc_new: list[float] = []
    pooled: list[tuple[float, bool]] = []
    for name in list(TRAIN_SETS) + list(extra):
        model = train(sets, [n for n in TRAIN_SETS if n != name])
        s = sets[name]
        scores = [model.probability(r.features) for r in s.rows]
        labels = [r.label for r in s.rows]
        a_rule = ranking_auc(zip([r.rule for r in s.rows], labels, strict=True)) or float("nan")
        a_new = ranking_auc(zip(scores, labels, strict=True)) or float("nan")
        f1 = _f1(s.rows, s.gold, scores, 0.0)
        best, t = max((_f1(s.rows, s.gold, scores, t), t) for t in THRESHOLDS)
        if name in TRAIN_SETS:
            auc_rule.append(a_rule)
            auc_new.append(a_new)
            pooled.extend(zip(scores, labels, strict=True))
        print(
            f"{name:<9}{len(s.rows):>6}{a_rule:>10.3f}{a_new:>12.3f}{f1:>7.3f}{best:>10.3f}{t:>6.2f}"
        )
    k = len(auc_rule)
    print(f"{'mean':<9}{'':>6}{sum(auc_rule) / k:>10.3f}{sum(auc_new) / k:>12.3f}")
    print("\nlearned confidence, left-out sets pooled: bin, mentions, precision")
    for low in (0.0, 0.4, 0.6, 0.8, 0.9):
        high = {0.0: 0.4, 0.4: 0.6, 0.6: 0.8, 0.8: 0.9, 0.9: 1.01}[low]
        inbin = [lab for sc, lab in pooled if low <= sc < high]
        if inbin:
            print(
                f"[{low:.1f}, {min(high, 1.0):.1f}){len(inbin):>7}{sum(inbin) / len(inbin):>8.3f}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="write the model trained on all sets")
    ap.add_argument("--shared", type=Path, help="the shared folder: also score the seeds")
    ap.add_argument("--cache", type=Path, help="pickle of collected rows (reused if present)")
    args = ap.parse_args()
    names = TRAIN_SETS + (["seeds"] if args.shared else [])
    if args.cache and args.cache.exists():
        sets = pickle.loads(args.cache.read_bytes())
    else:
        sets = {n: collect(n, args.shared) for n in names}
        if args.cache:
            args.cache.write_bytes(pickle.dumps(sets))
    loso(sets, ["seeds"] if "seeds" in sets else [])
    if args.write:
        trained = train(sets, TRAIN_SETS)
        meta = {"trained_on": TRAIN_SETS, "rows": sum(len(sets[n].rows) for n in TRAIN_SETS)}
        model = LogisticModel(
            trained.bias, trained.weights, meta | {"l2": L2, "min_count": MIN_COUNT}
        )
        model.to_yaml(
            MODEL,
            "The learned mention confidence (unrest.extract._rescore): a logistic model over\n"
            "generic features of an extracted mention, trained on the mentions the rules extract\n"
            "from the development gold sets (meta.trained_on), publication dates given, each\n"
            "labelled by whether it matches a gold mention; never on the seeds or the held-out\n"
            "sets. Regenerate: .venv/bin/python scripts/train_confidence.py --write",
        )
        print(f"wrote {MODEL} ({len(model.weights)} weights)")


if __name__ == "__main__":
    main()
