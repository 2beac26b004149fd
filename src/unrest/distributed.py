"""Distributed runs on a Dask cluster: workers extract and write to PostgreSQL.

The client (the ``unrest ingest`` process) reads the files and sends batches of
articles; each worker parses and extracts them and writes them to the shared
PostgreSQL database in one transaction per article. Ids are content hashes,
so the result is the same as a single-process run on the same input. At most
two batches per worker are in flight.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from unrest._parallel import Outcome, extract_batch, write_result
from unrest.errors import ConfigError, ExtractError, UnrestError
from unrest.model import Article
from unrest.store import Store, open_store

_STORES: dict[str, Store] = {}


def _worker_store(db_url: str) -> Store:
    """One open store per worker process and database."""
    if db_url not in _STORES:
        _STORES[db_url] = open_store(db_url)
    return _STORES[db_url]


def work(articles: list[Article], db_url: str, data_dirs: tuple[str, ...]) -> list[Outcome]:
    """On a worker: extract ``articles`` and write them to ``db_url``."""
    store = _worker_store(db_url)
    outcomes: list[Outcome] = []
    for result in extract_batch(articles, data_dirs):
        try:
            outcome = write_result(store, result)
        except UnrestError as exc:
            outcome = exc
        if isinstance(outcome, UnrestError):  # plain message: every error type pickles
            outcome = ExtractError(str(outcome))
        outcomes.append(outcome)
    return outcomes


def run_batches(
    batches: Iterable[list[Article]], scheduler: str, db_url: str, data_dirs: tuple[str, ...]
) -> Iterator[list[Outcome]]:
    """Send ``batches`` to the cluster at ``scheduler``; outcomes in input order."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise ConfigError("Dask runs need dask.distributed: pip install 'unrest[dask]'") from exc
    try:
        client = Client(scheduler, timeout="20s")
    except OSError as exc:
        raise ConfigError(
            f"cannot reach the Dask scheduler at {scheduler}: {exc}; "
            "give its address as tcp://HOST:PORT"
        ) from exc
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending: deque[Any] = deque()
        for batch in batches:
            pending.append(client.submit(work, batch, db_url, data_dirs, pure=False))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
