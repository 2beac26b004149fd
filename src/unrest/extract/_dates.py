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

import re
from collections.abc import Callable
from functools import lru_cache

from unrest.extract._date_base import (
    Anchor,
    Interval,
    TimeExpr,
    coarsen,
    coarser,
    day_interval,
    interval_of,
    month_interval,
    spanning,
    words,
    year_interval,
)
from unrest.extract._date_monthpair import month_pair
from unrest.extract._date_rules import _YEAR, _compiled, _Pattern
from unrest.extract._date_spelled import spelled_days

__all__ = [
    "Anchor",
    "Interval",
    "TimeExpr",
    "coarsen",
    "coarser",
    "day_interval",
    "find_expressions",
    "interval_of",
    "is_stamp",
    "month_interval",
    "words",
    "year_interval",
]

# --------------------------------------------------------------------------- search

_ROLE_WORDS = {
    "since": "since",
    "until": "until",
    "till": "until",
    "through": "until",
    "to": "until",
    "by": "until",
    "from": "from",
}
_AMBIGUOUS_CONTEXT = re.compile(r"\d|,")


def _role(text: str, start: int) -> str:
    before = re.findall(r"[A-Za-z]+", text[max(0, start - 30) : start])
    before = [w.lower() for w in before if w.lower() not in ("the", "ever", "much", "of")]
    return _ROLE_WORDS.get(before[-1], "point") if before else "point"


@lru_cache(maxsize=1)
def _WEEKDAY_BODY() -> re.Pattern[str]:  # noqa: N802 - a cached constant
    """A weekday alone, or with a part of the day ("Wednesday night")."""
    w = words()
    days = "|".join(w["weekdays"])
    parts = "|".join(w["times_of_day"])
    return re.compile(rf"(?:on\s+|last\s+|this\s+)?(?:{days})(?:\s+(?:{parts}))?", re.IGNORECASE)


def _previous_word(text: str, start: int) -> str:
    found = re.findall(r"[A-Za-z'’]+", text[max(0, start - 25) : start])
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
    if _WEEKDAY_BODY().fullmatch(body):
        nxt = re.match(r"\s*([A-Za-z]+)", text[e : e + 20])
        if nxt and nxt.group(1).lower() in words()["weekday_nouns"]:
            return prev in words()["weekday_noun_prepositions"]
        return prev in words()["weekday_prepositions"] or " " in body
    if re.fullmatch(r"[Tt]he\s+[A-Z][a-z]+", body):
        nxt = re.match(r"\s*([A-Za-z]+)", text[e : e + 20])
        return not (nxt and nxt.group(1).lower() in words()["weekday_nouns"])
    first = re.match(r"[A-Za-z]+", body)
    if first and first.group(0) in words()["ambiguous_months"] and body == first.group(0):
        after = text[e : e + 3]
        return prev in words()["time_prepositions"] or bool(_AMBIGUOUS_CONTEXT.match(after.strip()))
    return True


def _default_year_ok(text: str) -> Callable[[int, int], bool]:
    def ok(start: int, end: int) -> bool:
        prev = _previous_word(text, start)
        return prev in words()["time_prepositions"] or prev in ("the", "'s", "’s")

    return ok


