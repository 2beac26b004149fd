"""Clustering of mentions into events, block by block, in a canonical order.

Blocks are (type, country). Inside a block mentions are taken finest date
first (a day, then up to a month, a quarter, longer, undated), then earliest,
then by id, so the result depends only on the set of mentions, never on the
order they came in. Each mention joins the best compatible event found so far
or founds a new one. Candidates come from a month index of the events' date
spans (or, for undated and very long mentions, from the events of the same
article), which keeps the work near-linear in the number of mentions.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from unrest.merge._features import Features
from unrest.merge._settings import Settings, settings

#: Mentions spanning more months than this are matched within their article only.
_MAX_MONTHS = 36


@dataclass
class Cluster:
    """An event being built: its members and the union of their features."""

    founder: Features
    members: list[Features] = field(default_factory=list)
    start: int | None = None
    end: int | None = None
    admin1: set[str] = field(default_factory=set)
    cities: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    spans: set[tuple[str, int | None, int | None]] = field(default_factory=set)

    def add(self, f: Features) -> None:
        self.members.append(f)
        if f.start is not None and f.end is not None and (f.rank <= 2 or self.start is None):
            self.start = f.start if self.start is None else min(self.start, f.start)
            self.end = f.end if self.end is None else max(self.end, f.end)
        self.admin1 |= f.admin1
        self.cities |= f.cities
        self.tokens |= f.tokens
        self.actors |= f.actors
        self.persons |= f.persons
        self.documents.add(f.mention.document)
        self.spans.add((f.mention.document, f.start, f.end))


def month_index(ordinal: int) -> int:
    """Months since year 0 of a day ordinal."""
    d = date.fromordinal(ordinal)
    return d.year * 12 + d.month - 1


def cluster(feats: list[Features]) -> list[list[Features]]:
    """Group features into events; each group is in canonical order."""
    blocks: dict[tuple[str, str], list[Features]] = defaultdict(list)
    for f in feats:
        blocks[(f.mention.type, f.country)].append(f)
    out: list[list[Features]] = []
    for key in sorted(blocks):
        out.extend(c.members for c in _Block(blocks[key], settings()).run())
    return out


class _Block:
    """Greedy clustering of one block."""

    def __init__(self, feats: list[Features], cfg: Settings) -> None:
        self.feats = sorted(feats, key=lambda f: f.order)
        self.cfg = cfg
        self.clusters: list[Cluster] = []
        self.by_month: dict[int, list[int]] = defaultdict(list)
        self.months: dict[int, tuple[int, int]] = {}
        self.by_doc: dict[str, list[int]] = defaultdict(list)
        df = Counter(t for f in self.feats for t in f.tokens)
        n = len(self.feats)
        self.idf = {t: math.log(1.0 + n / c) for t, c in df.items()}

    def run(self) -> list[Cluster]:
        for unit in self._units():
            choices = [b for b in (self._best(f) for f in unit) if b is not None]
            best = choices[0] if choices else None
            if best is None:
                best = len(self.clusters)
                self.clusters.append(Cluster(founder=unit[0]))
            for f in unit:
                self._add(best, f)
        return self.clusters

    def _units(self) -> list[list[Features]]:
        """Fine mentions one by one; coarse ones of one article and dates together."""
        units: list[list[Features]] = []
        coarse: dict[tuple[str, int | None, int | None], list[Features]] = {}
        for f in self.feats:
            if f.rank < 3:
                units.append([f])
                continue
            key = (f.mention.document, f.start, f.end)
            if key not in coarse:
                coarse[key] = []
                units.append(coarse[key])
            coarse[key].append(f)
        return units

    def _add(self, idx: int, f: Features) -> None:
        c = self.clusters[idx]
        c.add(f)
        if idx not in self.by_doc[f.mention.document]:
            self.by_doc[f.mention.document].append(idx)
        if c.start is None or c.end is None:
            return
        lo, hi = month_index(c.start), month_index(c.end)
        if hi - lo > _MAX_MONTHS:
            return
        old = self.months.get(idx)
        for m in range(lo, hi + 1):
            if old is None or not old[0] <= m <= old[1]:
                self.by_month[m].append(idx)
        self.months[idx] = (lo, hi) if old is None else (min(lo, old[0]), max(hi, old[1]))

    def _candidates(self, f: Features) -> list[int]:
        found = set(self.by_doc.get(f.mention.document, ()))
        if f.start is not None and f.end is not None:
            pad = self.cfg.gap_days if f.rank <= 2 else 0
            lo, hi = month_index(f.start - pad), month_index(f.end + pad)
            if hi - lo <= _MAX_MONTHS:
                for m in range(lo, hi + 1):
                    found.update(self.by_month.get(m, ()))
        return sorted(found)

    def _best(self, f: Features) -> int | None:
        scored = []
        for idx in self._candidates(f):
            s = self._score(f, self.clusters[idx])
            if s is not None:
                scored.append((-s, -len(self.clusters[idx].members), idx))
        return min(scored)[2] if scored else None

    def _text(self, f: Features, c: Cluster) -> float:
        total = sum(self.idf[t] for t in f.tokens)
        if total <= 0:
            return 0.0
        return sum(self.idf[t] for t in f.tokens & c.tokens) / total

    def _date_fits(
        self, f: Features, c: Cluster, gap: int | None, text: float, same_doc: bool
    ) -> bool:
        """Dates overlap, or two day-level reports a few days apart share article or wording."""
        if gap is None:
            return False
        if gap == 0:
            return True
        if not f.rank == c.founder.rank == 0 or gap > self.cfg.gap_days:
            return False
        return same_doc or text >= self.cfg.gap_text

    def _scope_conflict(self, f: Features, c: Cluster) -> bool:
        """A broad report (country-wide, or naming two or more provinces) meets an event
        founded in one province or city.

        "Security forces killed 300 people across the country" or "36 were shot
        dead, most of them in Khuzestan and Kermanshah" is not the shooting in
        one town that day, however well their dates fit; only protests
        (``wave_types``) are coded as one wave spanning the country and its
        cities. An event founded broad is itself a wave: a broad report is no
        conflict.
        """
        if f.mention.type in self.cfg.wave_types or not _broad(f):
            return False
        return not _broad(c.founder)

    def _score(self, f: Features, c: Cluster) -> float | None:
        """How well ``f`` fits ``c``, or None when it may not join."""
        text = self._text(f, c)
        same_doc = f.mention.document in c.documents
        gap = _gap(f, c)
        if f.rank >= 3:
            need = self.cfg.coarse_text
            same_span = (f.mention.document, f.start, f.end) in c.spans
            if same_doc and (c.founder.rank >= 3 or f.start is None or same_span):
                need = self.cfg.coarse_same_document_text
            if text < need or (gap is not None and gap > 0):
                return None
        elif not self._date_fits(f, c, gap, text, same_doc):
            return None
        if _persons_conflict(f, c):
            return None
        wave = f.mention.type in self.cfg.wave_types
        shared, conflict = _places(f, c)
        scope = self._scope_conflict(f, c)
        # One article telling of shootings (arrests, fires) in two provinces tells of two
        # incidents: its common wording only helps protests, and reports of different scope.
        bonus = 0.25 * same_doc if wave or scope else 0.0
        if (conflict or scope) and text + bonus < self.cfg.conflict_text:
            return None
        actors = len(f.actors & c.actors) / len(f.actors) if f.actors else 0.0
        size = 0.05 * math.log(len(c.members))
        if wave and f.national:
            # A country-wide report of a wave with little wording of its own joins the
            # event reported in the most places, not a one-town rally of the same month.
            size += self.cfg.wave_breadth * math.log(1 + len(c.cities | c.admin1))
        penalty = 0.3 + 0.001 * gap if gap else 0.0
        return text + 0.25 * same_doc + 0.2 * shared + 0.2 * actors + size - penalty


def _broad(f: Features) -> bool:
    """Country-wide (no province or city named) or spread over two or more provinces."""
    return f.national or len(f.admin1) >= 2


def _persons_conflict(f: Features, c: Cluster) -> bool:
    """The mention and the event name the people it befell, and none of them is shared.

    Two people hanged, sentenced or arrested are two rows of a dataset however
    alike the sentences reporting them ("X, 23, was hanged in Mashhad"), so no
    wording overrides this.
    """
    return bool(f.persons and c.persons and not f.persons & c.persons)


def _gap(f: Features, c: Cluster) -> int | None:
    """Days between the mention's and the event's dates (0 if they overlap); None if unknown."""
    if f.start is None or f.end is None or c.start is None or c.end is None:
        return None
    return max(0, max(f.start, c.start) - min(f.end, c.end))


def _places(f: Features, c: Cluster) -> tuple[bool, bool]:
    """(shares a province or city, names only other provinces or cities).

    An event already reported in two or more provinces is a wave across the
    country: a further province is no conflict.
    """
    if len(c.admin1) >= 2:
        return bool(f.admin1 & c.admin1), False
    if f.admin1 and c.admin1:
        if f.admin1 & c.admin1:
            return True, False
        return False, True
    if f.cities and c.cities:
        if f.cities & c.cities:
            return True, False
        return False, True
    return False, False
