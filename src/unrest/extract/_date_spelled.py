"""Days of the month written as ordinal words, and a weekday beside a day of the month.

Transcripts and speeches spell the day: "on the ninth of October", "On the eighth, a
crowd ...", "Saturday the nineteenth". :func:`spelled_days` rewrites such ordinals into
digits ("the       9th") of the same length, so that the patterns for "the 9th of
October" and "on the 8th" read them and every offset stays that of the original text.
Ranks ("the second day", "the first to arrive", "one of the first") are left alone: an
ordinal is a day only before "of <month>", after a weekday, or, from "fourth" on, after
"on/of/since/by/... the" and before a clause break.

:func:`weekday_day` resolves "Saturday the 19th" ("Friday morning, the 15th"): the day
of that number falling on that weekday, in the month of the story or the month before
or after it, else the latest such day up to publication.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unrest.extract._date_base import (
    Anchor,
    Interval,
    Resolver,
    _add_months,
    _lexicon,
    day_interval,
    words,
)
from unrest.extract._date_months import safe_day
from unrest.extract._date_ordinals import ordinals_between
from unrest.extract._date_storydays import DAY_PREPOSITIONS

_UNITS = ordinals_between(1, 9)
_TEENS = {**ordinals_between(10, 20), "thirtieth": 30}
# Ordinals that are ranks far more often than days: a day only before "of <month>" or
# after a weekday.
_RANKS = frozenset({1, 2, 3})
# Months searched back from publication for a day on the printed weekday.
_MONTHS_BACK = 12


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, int]:
    """Every spelled ordinal day, "first" to "thirty-first"."""
    out = {**_UNITS, **_TEENS}
    for tens, base in (("twenty", 20), ("thirty", 30)):
        for word, n in _UNITS.items():
            if base + n <= 31:
                out[f"{tens}-{word}"] = base + n
                out[f"{tens} {word}"] = base + n
    return out


def _suffix(n: int) -> str:
    if n in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


@lru_cache(maxsize=1)
def _spelled_re() -> re.Pattern[str]:
    lx = _lexicon()
    ords = "|".join(sorted((re.escape(k) for k in _ordinals()), key=len, reverse=True))
    tod = "|".join(words()["times_of_day"])
    months = rf"(?:{lx.month_re}|{lx.abbr_re})\b"
    return re.compile(
        rf"(?i:\b(?P<lead>(?:{'|'.join(DAY_PREPOSITIONS)})\s+|(?:{lx.weekday_re})"
        rf"(?:\s+(?:{tod}))?,?\s+)?the\s+)(?P<word>(?i:{ords}))\b"
        rf"(?P<month>\s+of\s+{months})?"
        r"(?=\s*(?:[.,;:!?)\-–—]|$)|\s+(?:the|a|at|in|when)\b)"
    )


def spelled_days(text: str) -> str:
    """``text`` with ordinal words that name a day of the month rewritten as right-aligned
    digits of the same length ("on the ninth of" -> "on the      9th of")."""

    def repl(m: re.Match[str]) -> str:
        word = m["word"]
        n = _ordinals()[re.sub(r"\s+", " ", word.lower())]
        lead = (m["lead"] or "").strip().lower()
        weekday = bool(lead) and lead.split()[0].rstrip(",") not in DAY_PREPOSITIONS
        if not (m["month"] or weekday or (lead and n not in _RANKS)):
            return m[0]
        digits = f"{n}{_suffix(n)}"
        start = m.start("word") - m.start()
        return m[0][:start] + digits.rjust(len(word)) + m[0][m.end("word") - m.start() :]

    return _spelled_re().sub(repl, text)


def weekday_day_re() -> str:
    """A weekday with a day of the month after it ("Saturday the 19th", "Friday
    morning, the 15th"), with no month named after the day."""
    lx = _lexicon()
    tod = "|".join(words()["times_of_day"])
    months = rf"(?:{lx.month_re}|{lx.abbr_re})\b"
    return (
        rf"\b(?:[Oo]n\s+)?({lx.weekday_re})(?:\s+(?:{tod}))?,?\s+the\s+([1-9]|[12]\d|3[01])"
        rf"(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?{months})"
    )


def _on_weekday(year: int, month: int, day: int, weekday: int) -> Interval | None:
    dd = safe_day(year, month, day)
    return day_interval(dd) if dd is not None and dd.weekday() == weekday else None


def weekday_day(g: re.Match[str]) -> Resolver:
    """ "Saturday the 19th": the 19th that is a Saturday, in the story's month or a month
    next to it, else the latest one up to publication; the 19th of the story's month
    (or of publication) when none falls on that weekday."""
    weekday = _lexicon().weekdays[g[1].capitalize()]
    n = int(g[2])

    def res(a: Anchor) -> Interval | None:
        pub, ref = a.published, a.antecedent
        if ref is not None and ref.precision in ("month", "day"):
            for k in (0, 1, -1):
                year, month = _add_months(ref.lo.year, ref.lo.month, k)
                iv = _on_weekday(year, month, n, weekday)
                if iv is not None and (pub is None or iv.hi <= pub.hi):
                    return iv
        if pub is None:
            return None
        for k in range(_MONTHS_BACK + 1):
            year, month = _add_months(pub.lo.year, pub.lo.month, -k)
            iv = _on_weekday(year, month, n, weekday)
            if iv is not None and iv.hi <= pub.hi:
                return iv
        base = ref if ref is not None and ref.precision in ("month", "day") else pub
        dd = safe_day(base.lo.year, base.lo.month, n)
        return day_interval(dd) if dd else None

    return res


def earlier_mention(a: Anchor, ref: Interval, unit: str, k: int) -> Interval:
    """What "two days later" counts from: ``ref`` (the story's time), or the day last
    mentioned when counting from ``ref`` would pass publication ("Tonight ... On the 1st
    the president announced ... Two days later ...": the announcement's day)."""
    pub, seen = a.published, a.mentioned
    if pub is None or seen is None or seen.precision != "day" or seen.hi >= ref.lo:
        return ref
    if unit not in ("day", "week"):
        return ref
    days = k * int(words()["units"][unit])
    if ref.lo.toordinal() + days <= pub.hi.toordinal():
        return ref
    return seen
