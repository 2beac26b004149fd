"""Extracted mentions beside the gold ones they match: rows for the learned models.

The learned parts of extraction (see :mod:`unrest.extract._logit`) are trained
by ``scripts/train_*.py`` on our own development gold. This module runs
extraction on a gold set's articles, keeping each parsed ``Doc`` (which the
store does not), and pairs every extracted mention with the gold mention it
matches under SCORING.md's matching, or with none. Extraction runs without
the learned models: they are trained on what the rules alone extract.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from unrest import scoring
from unrest.errors import EvalError
from unrest.evaluation import gold_key, with_gold_dates
from unrest.export._jsonl import document_record, mention_record
from unrest.extract import extract
from unrest.ingest import iter_articles
from unrest.model import Article, Mention
from unrest.nlp import load_pipeline
from unrest.scoring._gold import GoldDoc, GoldMention
from unrest.scoring._metrics import match_documents, match_mentions
from unrest.scoring._records import read_records

__all__ = ["LabelledDoc", "labelled_documents"]


@dataclass(frozen=True)
class LabelledDoc:
    """One article of a gold set: its parse, its extracted mentions, and their gold matches."""

    article: Article
    doc: Doc
    mentions: list[Mention]
    gold: GoldDoc
    #: mention id -> the gold mention it matches (unmatched mentions are absent)
    matched: dict[str, GoldMention]


def labelled_documents(gold_dir: Path, docs_dir: Path) -> Iterator[LabelledDoc]:
    """Each gold-annotated article of ``docs_dir``, extracted with its gold publication date."""
    gold = scoring.load_gold(gold_dir)
    dated = {g.url or g.name: g.published for g in gold}
    articles: list[Article] = []
    for item in with_gold_dates(iter_articles([docs_dir]), dated):
        if not isinstance(item, Article):
            raise EvalError(f"could not read an article of {docs_dir}: {item}")
        if gold_key(item, dated) in dated:
            articles.append(item)
    nlp = load_pipeline()
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        mentions, _ = extract(article, doc, learned=False)
        recs = [document_record(article)] + [mention_record(m) for m in mentions]
        pairs, _ = match_documents(gold, read_records(recs))
        g, pred = next((g, p) for g, p in pairs if p is not None)
        matched = {pm.id: gm for gm, pm in match_mentions(g, pred) if pm.id}
        yield LabelledDoc(article, doc, mentions, g, matched)
