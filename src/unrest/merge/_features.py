"""What the merge compares: each mention's date interval, places, wording and actors."""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from unrest.merge._settings import settings
from unrest.model import DateValue, Mention

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")

#: Interval width (days) up to which a mention is fine enough to found an event.
_RANKS = ((1, 0), (31, 1), (92, 2), (800, 3))
UNDATED = 4


@dataclass(frozen=True)
class Features:
    """A mention reduced to what merging needs. ``start``/``end`` are day ordinals."""

    mention: Mention
    start: int | None
    end: int | None
    rank: int
    country: str
    admin1: frozenset[str]
    cities: frozenset[str]
    tokens: frozenset[str]
    actors: frozenset[str]
    persons: frozenset[str] = frozenset()

    @property
    def national(self) -> bool:
        """True when the mention names no province or city, only its country (or nothing)."""
        return not self.admin1 and not self.cities

    @property
    def order(self) -> tuple[int, int, int, str]:
        """Canonical processing order: finest first, then earliest, then id."""
        return (self.rank, self.start or 0, self.end or 0, self.mention.id)


def bounds(value: DateValue | None) -> tuple[int, int] | None:
    """First and last day (ordinals) a date covers at its precision; None if unreadable."""
    if value is None:
        return None
    try:
        lo = _first_day(value.start)
        hi = _last_day(value.end or value.start)
    except ValueError:
        return None
    return (lo, hi) if lo <= hi else (hi, lo)


def _parts(iso: str) -> list[int]:
    return [int(p) for p in iso.strip().split("-")[:3]]


def _first_day(iso: str) -> int:
    p = _parts(iso)
    return date(p[0], p[1] if len(p) > 1 else 1, p[2] if len(p) > 2 else 1).toordinal()


def _last_day(iso: str) -> int:
    p = _parts(iso)
    month = p[1] if len(p) > 1 else 12
    day = p[2] if len(p) > 2 else calendar.monthrange(p[0], month)[1]
    return date(p[0], month, day).toordinal()


def rank_of(span: tuple[int, int] | None) -> int:
    """0 for a day, 1 up to a month, 2 up to a quarter, 3 longer, 4 undated."""
    if span is None:
        return UNDATED
    width = span[1] - span[0] + 1
    return next((rank for limit, rank in _RANKS if width <= limit), UNDATED)


def tokens(text: str) -> frozenset[str]:
    """Distinctive word forms of ``text``: folded, stopwords dropped, plural ``s`` cut."""
    stop = settings().stopwords
    folded = unicodedata.normalize("NFKC", text).replace("\u2019", "'").lower()
    out = set()
    for word in _WORD.findall(folded):
        word = word.removesuffix("'s")
        if len(word) < 3 or word in stop or word.isdigit() and len(word) < 3:
            continue
        if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
            word = word[:-1]
        out.add(word)
    return frozenset(out)


def document_countries(mentions: Iterable[Mention]) -> dict[str, str]:
    """Each document's most reported country (ties: alphabetical)."""
    counts: dict[str, Counter[str]] = {}
    for m in mentions:
        for p in m.places:
            counts.setdefault(m.document, Counter())[p.country] += 1
    return {doc: min(c, key=lambda k: (-c[k], k)) for doc, c in counts.items()}


def features(m: Mention, fallback_country: str | None) -> Features:
    """The features of one mention; ``fallback_country`` is its document's main country."""
    span = bounds(m.date)
    country = m.places[0].country if m.places else (fallback_country or "?")
    same = [p for p in m.places if p.country == country]
    actors = frozenset(a.name.strip().lower() for a in m.actors if a.name.strip())
    return Features(
        mention=m,
        start=span[0] if span else None,
        end=span[1] if span else None,
        rank=rank_of(span),
        country=country,
        admin1=frozenset(p.admin1 for p in same if p.admin1),
        cities=frozenset(p.city for p in same if p.city),
        tokens=tokens(m.evidence.text),
        actors=actors,
        persons=persons(m),
    )


def persons(m: Mention) -> frozenset[str]:
    """Surnames (last words, folded) of the people named as targets: who was arrested, tried,
    executed or killed. Groups ("civilians", "students") and roles ("British ambassador") are
    not names: every word of a name is capitalised and the extractor gave it no group kind.
    A name with a digit ("Flight PS752", "Ward 7") is a thing, not a person."""
    stop = settings().stopwords
    out = set()
    for a in m.actors:
        if a.role != "target" or a.kind not in (None, "person"):
            continue
        words = _WORD.findall(a.name)
        if not words or not all(w[0].isupper() for w in words):
            continue
        if any(ch.isdigit() for ch in a.name):
            continue  # a flight, a unit, a case number: not a person
        last = words[-1].lower()
        if len(last) >= 3 and last not in stop:
            out.add(last)
    return frozenset(out)
