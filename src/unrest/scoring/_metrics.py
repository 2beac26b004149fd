"""The figures of SCORING.md computed from gold documents and export records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from unrest.scoring._gold import GoldDate, GoldDoc, GoldMention
from unrest.scoring._records import PredDoc, PredMention, Triple, read_records
from unrest.scoring._report import PRF, BCubed, DocRow, Report
from unrest.scoring._text import fold, match_one_to_one, names_match, word_tokens

Pair = tuple[GoldMention, PredMention]


@dataclass(frozen=True)
class _PlaceFolder:
    """Folds place names, then maps known aliases to their canonical spelling."""

    aliases: dict[str, str]

    @classmethod
    def build(cls, aliases: dict[str, str] | None) -> _PlaceFolder:
        table = {fold(a): fold(c) for a, c in (aliases or {}).items()}
        return cls(table)

    def name(self, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        folded = fold(value)
        return self.aliases.get(folded, folded)

    def triple(self, country: str | None, admin1: str | None, city: str | None) -> Triple:
        return (fold(country) if country else None, self.name(admin1), self.name(city))


def place_matches(gold: Triple, pred: Triple) -> bool:
    """The null rule: pred agrees on gold's non-null fields and has nothing finer than gold."""
    finest = max((i for i, v in enumerate(gold) if v is not None), default=-1)
    for level, (g, p) in enumerate(zip(gold, pred, strict=True)):
        if g is not None and g != p:
            return False
        if level > finest and p is not None:
            return False
    return True


def _max_matching(golds: list[Triple], preds: list[Triple]) -> int:
    """Size of a maximum one-to-one matching under :func:`place_matches`."""
    owner: dict[int, int] = {}

    def augment(gi: int, seen: set[int]) -> bool:
        for pi, pred in enumerate(preds):
            if pi in seen or not place_matches(golds[gi], pred):
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    return sum(augment(gi, set()) for gi in range(len(golds)))


def _unique(items: Iterable[Triple]) -> list[Triple]:
    return list(dict.fromkeys(items))


def _score_places(pair: Pair, folder: _PlaceFolder, prf: PRF) -> None:
    gold, pred = pair
    golds = _unique(folder.triple(p.country, p.admin1, p.city) for p in gold.places)
    preds = _unique(folder.triple(*p) for p in pred.places)
    prf.add(len(golds), len(preds), _max_matching(golds, preds))


def _score_figures(pair: Pair, prf: PRF) -> None:
    gold = Counter((k.lower(), v) for k, v in pair[0].figures)
    pred = Counter((k.lower(), v) for k, v in pair[1].figures)
    prf.add(sum(gold.values()), sum(pred.values()), sum((gold & pred).values()))


def _same_at_precision(gold: str | None, pred: str | None) -> bool:
    if gold is None:
        return True
    return pred is not None and len(pred) >= len(gold) and pred[: len(gold)] == gold


def date_correct(gold: GoldDate, pred: tuple[str | None, str | None] | None) -> bool:
    """Predicted start and end, truncated to the gold precision, equal gold's (None is wrong)."""
    if pred is None:
        return False
    return _same_at_precision(gold.start, pred[0]) and _same_at_precision(gold.end, pred[1])


def source_correct(gold: GoldMention, pred: PredMention) -> bool:
    """Same source kind; for a person or organization also the same name (last word)."""
    if gold.source_kind != pred.source_kind:
        return False
    if gold.source_kind in ("person", "organization"):
        return names_match(gold.source_name, pred.source_name)
    return True


