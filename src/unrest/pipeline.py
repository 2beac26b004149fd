"""The main job: articles in, parsed, extracted, stored, merged.

Streaming in bounded batches: memory stays flat however large the corpus.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from unrest import ingest as _ingest
from unrest.errors import ExtractError, IngestError, UnrestError
from unrest.extract import extract
from unrest.merge import merge
from unrest.model import Article
from unrest.nlp import load_pipeline
from unrest.store import Store

Progress = Callable[[int], None]


@dataclass
class IngestReport:
    """What one ingest run did."""

    stored: int = 0
    unchanged: int = 0
    mentions: int = 0
    quotes: int = 0
    events: int = 0
    errors: list[UnrestError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def iter_inputs(
    paths: Sequence[str | os.PathLike[str]], *, published: str | None = None
) -> Iterator[Article | IngestError]:
    """Articles (and per-file errors) of every path; a missing path is an error, not a stop."""
    for path in paths:
        try:
            files = _ingest.discover([path])
        except IngestError as exc:
            yield exc
            continue
        for file in files:
            yield from _ingest.read_file(file, display=str(file), published=published)


def count_items(paths: Sequence[str | os.PathLike[str]]) -> int:
    """Roughly how many articles ``paths`` hold, for a progress bar (JSONL: its lines)."""
    total = 0
    for path in paths:
        try:
            files = _ingest.discover([path])
        except IngestError:
            total += 1
            continue
        for file in files:
            total += _count_lines(file) if file.suffix.lower() == ".jsonl" else 1
    return total


def _count_lines(path: os.PathLike[str]) -> int:
    try:
        with open(path, "rb") as fh:
            return max(1, sum(1 for line in fh if line.strip()))
    except OSError:
        return 1


def ingest_articles(
    items: Iterable[Article | IngestError],
    store: Store,
    *,
    batch_size: int = 16,
    progress: Progress | None = None,
) -> IngestReport:
    """Extract and store every new article of ``items``, then re-merge events.

    Errors are collected in the report; articles already stored are left as
    they are (their id is a hash of their content).
    """
    report = IngestReport()
    nlp = load_pipeline()
    it = iter(items)
    while batch := list(islice(it, batch_size)):
        articles: list[Article] = []
        for item in batch:
            if isinstance(item, UnrestError):
                report.errors.append(item)
            elif store.has_document(item.id) or any(a.id == item.id for a in articles):
                report.unchanged += 1
            else:
                articles.append(item)
        for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
            try:
                mentions, quotes = extract(article, doc)
            except UnrestError as exc:
                report.errors.append(exc)
                continue
            except Exception as exc:  # a bug must not lose the rest of the corpus
                report.errors.append(
                    ExtractError(f"{article.path}: extraction failed ({type(exc).__name__}: {exc})")
                )
                continue
            if store.write_document(article, mentions, quotes):
                report.stored += 1
                report.mentions += len(mentions)
                report.quotes += len(quotes)
            else:
                report.unchanged += 1
        if progress:
            progress(len(batch))
    if report.stored:
        report.events = refresh_events(store)
    else:
        report.events = store.count("events")
    return report


def refresh_events(store: Store) -> int:
    """Merge all stored mentions into events and store them; returns the number of events."""
    documents = {d.id: d for d in store.documents()}
    return store.replace_events(merge(store.mentions(), documents))


def ingest_paths(
    paths: Sequence[str | os.PathLike[str]],
    store: Store,
    *,
    published: str | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest files and folders of .txt, .html/.htm and .jsonl into ``store``."""
    return ingest_articles(iter_inputs(paths, published=published), store, progress=progress)
