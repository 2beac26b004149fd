"""`unrest eval`: run the system on annotated articles in a scratch database and score it."""

from __future__ import annotations

import dataclasses
import json
import tempfile
from collections.abc import Container, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unrest import pipeline, scoring
from unrest.errors import EvalError, IngestError
from unrest.export import records
from unrest.ingest import iter_articles
from unrest.model import Article, PublishedDate
from unrest.scoring._calibration import calibration, render_calibration
from unrest.store import open_store


@dataclass(frozen=True)
class Run:
    """The system's output on annotated articles, ready to score."""

    gold: list[scoring.GoldDoc]
    records: list[dict[str, Any]]
    aliases: dict[str, str] | None

    def report(self) -> scoring.Report:
        """Every figure of SCORING.md."""
        return scoring.score(self.gold, self.records, place_aliases=self.aliases)

    def calibration(self, bins: int = 5) -> str:
        """Precision per confidence bin and above each bin edge, as a table."""
        return render_calibration(calibration(self.gold, self.records, bins=bins))


BUILT_IN_ALIASES = Path(__file__).parent / "data" / "place_aliases.csv"


def run(
    gold_dir: Path,
    docs_dir: Path,
    *,
    given_dates: bool = False,
    aliases: Path | None = None,
) -> scoring.Report:
    """Ingest ``docs_dir`` into a scratch database and score it against ``gold_dir``."""
    return run_system(gold_dir, docs_dir, given_dates=given_dates, aliases=aliases).report()


def run_system(
    gold_dir: Path,
    docs_dir: Path,
    *,
    given_dates: bool = False,
    aliases: Path | None = None,
) -> Run:
    """Ingest ``docs_dir`` into a scratch database and keep its export beside the gold.

    With ``given_dates`` each article annotated in the gold gets the gold
    publication date (method ``given``), so relative dates are judged alone.
    ``aliases`` is a place alias CSV; by default ``place_aliases.csv`` beside
    the gold folder, else the package's own table of spelling variants.
    """
    if not docs_dir.is_dir():
        raise EvalError(f"{docs_dir}: no such folder of articles (give it with --docs)")
    gold = scoring.load_gold(gold_dir)
    alias_map = _alias_map(gold_dir, aliases)
    by_key: dict[str, str | None] = {}
    for g in gold:
        by_key[g.url or g.name] = g.published
    with (
        tempfile.TemporaryDirectory(prefix="unrest-eval-") as tmp,
        open_store(Path(tmp) / "eval.db") as store,
    ):
        items = iter_articles([docs_dir])
        if given_dates:
            items = with_gold_dates(items, by_key)
        report = pipeline.ingest_articles(items, store)
        if report.errors:
            raise EvalError(
                "could not ingest every article: " + "; ".join(str(e) for e in report.errors)
            )
        recs = list(records(store))
    return Run(gold, recs, alias_map)


def agree(reference_dir: Path, other_dir: Path, *, aliases: Path | None = None) -> scoring.Report:
    """Score the annotation in ``other_dir`` against ``reference_dir`` (both gold
    folders) on the articles both annotate: inter-annotator agreement."""
    reference = scoring.load_gold(reference_dir)
    other = scoring.load_gold(other_dir)
    alias_map = _alias_map(reference_dir, aliases)
    return scoring.agreement(reference, other, place_aliases=alias_map)


def disagree(reference_dir: Path, other_dir: Path, *, aliases: Path | None = None) -> list[str]:
    """Where the annotation in ``other_dir`` differs from ``reference_dir``, item by item."""
    reference = scoring.load_gold(reference_dir)
    other = scoring.load_gold(other_dir)
    return scoring.disagreements(reference, other, place_aliases=_alias_map(reference_dir, aliases))


def _alias_map(gold_dir: Path, aliases: Path | None) -> dict[str, str]:
    """``aliases``, else ``place_aliases.csv`` beside the gold folder, else the built-in table."""
    if aliases is None:
        beside = gold_dir.parent / "place_aliases.csv"
        aliases = beside if beside.exists() else BUILT_IN_ALIASES
    return scoring.load_place_aliases(aliases)


def gold_key(article: Article, keys: Container[str]) -> str:
    """The key a gold file names ``article`` by: its url when one of ``keys``, else its
    file name (gold files name a document by ``url`` if they have one, else by file)."""
    if article.url is not None and article.url in keys:
        return article.url
    return Path(article.path).name


def with_gold_dates(
    items: Iterator[Article | IngestError], by_key: dict[str, str | None]
) -> Iterator[Article | IngestError]:
    """``items``, each article that gold (``by_key``: gold key -> published) dates
    carrying that date as given."""
    for item in items:
        if isinstance(item, Article):
            value = by_key.get(gold_key(item, by_key))
            if value:
                item = dataclasses.replace(item, published=PublishedDate(value, "given"))
        yield item


def load_floors(path: Path, *, given_dates: bool) -> dict[str, float]:
    """The floors for one mode from a JSON file ``{"given_dates": {...}, "found_dates": {...}}``."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        section = data["given_dates" if given_dates else "found_dates"]
        return {str(k): float(v) for k, v in section.items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise EvalError(
            f"{path}: not a floors file ({exc}); expected JSON with 'given_dates' and "
            "'found_dates' objects of figure name -> number"
        ) from exc


def check(report: scoring.Report, floors_path: Path, *, given_dates: bool) -> list[str]:
    """One message per figure of ``report`` below its floor in ``floors_path``."""
    return scoring.check_floors(report.to_dict(), load_floors(floors_path, given_dates=given_dates))