def bcubed(gold_labels: list[str | None], pred_labels: list[str | None]) -> BCubed:
    """B-cubed precision and recall; a None label is a cluster of its own."""
    n = len(gold_labels)
    if n == 0:
        return BCubed()
    gold: list[object] = [g if g is not None else (i,) for i, g in enumerate(gold_labels)]
    pred: list[object] = [p if p is not None else (i,) for i, p in enumerate(pred_labels)]
    both = Counter(zip(gold, pred, strict=True))
    gold_size, pred_size = Counter(gold), Counter(pred)
    precision = sum(both[(g, p)] / pred_size[p] for g, p in zip(gold, pred, strict=True)) / n
    recall = sum(both[(g, p)] / gold_size[g] for g, p in zip(gold, pred, strict=True)) / n
    return BCubed(precision, recall, n)


def pubdate_judgement(gold: str, pred: str | None) -> tuple[bool, bool]:
    """``(accurate, wrong)`` for a predicted publication date against gold.

    Accurate: pred truncated to gold precision equals gold.  Wrong: a known
    date that is neither accurate nor a coarser date containing gold.
    """
    if pred is None:
        return False, False
    accurate = _same_at_precision(gold, pred)
    coarser = len(pred) < len(gold) and gold.startswith(pred)
    return accurate, not accurate and not coarser


def _doc_key(doc: PredDoc) -> list[str]:
    keys = []
    if doc.url:
        keys.append("url:" + doc.url.strip().rstrip("/"))
    if doc.base_name:
        keys.append("name:" + doc.base_name)
    return keys


def match_documents(
    gold: list[GoldDoc], preds: list[PredDoc]
) -> tuple[list[tuple[GoldDoc, PredDoc | None]], list[PredDoc]]:
    """Pair each gold document with the first predicted one of the same url or file name.

    Returns the pairs (None for a gold document with no prediction) and the
    predicted documents that no gold document took.
    """
    index: dict[str, list[PredDoc]] = {}
    for doc in preds:
        for key in _doc_key(doc):
            index.setdefault(key, []).append(doc)
    taken: set[str] = set()
    pairs: list[tuple[GoldDoc, PredDoc | None]] = []
    for g in gold:
        key = "url:" + g.url.strip().rstrip("/") if g.url else "name:" + g.name
        found = next((d for d in index.get(key, []) if d.id not in taken), None)
        if found is not None:
            taken.add(found.id)
        pairs.append((g, found))
    return pairs, [d for d in preds if d.id not in taken]


def _match_mentions(gold: GoldDoc, pred: PredDoc, typed: bool) -> list[Pair]:
    pairs = match_one_to_one(
        gold.mentions,
        pred.mentions,
        lambda g: word_tokens(g.evidence),
        lambda p: word_tokens(p.evidence),
        (lambda g, p: g.type == p.type) if typed else (lambda g, p: True),
    )
    return [(gold.mentions[gi], pred.mentions[pi]) for gi, pi in pairs]


def match_mentions(gold: GoldDoc, pred: PredDoc, *, typed: bool = True) -> list[Pair]:
    """The one-to-one mention matching of SCORING.md between two documents."""
    return _match_mentions(gold, pred, typed)


def _count_mentions(report: Report, gold: GoldDoc, pred: PredDoc, pairs: list[Pair]) -> PRF:
    doc_prf = PRF(len(gold.mentions), len(pred.mentions), len(pairs))
    report.mention.add(doc_prf.gold, doc_prf.pred, doc_prf.matched)
    for m in gold.mentions:
        report.mention_by_type[m.type].gold += 1
    for p in pred.mentions:
        if p.type in report.mention_by_type:
            report.mention_by_type[p.type].pred += 1
        else:
            report.unknown_type_pred += 1
    for g, _ in pairs:
        report.mention_by_type[g.type].matched += 1
    return doc_prf


def _score_pairs(report: Report, pairs: list[Pair], folder: _PlaceFolder) -> None:
    for pair in pairs:
        gold, pred = pair
        if gold.date is not None:
            report.date.count(date_correct(gold.date, pred.date))
        _score_places(pair, folder, report.place)
        _score_figures(pair, report.figure)
        report.source.count(source_correct(gold, pred))
        if gold.source_kind != "author":
            report.source_attributed.count(source_correct(gold, pred))


