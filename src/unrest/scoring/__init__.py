"""Score an export (EXPORT.md records) against gold annotations, as SCORING.md defines.

A pure library with no spaCy dependency::

    gold = load_gold(Path("eval/gold"))
    aliases = load_place_aliases(Path("eval/place_aliases.csv"))
    report = score(gold, records, place_aliases=aliases)
    print(report.render())
    problems = check_floors(report.to_dict(), {"mention.f1": 0.5, "pubdate.wrong": 0.1})

Documents are matched to gold by ``url`` when the gold file has one, else by the
base name of the document's ``path`` (the gold file name minus ``.json``).  A gold
document with no predicted document counts as all missed; predicted documents
that no gold document matches are not scored and are listed.

Flat keys of :meth:`Report.to_dict` (floors for :func:`check_floors` use them):

- P/R/F1 figures ``X`` give ``X.precision``, ``X.recall``, ``X.f1`` (None when
  undefined) and the counts ``X.gold``, ``X.pred``, ``X.matched``, for X in
  ``mention`` (typed, micro), ``mention.<type>`` for each of the eight event
  types, ``detection`` (type ignored), ``place``, ``figure`` and ``quote``.
- ``mention.unknown_type.pred``: predicted mentions of a type outside the eight.
- Shares ``date.accuracy``, ``source.accuracy``, ``source.attributed_accuracy``,
  ``pubdate.accuracy`` and ``pubdate.wrong``, each with ``<key>_hits`` and
  ``<key>_total`` counts (e.g. ``date.accuracy_total``).
- ``event.bcubed_precision``, ``event.bcubed_recall``, ``event.bcubed_f1`` and
  ``event.items`` (matched mentions clustered).
- ``confidence.auc``: how often a matched predicted mention has a higher
  ``confidence`` than an unmatched one (ties half); None when a mention has no
  confidence or either kind is missing.
- ``documents.gold``, ``documents.found``, ``documents.missing`` (names) and
  ``documents.unmatched_predicted`` (paths).

``pubdate.wrong`` is a ceiling in :func:`check_floors`; every other key is a floor.
"""

from __future__ import annotations

from unrest.scoring._agree import agreement, as_records, disagreements
from unrest.scoring._gold import (
    GoldDate,
    GoldDoc,
    GoldMention,
    GoldPlace,
    GoldQuote,
    load_gold,
    load_place_aliases,
    parse_gold,
)
from unrest.scoring._metrics import (
    bcubed,
    date_correct,
    place_matches,
    pubdate_judgement,
    ranking_auc,
    score,
    source_correct,
)
from unrest.scoring._records import PredDoc, PredMention, PredQuote, read_records
from unrest.scoring._report import CEILING_KEYS, PRF, BCubed, Ratio, Report, check_floors
from unrest.scoring._text import (
    fold,
    match_one_to_one,
    names_match,
    overlap_ratio,
    overlaps,
    word_tokens,
)

__all__ = [
    "CEILING_KEYS",
    "PRF",
    "BCubed",
    "GoldDate",
    "GoldDoc",
    "GoldMention",
    "GoldPlace",
    "GoldQuote",
    "PredDoc",
    "PredMention",
    "PredQuote",
    "Ratio",
    "Report",
    "agreement",
    "as_records",
    "bcubed",
    "check_floors",
    "date_correct",
    "disagreements",
    "fold",
    "load_gold",
    "load_place_aliases",
    "match_one_to_one",
    "names_match",
    "overlap_ratio",
    "overlaps",
    "parse_gold",
    "place_matches",
    "pubdate_judgement",
    "ranking_auc",
    "read_records",
    "score",
    "source_correct",
    "word_tokens",
]
