"""Parse and extract on several processes, with a bounded number of batches in flight.

Workers load the spaCy pipeline once and return plain model objects (Article,
Mention, Quote), which pickle; the parent process keeps the single writer to the
store. At most ``2 * processes`` batches are in flight, so memory stays flat
however long the input is.
"""

from __future__ import annotations

import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing.pool import AsyncResult
from pathlib import Path

from unrest.errors import ExtractError, UnrestError
from unrest.extract import ActorRegistry, extract, load_actors
from unrest.model import Article, Mention, Quote
from unrest.nlp import load_pipeline
from unrest.store import Store

Extracted = tuple[Article, list[Mention], list[Quote]] | UnrestError


@dataclass(frozen=True)
class Written:
    """What became of one extracted article: stored, or already there."""

    document: str
    stored: bool
    mentions: int
    quotes: int


Outcome = Written | UnrestError


def write_result(store: Store, result: Extracted) -> Outcome:
    """Write one extraction result to ``store`` (errors pass through)."""
    if isinstance(result, UnrestError):
        return result
    article, mentions, quotes = result
    stored = store.write_document(article, mentions, quotes)
    return Written(article.id, stored, len(mentions), len(quotes))


@lru_cache(maxsize=8)
def _actors(data_dirs: tuple[str, ...]) -> ActorRegistry:
    return load_actors([Path(d) for d in data_dirs])


def extract_batch(articles: list[Article], data_dirs: tuple[str, ...] = ()) -> list[Extracted]:
    """Parse ``articles`` with one ``nlp.pipe`` call and extract each; errors are returned.

    ``data_dirs`` are user data folders extending the built-in actor list.
    """
    nlp = load_pipeline()
    actors = _actors(data_dirs)
    out: list[Extracted] = []
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        try:
            mentions, quotes = extract(article, doc, actors)
        except UnrestError as exc:
            out.append(exc)
            continue
        except Exception as exc:  # a bug on one article must not lose the rest of the corpus
            out.append(
                ExtractError(f"{article.path}: extraction failed ({type(exc).__name__}: {exc})")
            )
            continue
        out.append((article, mentions, quotes))
    return out


def _warm_up() -> None:
    load_pipeline()


def extract_batches(
    batches: Iterable[list[Article]], processes: int, data_dirs: tuple[str, ...] = ()
) -> Iterator[list[Extracted]]:
    """Results of :func:`extract_batch` for each batch, in input order.

    ``processes`` 1 runs in this process; more starts a pool of that many
    workers (fork where available, so the loaded model is shared copy-on-write).
    """
    _actors(data_dirs)  # a bad data folder fails here, before any work starts
    if processes <= 1:
        for batch in batches:
            yield extract_batch(batch, data_dirs)
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods else "spawn")
    with ctx.Pool(processes, initializer=_warm_up) as pool:
        pending: deque[AsyncResult[list[Extracted]]] = deque()
        for batch in batches:
            pending.append(pool.apply_async(extract_batch, (batch, data_dirs)))
            if len(pending) >= 2 * processes:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