def match_quotes(gold: GoldDoc, pred: PredDoc) -> list[tuple[int, int]]:
    """The one-to-one quote matching of SCORING.md (index pairs): overlapping text, same speaker."""
    return match_one_to_one(
        gold.quotes,
        pred.quotes,
        lambda g: word_tokens(g.text),
        lambda p: word_tokens(p.text),
        lambda g, p: names_match(g.speaker, p.speaker) or g.speaker is p.speaker is None,
    )


def _score_quotes(report: Report, gold: GoldDoc, pred: PredDoc) -> None:
    pairs = match_quotes(gold, pred)
    report.quote.add(len(gold.quotes), len(pred.quotes), len(pairs))


def _score_missing(report: Report, gold: GoldDoc) -> None:
    report.missing_documents.append(gold.name)
    report.mention.gold += len(gold.mentions)
    report.detection.gold += len(gold.mentions)
    for m in gold.mentions:
        report.mention_by_type[m.type].gold += 1
    report.quote.gold += len(gold.quotes)
    if gold.published is not None:
        report.pubdate.count(False)
        report.pubdate_wrong.count(False)
    report.documents.append(DocRow(gold.name, False, PRF(len(gold.mentions), 0, 0)))


def ranking_auc(labelled: Iterable[tuple[float, bool]]) -> float | None:
    """How often a matched mention has a higher confidence than an unmatched one (ties
    count half): the area under the ROC curve of ``(confidence, matched)`` pairs, by
    ranks. None when either kind is missing."""
    ranked = sorted(labelled, key=lambda pair: pair[0])
    positives = sum(1 for _, hit in ranked if hit)
    negatives = len(ranked) - positives
    if not positives or not negatives:
        return None
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        mid_rank = (i + j + 1) / 2  # ranks i+1 .. j share their mean
        rank_sum += mid_rank * sum(1 for _, hit in ranked[i:j] if hit)
        i = j
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def score(
    gold: list[GoldDoc],
    records: Iterable[dict[str, Any]],
    *,
    place_aliases: dict[str, str] | None = None,
) -> Report:
    """Score export records against gold documents, as SCORING.md defines.

    Only predicted documents that match a gold document are scored; the others
    are listed in ``unmatched_documents``.  A gold document with no prediction
    counts as all missed.  Raises :class:`~unrest.errors.EvalError` on a
    malformed record.
    """
    folder = _PlaceFolder.build(place_aliases)
    doc_pairs, unmatched = match_documents(gold, read_records(records))
    report = Report(documents_gold=len(gold))
    report.unmatched_documents = [d.path or d.url or d.id for d in unmatched]
    cluster_gold: list[str | None] = []
    cluster_pred: list[str | None] = []
    confidences: list[tuple[float, bool]] = []
    unrated = False
    for g, p in doc_pairs:
        if p is None:
            _score_missing(report, g)
            continue
        pairs = _match_mentions(g, p, typed=True)
        report.documents.append(DocRow(g.name, True, _count_mentions(report, g, p, pairs)))
        report.detection.add(len(g.mentions), len(p.mentions), len(_match_mentions(g, p, False)))
        _score_pairs(report, pairs, folder)
        cluster_gold += [gm.event for gm, _ in pairs]
        cluster_pred += [pm.event for _, pm in pairs]
        hits = {id(pm) for _, pm in pairs}
        for pm in p.mentions:
            if pm.confidence is None:
                unrated = True
            else:
                confidences.append((pm.confidence, id(pm) in hits))
        _score_quotes(report, g, p)
        if g.published is not None:
            accurate, wrong = pubdate_judgement(g.published, p.published)
            report.pubdate.count(accurate)
            report.pubdate_wrong.count(wrong)
    report.event = bcubed(cluster_gold, cluster_pred)
    if not unrated:
        report.confidence_auc = ranking_auc(confidences)
    return report
