"""`unrest bench`: our throughput against bare spaCy, measured in one run.

For each corpus size a fresh subprocess generates N articles from the
project's example corpus (each copy made distinct, so none is skipped as
already stored), times bare ``nlp.pipe`` over the texts, then the full
pipeline (ingest, parse, extract, store) into a scratch SQLite database, both
with the same number of processes, and reports words per second, their ratio,
and the peak memory of the parent and of the worker processes.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from unrest import pipeline
from unrest.errors import ConfigError
from unrest.ingest import article_id, iter_articles
from unrest.model import Article
from unrest.nlp import load_pipeline
from unrest.store import open_store

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "examples" / "corpus"


@dataclass(frozen=True)
class BenchResult:
    """Figures of one corpus size."""

    articles: int
    words: int
    processes: int
    spacy_seconds: float
    unrest_seconds: float
    spacy_wps: float
    unrest_wps: float
    ratio: float
    peak_parent_mib: float
    peak_workers_mib: float


def _templates(corpus: Path) -> list[Article]:
    items = [a for a in iter_articles([corpus]) if isinstance(a, Article)]
    if not items:
        raise ConfigError(f"{corpus}: no readable articles to build a benchmark corpus from")
    return items


def generate(templates: list[Article], n: int) -> Iterator[Article]:
    """``n`` distinct articles cycling through ``templates`` (a numbered line makes each unique)."""
    for i in range(n):
        base = templates[i % len(templates)]
        text = f"{base.text}\n\nArchive copy {i}."
        yield replace(base, id=article_id(text), text=text, path=f"{base.path}#{i}")


def _peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0  # Linux reports KiB


def measure(n: int, processes: int, corpus: Path = DEFAULT_CORPUS) -> BenchResult:
    """Time bare spaCy and the full pipeline on the same ``n`` generated articles."""
    templates = _templates(corpus)
    words = sum(len(a.text.split()) for a in generate(templates, n))
    nlp = load_pipeline()
    start = time.perf_counter()
    for _ in nlp.pipe((a.text for a in generate(templates, n)), batch_size=16, n_process=processes):
        pass
    spacy_seconds = time.perf_counter() - start
    with (
        tempfile.TemporaryDirectory(prefix="unrest-bench-") as tmp,
        open_store(Path(tmp) / "bench.db") as store,
    ):
        start = time.perf_counter()
        report = pipeline.ingest_articles(
            generate(templates, n), store, processes=processes, merge=False
        )
        unrest_seconds = time.perf_counter() - start
    if report.errors or report.stored != n:
        raise ConfigError(f"benchmark run stored {report.stored} of {n}: {report.errors[:3]}")
    return BenchResult(
        articles=n,
        words=words,
        processes=processes,
        spacy_seconds=round(spacy_seconds, 2),
        unrest_seconds=round(unrest_seconds, 2),
        spacy_wps=round(words / spacy_seconds),
        unrest_wps=round(words / unrest_seconds),
        ratio=round(spacy_seconds / unrest_seconds, 3),
        peak_parent_mib=round(_peak_mib(resource.RUSAGE_SELF), 1),
        peak_workers_mib=round(_peak_mib(resource.RUSAGE_CHILDREN), 1),
    )


def run(sizes: list[int], processes: int, corpus: Path = DEFAULT_CORPUS) -> list[BenchResult]:
    """Measure each size in its own subprocess, so peak memory is that size's alone."""
    results = []
    for n in sizes:
        proc = subprocess.run(
            [sys.executable, "-m", "unrest.bench", str(n), str(processes), str(corpus)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0:
            raise ConfigError(f"benchmark at {n} articles failed: {proc.stderr.strip()[-500:]}")
        results.append(BenchResult(**json.loads(proc.stdout.strip().splitlines()[-1])))
    return results


if __name__ == "__main__":  # one size, in a fresh process: python -m unrest.bench N P CORPUS
    result = measure(int(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3]))
    print(json.dumps(asdict(result)))
