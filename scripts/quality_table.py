"""Print the issue-3 figures for every gold set side by side (dates given).

Usage: .venv/bin/python scripts/quality_table.py [NAME=GOLD:DOCS ...]
With no arguments it reads the seed gold (../shared or $UNREST_SHARED) and every
set under examples/ that has gold/ and corpus/.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from unrest.evaluation import run_system

FIGURES = [
    ("mention.f1", "mention F1 (0.80)"),
    ("date.accuracy", "date accuracy (0.80)"),
    ("place.f1", "place F1 (0.95)"),
    ("figure.f1", "figure F1 (0.85)"),
    ("source.attributed_accuracy", "attributed source (0.85)"),
    ("source.accuracy", "source accuracy (writer included)"),
    ("quote.f1", "quote F1 (0.85)"),
    ("event.bcubed_f1", "event B-cubed F1"),
]


def default_sets() -> list[tuple[str, Path, Path]]:
    sets = []
    shared = Path(os.environ.get("UNREST_SHARED", "../shared"))
    if (shared / "eval" / "gold").is_dir():
        sets.append(("seeds", shared / "eval" / "gold", shared / "seeds"))
    sets.append(("examples", Path("examples/gold"), Path("examples/corpus")))
    for folder in sorted(Path("examples").iterdir()):
        if (folder / "gold").is_dir() and (folder / "corpus").is_dir():
            sets.append((folder.name, folder / "gold", folder / "corpus"))
    return sets


def parse(arg: str) -> tuple[str, Path, Path]:
    name, _, rest = arg.partition("=")
    gold, _, docs = rest.partition(":")
    return name, Path(gold), Path(docs)


def main(argv: list[str]) -> None:
    sets = [parse(a) for a in argv] if argv else default_sets()
    reports = {
        name: run_system(gold, docs, given_dates=True).report().to_dict()
        for name, gold, docs in sets
    }
    names = list(reports)
    print("| figure | " + " | ".join(names) + " |")
    print("| --- |" + " --- |" * len(names))
    for key, label in FIGURES:
        cells = [f"{float(reports[n].get(key, 0.0)):.3f}" for n in names]
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1:])
