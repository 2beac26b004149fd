"""Temporal expressions in plain text, and their resolution to day intervals.

:func:`find_expressions` finds absolute dates ("November 15, 2019", "January
2018", "in 1988", "2017-2018", "the summer of 1988"), month names without a year
("last November", "mid-November", "the end of July"), weekdays ("just last
Sunday") and relative phrases ("earlier this month", "in recent weeks", "two
months after"). Each :class:`TimeExpr` resolves against an :class:`Anchor`
(the publication date and the narrative's own time) to an :class:`Interval`.
The vocabulary lives in ``unrest/data/time_words.yaml``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from unrest.errors import ConfigError
from unrest.model import DateValue, Precision

_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}


@dataclass(frozen=True)
class Interval:
    """Days ``lo`` to ``hi`` (inclusive), meaningful at ``precision``."""

    lo: date
    hi: date
    precision: Precision

    def value(self, text: str | None = None) -> DateValue:
        """This interval as a :class:`DateValue` (ISO strings at its precision)."""
        return DateValue(_iso(self.lo, self.precision), _iso(self.hi, self.precision),
                         self.precision, text)


@dataclass(frozen=True)
class Anchor:
    """What relative expressions are resolved against."""

    published: Interval | None
    narrative: Interval | None = None
    mentioned: Interval | None = None

    @property
    def antecedent(self) -> Interval | None:
        """What "that year" or "at that time" points back to: the last date mentioned."""
        return self.mentioned or self.narrative


Resolver = Callable[[Anchor], Interval | None]


@dataclass(frozen=True)
class TimeExpr:
    """One temporal expression at ``start:end`` of the searched text.

    ``role`` is ``since``, ``until``, ``from`` or ``point`` after the word that
    introduces the expression; ``kind`` says what it needs to be resolved
    (``absolute`` nothing, ``now`` the publication date, ``narrative`` the
    narrative's time, ``relative`` either).
    """

    start: int
    end: int
    text: str
    kind: str
    role: str
    resolver: Resolver

    def resolve(self, anchor: Anchor) -> Interval | None:
        """The interval this expression denotes under ``anchor``; None if it cannot tell."""
        return self.resolver(anchor)


# --------------------------------------------------------------------------- calendar helpers


def _iso(d: date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + k
    return n // 12, n % 12 + 1


def month_interval(year: int, month: int, month2: int | None = None,
                   year2: int | None = None) -> Interval:
    """The months ``year-month`` to ``year2-month2`` (default: the same) at month precision."""
    y2, m2 = (year2 or year), (month2 or month)
    return Interval(date(year, month, 1), _month_end(y2, m2), "month")


def year_interval(year: int, year2: int | None = None) -> Interval:
    """The years ``year`` to ``year2`` (default: the same) at year precision."""
    return Interval(date(year, 1, 1), date(year2 or year, 12, 31), "year")


def day_interval(d: date, d2: date | None = None) -> Interval:
    """The days ``d`` to ``d2`` (default: the same) at day precision."""
    return Interval(d, d2 or d, "day")


def interval_of(iso: str) -> Interval:
    """The interval an ISO date string at its precision covers ("2019-11" is all November)."""
    try:
        if len(iso) == 4:
            return year_interval(int(iso))
        if len(iso) == 7:
            return month_interval(int(iso[:4]), int(iso[5:7]))
        return day_interval(date.fromisoformat(iso[:10]))
    except ValueError as exc:
        raise ConfigError(f"not an ISO date at year, month or day precision: {iso!r}") from exc


def coarsen(iv: Interval, precision: Precision) -> Interval:
    """``iv`` widened to whole months or years when ``precision`` is coarser than its own."""
    if _RANK[precision] <= _RANK[iv.precision]:
        return iv
    if precision == "year":
        return year_interval(iv.lo.year, iv.hi.year)
    return month_interval(iv.lo.year, iv.lo.month, iv.hi.month, iv.hi.year)


def coarser(a: str, b: str) -> Precision:
    """The coarser of two precisions."""
    return "year" if "year" in (a, b) else "month" if "month" in (a, b) else "day"


# --------------------------------------------------------------------------- vocabulary


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """The time vocabulary of ``time_words.yaml`` (cached)."""
    try:
        text = resources.files("unrest.data").joinpath("time_words.yaml").read_text("utf-8")
        data = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read unrest/data/time_words.yaml: {exc}") from exc
    if not isinstance(data, dict) or "months" not in data:
        raise ConfigError("unrest/data/time_words.yaml: no 'months' mapping")
    return data


def _alt(items: list[str]) -> str:
    return "|".join(re.escape(i) for i in sorted(items, key=len, reverse=True))


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    month_re: str
    abbr_re: str
    weekday_re: str
    season_re: str
    part_re: str
    number_re: str


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    w = words()
    months = {k: int(v) for k, v in w["months"].items()}
    upper = {k.upper(): v for k, v in months.items()}
    abbr = {k: int(v) for k, v in w["month_abbreviations"].items()}
    all_months = {**months, **upper, **abbr, **{k.upper(): v for k, v in abbr.items()}}
    weekdays = {k: int(v) for k, v in w["weekdays"].items()}
    seasons = {k: (int(v[0]), int(v[1])) for k, v in w["seasons"].items()}
    numbers = {k: int(v) for k, v in w["number_words"].items()}
    parts = [p for p in w["part_phrases"] if not p.endswith("-")]
    part_re = rf"(?:(?:{_alt(parts)})\s+|mid-\s*)"
    return _Lexicon(
        months=all_months,
        seasons=seasons,
        weekdays=weekdays,
        numbers=numbers,
        month_re=_alt(list(months) + list(upper)),
        abbr_re=_alt(list(abbr) + [a.upper() for a in abbr]),
        weekday_re=_alt(list(weekdays)),
        season_re=_alt(list(seasons)),
        part_re=part_re,
        number_re=_alt(list(numbers)),
    )


# --------------------------------------------------------------------------- resolution helpers


def _published_month_limit(anchor: Anchor) -> tuple[int, int] | None:
    if anchor.published is None:
        return None
    return anchor.published.hi.year, anchor.published.hi.month


def _distance(iv: Interval, other: Interval) -> int:
    if iv.hi < other.lo:
        return (other.lo - iv.hi).days
    if other.hi < iv.lo:
        return (iv.lo - other.hi).days
    return 0


def _month_occurrence(month: int, month2: int, mode: str, anchor: Anchor) -> Interval | None:
    """The occurrence of months ``month..month2`` (no year given) that ``mode`` picks.

    ``last``: the latest starting strictly before the publication month;
    ``this``/``next``: in the publication year / the first after it;
    ``bare``: at or before the publication month, the nearest to a recent
    narrative time if there is one, else the latest.
    """
    pub = anchor.published
    span = (month2 - month) % 12

    def occ(year: int) -> Interval:
        y2, m2 = _add_months(year, month, span)
        return month_interval(year, month, m2, y2)

    narr = anchor.narrative
    if pub is None:
        if narr is None or mode != "bare":
            return None
        near = narr
        return min((occ(near.lo.year + k) for k in (-1, 0, 1)),
                   key=lambda iv: (_distance(iv, near), -iv.lo.toordinal()))
    ref_y, ref_m = pub.lo.year, pub.lo.month
    if mode == "this":
        return occ(ref_y)
    if mode == "next":
        return occ(ref_y if month > ref_m else ref_y + 1)
    if mode == "last":
        return occ(ref_y if month < ref_m else ref_y - 1)
    limit = _published_month_limit(anchor)
    assert limit is not None
    cands = [occ(y) for y in range(limit[0] - 40, limit[0] + 1)
             if (y, month) <= limit]
    if narr is not None and narr.hi <= pub.hi and (pub.lo - narr.hi).days <= 2 * 366:
        return min(cands, key=lambda iv: (_distance(iv, narr), -iv.lo.toordinal()))
    return cands[-1]


def _day_window(ref: Interval, a: int, b: int, natural: Precision) -> Interval:
    """Days ``a..b`` relative to ``ref``; when ``ref`` is coarse, small offsets keep ``ref``."""
    small = int(words().get("small_offset_days", 10))
    if ref.precision == "day":
        return coarsen(day_interval(ref.lo + timedelta(days=a), ref.hi + timedelta(days=b)),
                       natural)
    if max(abs(a), abs(b)) <= small:
        return coarsen(ref, natural)
    iv = Interval(ref.lo + timedelta(days=a), ref.hi + timedelta(days=b), ref.precision)
    return coarsen(Interval(iv.lo, iv.hi, "day"), coarser(ref.precision, natural))


def _calendar_shift(ref: Interval, unit: str, k: int) -> Interval:
    """``ref`` moved ``k`` months or years, at that unit's precision (or coarser)."""
    if unit == "year":
        return year_interval(ref.lo.year + k, ref.hi.year + k)
    y1, m1 = _add_months(ref.lo.year, ref.lo.month, k)
    y2, m2 = _add_months(ref.hi.year, ref.hi.month, k)
    if ref.precision == "year":
        return year_interval(y1, y2)
    return month_interval(y1, m1, m2, y2)


def _ref(anchor: Anchor, narrative_first: bool, need: str = "year",
         fallback: bool = True) -> Interval | None:
    """The narrative time if asked and precise enough to ``need``, else the publication date
    (or None when ``fallback`` is False)."""
    narr = anchor.narrative
    if narrative_first and narr is not None and _RANK[narr.precision] <= _RANK[need]:
        return narr
    return anchor.published if fallback or not narrative_first else None


# --------------------------------------------------------------------------- patterns

_YEAR = r"(?<![\d,.\-])((?:1[6-9]|20)\d\d)(?![\d]|,\d|\.\d)"
_DAY = r"([0-3]?\d)(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|to|through|until|till)\s*"


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    kind: str
    build: Callable[[re.Match[str]], Resolver | None]


def _fixed(iv: Interval | None) -> Resolver | None:
    if iv is None:
        return None
    return lambda anchor: iv


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _patterns() -> list[_Pattern]:
    lx = _lexicon()
    m, ab, wd, se, part = lx.month_re, lx.abbr_re, lx.weekday_re, lx.season_re, lx.part_re
    anym = rf"(?:{m}|(?:{ab})\.?)"
    num = rf"(?:{lx.number_re}|\d+)"
    mon = lx.months
    ci = re.IGNORECASE
    pats: list[_Pattern] = []

    def add(regex: str, kind: str, build: Callable[[re.Match[str]], Resolver | None],
            flags: int = 0) -> None:
        pats.append(_Pattern(re.compile(regex, flags), kind, build))

    def day_of(y: str, mo: str, d: str) -> Resolver | None:
        dd = _safe_day(int(y), mon[mo.rstrip(".")], int(d))
        return _fixed(day_interval(dd)) if dd else None

    add(r"\b(\d{4})-(\d\d)-(\d\d)\b", "absolute",
        lambda g: _fixed(day_interval(dd)) if (dd := _safe_day(
            int(g[1]), int(g[2]), int(g[3]))) else None)
    add(rf"(?:(?:{wd}),?\s+)?\b({anym})\s+{_DAY},?\s+{_YEAR}", "absolute",
        lambda g: day_of(g[3], g[1], g[2]))
    add(rf"(?:(?:{wd}),?\s+)?\b(?:the\s+)?{_DAY}\s+(?:of\s+)?({anym}),?\s+{_YEAR}", "absolute",
        lambda g: day_of(g[3], g[2], g[1]))
    add(rf"(?:{part})?\b({m})(?:\s+{_YEAR})?{_DASH}({m}),?\s+{_YEAR}", "absolute",
        lambda g: _fixed(month_interval(
            int(g[2]) if g[2] else int(g[4]) - (mon[g[1]] > mon[g[3]]), mon[g[1]],
            mon[g[3]], int(g[4]))))
    add(rf"(?:{part})?\b({anym}),?\s+(?:of\s+)?{_YEAR}", "absolute",
        lambda g: _fixed(month_interval(int(g[2]), mon[g[1].rstrip(".")])))
    add(rf"{_YEAR}\s*(?:-|–|—|/|to|through|until|till)\s*((?:1[6-9]|20)\d\d|\d\d)\b",
        "absolute", _year_range)
    add(rf"\bbetween\s+{_YEAR}\s+and\s+{_YEAR}", "absolute",
        lambda g: _fixed(year_interval(int(g[1]), int(g[2]))) if g[1] <= g[2] else None)
    add(r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?((?:1[6-9]|20)\d)0'?s\b", "absolute",
        lambda g: _fixed(year_interval(int(g[1]) * 10, int(g[1]) * 10 + 9)))
    add(rf"(?:{part})?\b({se})(?:\s+(?:and|or|to|through|into)\s+(?:the\s+)?({se}))?"
        rf"(?:\s+of)?\s+(?:{_YEAR}|(that|the same|the following|the previous|this|last)\s+year)",
        "absolute", _season, ci)
    add(rf"\b(last|this|past|previous)\s+({se})\b", "relative", _season_relative, ci)
    add(rf"(?:{part})?\b(?:of\s+)?{_YEAR}", "absolute",
        lambda g: _fixed(year_interval(int(g[1]))))
    add(rf"\b(?:(last|this|next|past|previous)\s+|(?:{part}))?({m})(?:\s+{_DAY}\b)?"
        rf"(?:\s*(?:-|–|—|to|through|until)\s*(?:(?:{part}))?({m})\b)?",
        "relative", _bare_month)
    add(rf"\b(?:(just|only)\s+)?(last|this|next|past|on|previous)\s+({wd})\b"
        rf"(?!,?\s+(?:the\s+)?\d|,?\s+(?:{anym})\b)", "relative", _weekday, ci)
    add(r"\b(?:(?:earlier|later)\s+)?(this|last|next|the\s+previous|the\s+following|the\s+next|"
        r"the\s+same|that)\s+(week|month|year)\b", "relative", _unit_relative, ci)
    add(rf"\b(recent|past|last|previous)\s+({num})\s+(day|week|month|year)s?\b", "relative",
        _window, ci)
    add(r"\b(recent|past|last|previous)\s+()(day|week|month|year)s\b", "relative", _window, ci)
    add(r"\b(past)\s+()(day|week|month|year)\b", "relative", _window, ci)
    add(rf"\b({num})\s+(day|week|month|year)s?\s+(ago|earlier|later|after)\b",
        "relative", _offset, ci)
    add(r"\byesterday\b", "now", lambda g: _day_shift(-1), ci)
    add(rf"\b(?:{_alt(list(words()['now_words']))})\b", "now", lambda g: _now, ci)
    add(rf"\b(?:{_alt(list(words()['narrative_words']))})\b", "narrative",
        lambda g: _narrative, ci)
    add(rf"\b(?:{_alt(list(words()['up_to_now_words']))})\b", "narrative",
        lambda g: _up_to_now, ci)
    return pats


def _year_range(g: re.Match[str]) -> Resolver | None:
    y1 = int(g[1])
    y2 = int(g[2]) if len(g[2]) == 4 else (y1 // 100) * 100 + int(g[2])
    if not y1 < y2 <= y1 + 50:
        return None
    return _fixed(year_interval(y1, y2))


def _season(g: re.Match[str]) -> Resolver | None:
    seasons = _lexicon().seasons
    s1 = seasons[g[1].lower()]
    s2 = seasons[g[2].lower()] if g[2] else s1
    shift = {"that": 0, "the same": 0, "the following": 1, "the previous": -1}

    def months(year: int) -> Interval:
        return month_interval(year, s1[0], s2[1], year + (s2[1] < s1[0]))

    if g[3]:
        return _fixed(months(int(g[3])))
    word = g[4].lower()
    if word in shift:
        return lambda a: (months(a.antecedent.lo.year + shift[word]) if a.antecedent else None)
    k = 0 if word == "this" else -1
    return lambda a: months(a.published.lo.year + k) if a.published else None


def _season_relative(g: re.Match[str]) -> Resolver:
    s = _lexicon().seasons[g[2].lower()]
    mode = "this" if g[1].lower() == "this" else "last"
    return lambda a: _month_occurrence(s[0], s[1], mode, a)


def _bare_month(g: re.Match[str]) -> Resolver | None:
    mon = _lexicon().months
    m1 = mon[g[2]]
    m2 = mon[g[4]] if g[4] else m1
    mode = {"last": "last", "past": "last", "previous": "last", "this": "this",
            "next": "next"}.get((g[1] or "").lower(), "bare")
    day = int(g[3]) if g[3] else None

    def res(a: Anchor) -> Interval | None:
        iv = _month_occurrence(m1, m2, mode, a)
        if iv is None or day is None:
            return iv
        dd = _safe_day(iv.lo.year, m1, day)
        return day_interval(dd) if dd else iv

    return res


def _weekday(g: re.Match[str]) -> Resolver:
    target = _lexicon().weekdays[g[3].capitalize()]
    word = g[2].lower()

    def res(a: Anchor) -> Interval | None:
        pub = a.published
        if pub is None:
            return None
        back = (pub.lo.weekday() - target) % 7
        if word in ("last", "past", "previous") and back == 0:
            back = 7
        if word == "next":
            back = -((target - pub.lo.weekday()) % 7 or 7)
        return _day_window(pub, -back, -back, "day")

    return res


def _unit_relative(g: re.Match[str]) -> Resolver:
    which = re.sub(r"\s+", " ", g[1].lower())
    unit = g[2].lower()
    k = {"this": 0, "last": -1, "next": 1, "the previous": -1, "the following": 1,
         "the next": 1, "the same": 0, "that": 0}[which]
    narrative = which not in ("last", "next") and not (which == "this" and unit == "year")
    natural: Precision = "day" if unit == "week" else unit  # type: ignore[assignment]

    anaphoric = which.startswith(("the", "that"))

    def res(a: Anchor) -> Interval | None:
        if anaphoric:
            a = Anchor(a.published, a.antecedent)
        ref = _ref(a, narrative, natural)
        if ref is None:
            return None
        if unit == "week":
            wd = ref.lo.weekday()
            return _day_window(ref, 7 * k - wd, 7 * k + 6 - wd, "day")
        return _calendar_shift(ref, unit, k)

    return res


def _count(word: str | None, unit: str) -> int:
    if not word:
        return int(words()["recent_default"][unit])
    w = word.lower()
    return int(w) if w.isdigit() else _lexicon().numbers.get(w, 1)


def _window(g: re.Match[str]) -> Resolver:
    unit = g[3].lower()
    n = _count(g[2], unit)
    if not g[2] and not g[0].rstrip().lower().endswith("s"):
        n = 1
    days = n * int(words()["units"][unit])
    natural: Precision = ("day" if unit in ("day", "week") else
                          "month" if unit == "month" or n <= 2 else "year")

    def res(a: Anchor) -> Interval | None:
        return _day_window(a.published, -days, 0, natural) if a.published else None

    return res


def _offset(g: re.Match[str]) -> Resolver:
    unit = g[2].lower()
    n = _count(g[1], unit)
    direction = g[3].lower()
    k = n if direction in ("later", "after") else -n
    from_narrative = direction != "ago"
    natural: Precision = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]

    def res(a: Anchor) -> Interval | None:
        ref = _ref(a, from_narrative, fallback=False)
        if ref is None:
            return None
        if unit in ("month", "year"):
            return _calendar_shift(ref, unit, k)
        days = k * int(words()["units"][unit])
        return _day_window(ref, days, days, natural)

    return res


def _day_shift(k: int) -> Resolver:
    return lambda a: _day_window(a.published, k, k, "day") if a.published else None


def _now(a: Anchor) -> Interval | None:
    return a.published


def _narrative(a: Anchor) -> Interval | None:
    return a.antecedent


def _up_to_now(a: Anchor) -> Interval | None:
    narr, pub = a.narrative, a.published
    if narr is None or pub is None or narr.lo > pub.hi:
        return narr or pub
    precision = coarser(narr.precision, pub.precision)
    return coarsen(Interval(narr.lo, pub.hi, "day"), precision)


@lru_cache(maxsize=1)
def _compiled() -> list[_Pattern]:
    return _patterns()


# --------------------------------------------------------------------------- search

_ROLE_WORDS = {"since": "since", "until": "until", "till": "until", "through": "until",
               "to": "until", "from": "from"}
_AMBIGUOUS_CONTEXT = re.compile(r"\d|,")


def _role(text: str, start: int) -> str:
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 30):start])
    before = [w.lower() for w in before if w.lower() not in ("the", "ever", "much", "of")]
    return _ROLE_WORDS.get(before[-1], "point") if before else "point"