def find_expressions(
    text: str,
    year_ok: Callable[[int, int], bool] | None = None,
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
    scan = spelled_days(text)  # "the ninth of October" read as "the 9th of October"
    for pat in _compiled():
        for mt in pat.regex.finditer(scan):
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
    exprs = [
        ex
        for i, ex in enumerate(exprs)
        if not _lasts(text, ex)
        and (i == 0 or not (_names_a_weekly_event(text, ex) or _restates(text, exprs[i - 1], ex)))
    ]
    return _merge_ranges(text, exprs)


def _names_a_weekly_event(text: str, expr: TimeExpr) -> bool:
    """Whether ``expr`` is a weekday naming a weekly event ("after Friday prayers"): a
    date only when no other date comes before it in the sentence."""
    nxt = re.match(r"\s*([A-Za-z]+)", text[expr.end : expr.end + 20])
    return (
        bool(_WEEKDAY_BODY().fullmatch(expr.text))
        and nxt is not None
        and nxt.group(1).lower() in words()["weekday_nouns"]
    )


_AFTER_SOMETHING = re.compile(r"\w+\s+(?:day|week|month|year)s?\s+(?:after|before)", re.IGNORECASE)
_APPOSITION = re.compile(
    r",\s*(?:(?:less|more|fewer)\s+than|about|some|nearly|almost|just|only|"
    r"barely|roughly|exactly|precisely)?\s*",
    re.IGNORECASE,
)


def _restates(text: str, prev: TimeExpr, expr: TimeExpr) -> bool:
    """Whether ``expr`` is an offset from another event set after a date in apposition
    ("on 12 December, less than a month after his arrest"): it restates that date
    from the other event's time, which is not the narrative's."""
    return bool(
        _AFTER_SOMETHING.fullmatch(expr.text) and _APPOSITION.fullmatch(text[prev.end : expr.start])
    )


def _lasts(text: str, expr: TimeExpr) -> bool:
    """Whether the offset ``expr`` is a duration ("disrupted for several days after the
    violence"): how long, not when."""
    return bool(_AFTER_SOMETHING.fullmatch(expr.text)) and bool(
        _FOR_LENGTH.search(text[max(0, expr.start - 40) : expr.start])
    )


_FOR_LENGTH = re.compile(
    r"\bfor\s+(?:(?:about|around|nearly|almost|some|roughly|approximately|at\s+least|"
    r"more\s+than|up\s+to)\s+)?$",
    re.IGNORECASE,
)


# What may surround the date of a time stamp: a clock time, a zone, separators.
_STAMP_REST = re.compile(
    r"[\s,|:\-–—()\[\]]*(?:(?:at\s+)?\d{1,2}[:.h]\d\d(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:GMT|UTC|CET|CEST|EST|EDT|BST|IRST|local time|local))?[\s,|:\-–—()\[\]]*)?",
    re.IGNORECASE,
)


def is_stamp(text: str, expr: TimeExpr) -> bool:
    """Whether ``text`` is only a time stamp: the date ``expr`` with at most a clock time
    and separators around it ("18 June 2018, 09:40", "Updated 3 May 2021 | 14:05 GMT" is
    not: it has other words)."""
    before = _STAMP_WEEKDAY.sub("", text[: expr.start])
    return bool(_STAMP_REST.fullmatch(before) and _STAMP_REST.fullmatch(text[expr.end :]))


# A day header's weekday left outside the date ("SATURDAY 11 JANUARY 2020").
_STAMP_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[\s,]*$", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_JOIN = re.compile(r"\s*(?:-|–|—|to|through|until|till|and)\s*(?:the\s+)?", re.IGNORECASE)


_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")


def _merge_ranges(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """Join "from X to Y", "X-Y", "between X and Y", and two days "X and Y" ("15 and 16
    May", "on Saturday and Sunday") into ranges."""
    out: list[TimeExpr] = []
    for ex in exprs:
        prev = out[-1] if out else None
        if prev is not None and prev.role in ("from", "point"):
            gap = text[prev.end : ex.start]
            pair = month_pair(text, prev, ex)
            if pair is not None:
                out[-1] = pair
                continue
            if _JOIN.fullmatch(gap):
                by_and = gap.strip().lower().startswith("and")
                if (
                    not by_and
                    or _previous_word(text, prev.start) == "between"
                    or (_DAY_NUMBER.search(prev.text) and _DAY_NUMBER.search(ex.text))
                    or (_WEEKDAY_BODY().search(prev.text) and _WEEKDAY_BODY().fullmatch(ex.text))
                ):
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
        return spanning(ia, ib)

    kind = "absolute" if a.kind == b.kind == "absolute" else "relative"
    return TimeExpr(a.start, b.end, text[a.start : b.end], kind, a.role, res)
