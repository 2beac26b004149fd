"""The main job: articles in, parsed, extracted, stored, merged.

Streaming in bounded batches: memory stays flat however large the corpus.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from unrest import ingest as _ingest
from unrest._parallel import extract_batches, write_result
from unrest.errors import ConfigError, IngestError, UnrestError
from unrest.merge import merge
from unrest.model import Article
from unrest.store import Store, is_postgres

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
    processes: int = 1,
    progress: Progress | None = None,
    merge: bool = True,
    data_dirs: Sequence[str | os.PathLike[str]] = (),
    scheduler: str | None = None,
    db_url: str | None = None,
) -> IngestReport:
    """Extract and store every new article of ``items``, then re-merge events.

    Parsing and extraction run in bounded batches on ``processes`` local
    processes, with this process the only writer; or, given a Dask
    ``scheduler`` address, on the cluster's workers, which write to the
    PostgreSQL database ``db_url`` themselves. Errors are collected in the
    report; articles already stored are left as they are (their id is a hash of
    their content), so a run that was stopped can simply be started again.
    """
    report = IngestReport()
    in_flight: set[str] = set()
    dirs = tuple(str(d) for d in data_dirs)

    def tick() -> None:
        if progress:
            progress(1)

    def new_batches() -> Iterator[list[Article]]:
        it = iter(items)
        while batch := list(islice(it, batch_size)):
            articles: list[Article] = []
            for item in batch:
                if isinstance(item, UnrestError):
                    report.errors.append(item)
                    tick()
                elif item.id in in_flight or store.has_document(item.id):
                    report.unchanged += 1
                    tick()
                else:
                    in_flight.add(item.id)
                    articles.append(item)
            if articles:
                yield articles

    if scheduler:
        from unrest import distributed

        outcomes = distributed.run_batches(new_batches(), scheduler, _pg_url(db_url), dirs)
    else:
        outcomes = (
            [write_result(store, r) for r in results]
            for results in extract_batches(new_batches(), processes, dirs)
        )
    for batch_outcomes in outcomes:
        for outcome in batch_outcomes:
            tick()
            if isinstance(outcome, UnrestError):
                report.errors.append(outcome)
                continue
            in_flight.discard(outcome.document)
            if outcome.stored:
                report.stored += 1
                report.mentions += outcome.mentions
                report.quotes += outcome.quotes
            else:
                report.unchanged += 1
    if report.stored and merge:
        report.events = refresh_events(store)
    else:
        report.events = store.count("events")
    return report


def _pg_url(db_url: str | None) -> str:
    if db_url is None or not is_postgres(db_url):
        raise ConfigError(
            "a Dask scheduler needs a PostgreSQL database (--db postgresql://...): "
            "the workers write to it directly"
        )
    return db_url


def refresh_events(store: Store) -> int:
    """Merge all stored mentions into events and store them; returns the number of events."""
    documents = {d.id: d for d in store.documents()}
    return store.replace_events(merge(store.mentions(), documents))


def ingest_paths(
    paths: Sequence[str | os.PathLike[str]],
    store: Store,
    *,
    published: str | None = None,
    processes: int = 1,
    progress: Progress | None = None,
    data_dirs: Sequence[str | os.PathLike[str]] = (),
    scheduler: str | None = None,
    db_url: str | None = None,
    batch_size: int = 16,
) -> IngestReport:
    """Ingest files and folders of .txt, .html/.htm and .jsonl into ``store``.

    With a Dask ``scheduler``, ``db_url`` is the PostgreSQL URL of ``store``.
    """
    return ingest_articles(
        _ingest.iter_articles(paths, published=published),
        store,
        processes=processes,
        progress=progress,
        data_dirs=data_dirs,
        scheduler=scheduler,
        db_url=db_url,
        batch_size=batch_size,
    )