def _previous_word(text: str, start: int) -> str:
    found = re.findall(r"[A-Za-z'’]+", text[max(0, start - 25):start])
    return found[-1].lower() if found else ""


def _plausible(match: re.Match[str], text: str, year_ok: Callable[[int, int], bool]) -> bool:
    """Reject bare years that are counts and month words used as verbs or nouns."""
    s, e = match.span()
    body = match.group(0)
    prev = _previous_word(text, s)
    if re.fullmatch(rf"(?:of\s+)?{_YEAR}", body):
        if prev in words()["count_words"]:
            return False
        return year_ok(s + body.index(match.group(1)), e)
    first = re.match(r"[A-Za-z]+", body)
    if first and first.group(0) in words()["ambiguous_months"] and body == first.group(0):
        after = text[e:e + 3]
        return prev in words()["time_prepositions"] or bool(_AMBIGUOUS_CONTEXT.match(after.strip()))
    return True


def _default_year_ok(text: str) -> Callable[[int, int], bool]:
    def ok(start: int, end: int) -> bool:
        prev = _previous_word(text, start)
        return prev in words()["time_prepositions"] or prev in ("the", "'s", "’s")
    return ok


def find_expressions(text: str, year_ok: Callable[[int, int], bool] | None = None,
                     ) -> list[TimeExpr]:
    """Every temporal expression in ``text``, leftmost-longest, without overlaps.

    ``year_ok(start, end)`` decides whether a bare four-digit number at
    ``text[start:end]`` is a year (the default accepts it after a time
    preposition or "the"); counts after words like "over" never are.
    Adjacent expressions joined by "to", "through", "until" or a dash after
    "from", or by "and" after "between", are merged into one range.
    """
    check = year_ok or _default_year_ok(text)
    found: list[tuple[int, int, _Pattern, re.Match[str]]] = []
    for pat in _compiled():
        for mt in pat.regex.finditer(text):
            if mt.end() > mt.start() and _plausible(mt, text, check):
                found.append((mt.start(), -(mt.end() - mt.start()), pat, mt))
    found.sort(key=lambda t: (t[0], t[1]))
    exprs: list[TimeExpr] = []
    taken_until = -1
    for start, neg_len, pat, mt in found:
        end = start - neg_len
        if start < taken_until:
            continue
        resolver = pat.build(mt)
        if resolver is None:
            continue
        s, e = _trim(text, start, end)
        exprs.append(TimeExpr(s, e, text[s:e], pat.kind, _role(text, s), resolver))
        taken_until = end
    return _merge_ranges(text, exprs)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_JOIN = re.compile(r"\s*(?:-|–|—|to|through|until|till|and)\s*(?:the\s+)?", re.IGNORECASE)


def _merge_ranges(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    out: list[TimeExpr] = []
    for ex in exprs:
        prev = out[-1] if out else None
        if prev is not None and prev.role in ("from", "point"):
            gap = text[prev.end:ex.start]
            if _JOIN.fullmatch(gap):
                by_and = gap.strip().lower().startswith("and")
                if not by_and or _previous_word(text, prev.start) == "between":
                    out[-1] = _range(text, prev, ex)
                    continue
        out.append(ex)
    return out


def _range(text: str, a: TimeExpr, b: TimeExpr) -> TimeExpr:
    def res(anchor: Anchor) -> Interval | None:
        ia, ib = a.resolve(anchor), b.resolve(anchor)
        if ia is None or ib is None:
            return ia or ib
        if ib.hi < ia.lo:
            return ia
        return Interval(ia.lo, ib.hi, coarser(ia.precision, ib.precision))

    kind = "absolute" if a.kind == b.kind == "absolute" else "relative"
    return TimeExpr(a.start, b.end, text[a.start:b.end], kind, a.role, res)
