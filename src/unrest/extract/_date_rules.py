"""The patterns of temporal expressions and the resolvers they build."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from unrest.extract._date_base import (
    Anchor,
    Interval,
    Resolver,
    _alt,
    _calendar_shift,
    _day_window,
    _lexicon,
    _month_occurrence,
    _ref,
    coarsen,
    coarser,
    day_interval,
    month_interval,
    words,
    year_interval,
)
from unrest.extract._date_months import (
    YEAR_WORDS,
    days_of,
    month_days,
    month_of_year_word,
    not_after_now,
    safe_day,
)
from unrest.extract._date_periods import (
    _WEEK_STARTS,
    NTH_UNIT_RE,
    _ago_this,
    _count,
    _edge_of_unit,
    _first_week,
    _nth_unit,
    _overnight,
    _the_weekday,
    _week_of_month,
    _weekday_before_last,
    _weekend,
)
from unrest.extract._date_seasons import season_of, season_patterns
from unrest.model import Precision

# --------------------------------------------------------------------------- patterns

_YEAR = r"(?<![\d,.\-])((?:1[6-9]|20)\d\d)(?![\d]|,\d|\.\d)"
_DAY = r"([0-3]?\d)(?:st|nd|rd|th)?"
_DASH = r"\s*(?:-|–|—|to|through|until|till)\s*"
_ORDINALS = "|".join(_WEEK_STARTS)
# Days before publication beyond which a narrative day named by its weekday is that day
# ("On January 11, 2020 ... on Saturday morning"), not the last such weekday.
_OLD_DAYS = 14


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    kind: str
    build: Callable[[re.Match[str]], Resolver | None]


def _fixed(iv: Interval | None) -> Resolver | None:
    if iv is None:
        return None
    return lambda anchor: iv


def _patterns() -> list[_Pattern]:
    lx = _lexicon()
    m, ab, wd, se, part = lx.month_re, lx.abbr_re, lx.weekday_re, lx.season_re, lx.part_re
    tod = _alt(list(words()["times_of_day"]))
    anym = rf"(?:{m}|(?:{ab})\.?)"
    num = rf"(?:{lx.number_re}|\d+)"
    mon = lx.months
    ci = re.IGNORECASE
    pats: list[_Pattern] = []

    def add(
        regex: str, kind: str, build: Callable[[re.Match[str]], Resolver | None], flags: int = 0
    ) -> None:
        pats.append(_Pattern(re.compile(regex, flags), kind, build))

    def day_of(y: str, mo: str, d: str) -> Resolver | None:
        dd = safe_day(int(y), mon[mo.rstrip(".")], int(d))
        return _fixed(day_interval(dd)) if dd else None

    add(
        r"\b(\d{4})-(\d\d)-(\d\d)\b",
        "absolute",
        lambda g: (
            _fixed(day_interval(dd)) if (dd := safe_day(int(g[1]), int(g[2]), int(g[3]))) else None
        ),
    )
    add(
        rf"(?:(?:{wd}),?\s+)?\b({anym})\s+{_DAY},?\s+{_YEAR}",
        "absolute",
        lambda g: day_of(g[3], g[1], g[2]),
    )
    add(rf"\b(?:the\s+)?({_ORDINALS})\s+week\s+of\s+({m}),?\s+{_YEAR}", "absolute", _week_of_month)
    add(rf"\b(?:the\s+)?({_ORDINALS})\s+week\s+of\s+({m})()", "relative", _week_of_month)
    add(
        rf"\b[Tt]he\s+(?:first|opening)\s+week\b(?!\s+of\s+(?:{m}|{ab}|\d))",
        "narrative",
        lambda g: _first_week,
    )
    add(
        rf"\b({num})\s+(year|month)s?\s+ago\s+(today|this\s+week|this\s+month)\b",
        "now",
        _ago_this,
        ci,
    )
    add(
        rf"(?:(?:{wd}),?\s+)?\b(?:the\s+)?{_DAY}\s+(?:of\s+)?({anym}),?\s+{_YEAR}",
        "absolute",
        lambda g: day_of(g[3], g[2], g[1]),
    )
    add(
        rf"(?:{part})?\b({m})(?:\s+{_YEAR})?{_DASH}({m}),?\s+{_YEAR}",
        "absolute",
        lambda g: _fixed(
            month_interval(
                int(g[2]) if g[2] else int(g[4]) - (mon[g[1]] > mon[g[3]]),
                mon[g[1]],
                mon[g[3]],
                int(g[4]),
            )
        ),
    )
    add(
        rf"(?:{part})?\b(?:(?:the\s+)?{_DAY}\s+(?:of\s+)?)?({m})(?:\s+{_DAY})?,?\s+(?:of\s+)?"
        rf"({YEAR_WORDS})\s+(?i:year)\b",
        "relative",
        month_of_year_word,
    )
    add(
        rf"(?:{part})?\b({anym}),?\s+(?:of\s+)?{_YEAR}",
        "absolute",
        lambda g: _fixed(month_interval(int(g[2]), mon[g[1].rstrip(".")])),
    )
    add(
        rf"{_YEAR}\s*(?:-|–|—|/|to|through|until|till)\s*((?:1[6-9]|20)\d\d|\d\d)\b",
        "absolute",
        _year_range,
    )
    add(
        rf"\bbetween\s+{_YEAR}\s+and\s+{_YEAR}",
        "absolute",
        lambda g: _fixed(year_interval(int(g[1]), int(g[2]))) if g[1] <= g[2] else None,
    )
    add(
        r"\b(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?((?:1[6-9]|20)\d)0'?s\b",
        "absolute",
        lambda g: _fixed(year_interval(int(g[1]) * 10, int(g[1]) * 10 + 9)),
    )
    add(
        rf"(?:{part})?\b({se})(?:\s+(?:and|or|to|through|into)\s+(?:the\s+)?({se}))?"
        rf"(?:\s+of)?\s+(?:{_YEAR}|(that|the same|the following|the previous|this|last)\s+year)",
        "absolute",
        _season,
        ci,
    )
    add(rf"\b(last|this|past|previous)\s+({se})\b", "relative", _season_relative, ci)
    for regex, kind in season_patterns():
        add(regex, kind, season_of, ci)
    add(rf"(?:{part})?\b(?:of\s+)?{_YEAR}", "absolute", lambda g: _fixed(year_interval(int(g[1]))))
    add(
        rf"\b(?:(last|this|next|past|previous)\s+|(?:{part}))?({m})(?:\s+{_DAY}\b)?"
        rf"(?:\s*(?:-|–|—|to|through|until)\s*(?:(?:{part}))?({m})\b)?",
        "relative",
        _bare_month,
    )
    add(
        rf"\b(?:(just|only)\s+)?(last|this|next|past|on|previous)\s+({wd})\b"
        rf"(?!,?\s+(?:the\s+)?\d|,?\s+(?:{anym})\b)",
        "relative",
        _weekday,
        ci,
    )
    add(
        rf"\b()()({wd})(?:\s+(?:{tod}))?\b(?!,?\s+(?:the\s+)?\d|,?\s+(?:{anym})\b)",
        "relative",
        _weekday,
    )
    add(rf"\b(?:[Tt]he\s+)?({wd})\s+before\s+last\b", "now", _weekday_before_last)
    add(
        rf"\b[Tt]he\s+({wd})\b(?!,?\s+(?:the\s+)?\d|,?\s+(?:{anym})\b|\s+[A-Z])",
        "narrative",
        _the_weekday,
    )
    add(
        r"\b(?:(?:at|over|during|on)\s+the|(last|this|past|previous))\s+weekend\b",
        "relative",
        lambda g: _weekend,
        ci,
    )
    add(r"\bovernight\b", "now", lambda g: _overnight, ci)
    add(
        r"\b(the\s+(?:next|following|previous)|the\s+same|that)\s+(?:day|night|evening|"
        r"morning|afternoon)\b|\bthe\s+(?:day|night)\s+(before|after)\b",
        "narrative",
        _day_after,
        ci,
    )
    add(
        rf"(?<![\d,.]){_DAY}\s*(?:-|–|—|and|to)\s*{_DAY}\s+(?:of\s+)?({anym}),?\s+{_YEAR}",
        "absolute",
        lambda g: _fixed(days_of(int(g[4]), mon[g[3].rstrip(".")], g[1], g[2])),
    )
    add(
        rf"\b({anym})\s+{_DAY}\s*(?:-|–|—|and|to)\s*{_DAY},?\s+{_YEAR}",
        "absolute",
        lambda g: _fixed(days_of(int(g[4]), mon[g[1].rstrip(".")], g[2], g[3])),
    )
    add(
        rf"(?<![\d,.])\b(?:the\s+)?{_DAY}(?:\s*(?:-|–|—|and|to)\s*{_DAY})?\s+(?:of\s+)?"
        rf"({anym})\b(?!\s*\d)",
        "relative",
        lambda g: month_days(mon[g[3].rstrip(".")], g[1], g[2]),
    )
    add(
        rf"\b({ab})\.?\s+{_DAY}\b(?:\s*(?:-|–|—|and|to)\s*{_DAY}\b)?(?!,?\s*\d)",
        "relative",
        lambda g: month_days(mon[g[1]], g[2], g[3]),
    )
    add(
        rf"\b({m})\s+{_DAY}\s*(?:-|–|—|and|to)\s*{_DAY}\b(?!,?\s*\d)",
        "relative",
        lambda g: month_days(mon[g[1]], g[2], g[3]),
    )
    add(
        r"\b(?:(?:earlier|later)\s+)?(this|last|next|the\s+previous|the\s+following|the\s+next|"
        r"the\s+same|that)\s+(week|month|year)\b",
        "relative",
        _unit_relative,
        ci,
    )
    add(
        r"\b(?:the\s+)?(end|close|beginning|start)\s+of\s+(the|this|that|last)\s+(year|month)\b",
        "relative",
        _edge_of_unit,
        ci,
    )
    add(
        rf"\b(recent|past|last|previous)\s+({num})\s+(day|week|month|year)s?\b",
        "relative",
        _window,
        ci,
    )
    add(r"\b(recent|past|last|previous)\s+()(day|week|month|year)s\b", "relative", _window, ci)
    add(r"\b(past)\s+()(day|week|month|year)\b", "relative", _window, ci)
    add(
        rf"\b({num})\s+(day|week|month|year)s?\s+(ago|earlier|later|after|on)\b",
        "relative",
        _offset,
        ci,
    )
    add(NTH_UNIT_RE, "relative", _nth_unit, ci)
    add(r"\byesterday\b", "now", lambda g: _day_shift(-1), ci)
    add(rf"\b(?:{_alt(list(words()['now_words']))})\b", "now", lambda g: _now, ci)
    add(
        rf"\b(?:{_alt(list(words()['same_day_words']))})\b",
        "narrative",
        lambda g: _same_narrative,
        ci,
    )
    add(
        rf"\bwithin\s+(?:the\s+)?(?:first\s+)?({num})\s+(day|week|month|year)s?\b",
        "narrative",
        _within,
        ci,
    )
    add(rf"\b(?:{_alt(list(words()['narrative_words']))})\b", "narrative", lambda g: _narrative, ci)
    add(rf"\b(?:{_alt(list(words()['up_to_now_words']))})\b", "narrative", lambda g: _up_to_now, ci)
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
        return lambda a: months(a.antecedent.lo.year + shift[word]) if a.antecedent else None
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
    mode = {"last": "last", "past": "last", "previous": "last", "this": "this", "next": "next"}.get(
        (g[1] or "").lower(), "bare"
    )
    day = int(g[3]) if g[3] else None

    def res(a: Anchor) -> Interval | None:
        iv = _month_occurrence(m1, m2, mode, a)
        if iv is None or day is None:
            return iv
        if mode == "bare":
            return not_after_now(a, lambda y: days_of(y, m1, str(day), None), iv) or iv
        dd = safe_day(iv.lo.year, m1, day)
        return day_interval(dd) if dd else iv

    return res


def _day_after(g: re.Match[str]) -> Resolver:
    which = re.sub(r"\s+", " ", (g[1] or g[2]).lower())
    k = {"the next": 1, "the following": 1, "after": 1, "the previous": -1, "before": -1}.get(
        which, 0
    )

    def res(a: Anchor) -> Interval | None:
        ref = a.antecedent
        if ref is None:
            return None
        return _day_window(ref, k, k, "day")

    return res


def _weekday(g: re.Match[str]) -> Resolver:
    target = _lexicon().weekdays[g[3].capitalize()]
    word = (g[2] or "").lower()

    def res(a: Anchor) -> Interval | None:
        pub = a.published
        if pub is None:
            return None
        narr = a.narrative
        # "last Friday", "this Friday", "next Friday" count from now, never the story's day.
        if (
            word not in ("last", "past", "previous", "this", "next")
            and narr is not None
            and narr.precision == "day"
            and narr.lo == narr.hi
            and narr.lo.weekday() == target
            and (pub.lo - narr.lo).days > _OLD_DAYS
        ):
            return narr
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
    k = {
        "this": 0,
        "last": -1,
        "next": 1,
        "the previous": -1,
        "the following": 1,
        "the next": 1,
        "the same": 0,
        "that": 0,
    }[which]
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


def _window(g: re.Match[str]) -> Resolver:
    unit = g[3].lower()
    n = _count(g[2], unit)
    if not g[2] and not g[0].rstrip().lower().endswith("s"):
        n = 1
    days = n * int(words()["units"][unit])
    natural: Precision = (
        "day" if unit in ("day", "week") else "month" if unit == "month" or n <= 2 else "year"
    )

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
            # "Five years after the uprising", "Five years on" with no time yet in force (a
            # headline or lead): the story's year is that many years before publication.
            if direction in ("after", "on") and unit == "year" and a.published is not None:
                return year_interval(a.published.lo.year - n)
            return None
        if direction == "on":
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


def _same_narrative(a: Anchor) -> Interval | None:
    """ "Earlier in the day": the narrative's own time, not the last date mentioned."""
    return a.narrative


def _within(g: re.Match[str]) -> Resolver:
    """ "Within two days": from the narrative's start to that many units after it."""
    unit = g[2].lower()
    days = _count(g[1], unit) * int(words()["units"][unit])
    natural: Precision = "day" if unit in ("day", "week") else unit  # type: ignore[assignment]

    def res(a: Anchor) -> Interval | None:
        ref = a.narrative
        if ref is None:
            return None
        start = Interval(ref.lo, ref.lo, ref.precision)
        return _day_window(start, 0, days, natural)

    return res


def _up_to_now(a: Anchor) -> Interval | None:
    narr, pub = a.narrative, a.published
    if narr is None or pub is None or narr.lo > pub.hi:
        return narr or pub
    precision = coarser(narr.precision, pub.precision)
    return coarsen(Interval(narr.lo, pub.hi, "day"), precision)


@lru_cache(maxsize=1)
def _compiled() -> list[_Pattern]:
    return _patterns()
