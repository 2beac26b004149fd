"""Dated entries (a digest's "7 December - Three-day strike ends", a list's "* 28
December – ..."): the entry's day is the "now" its weekdays count back from."""

from __future__ import annotations

import re
from functools import lru_cache

from unrest.extract._date_base import Interval, TimeExpr, words


@lru_cache(maxsize=1)
def _plain_weekday() -> re.Pattern[str]:
    days = "|".join(words()["weekdays"])
    return re.compile(rf"(?:on\s+)?(?:{days})\b", re.IGNORECASE)


def entry_weekday(text: str) -> bool:
    """Whether the expression ``text`` is a plain weekday ("on Wednesday", "Monday to
    Wednesday"), not one counted from now ("last Friday", "this Monday")."""
    return bool(_plain_weekday().match(text))


def entry_now(entry: Interval | None, local: Interval | None, text: str) -> Interval | None:
    """The "now" of a plain weekday ``text`` inside a dated entry: the entry's day, when it
    is one day no later than the publication date (a digest written after the days it
    sums up)."""
    if entry is None or local is None or entry.precision != "day" or entry.lo != entry.hi:
        return None
    if not entry_weekday(text):
        return None
    return entry if entry.hi <= local.hi else None


@lru_cache(maxsize=1)
def _apposed() -> re.Pattern[str]:
    days = "|".join(words()["weekdays"])
    parts = "|".join(words()["times_of_day"])
    # "Three weeks ago, on the morning of January 8": the part of the day goes with it.
    return re.compile(
        rf"\s*,\s*(?:on\s+)?(?:the\s+(?:{parts})\s+of\s+)?(?:(?:{days}),?\s+)?",
        re.IGNORECASE,
    )


_DIGIT = re.compile(r"\d")


def restated(text: str, exprs: list[TimeExpr]) -> list[TimeExpr]:
    """``exprs`` without a story-relative time that a dated apposition restates ("The next
    evening, Sunday 12 January, ..."): the explicit date says which day it is."""
    out: list[TimeExpr] = []
    for i, ex in enumerate(exprs):
        nxt = exprs[i + 1] if i + 1 < len(exprs) else None
        if (
            nxt is not None
            and ex.kind in ("narrative", "relative")
            and _DIGIT.search(nxt.text)
            and _apposed().fullmatch(text[ex.end : nxt.start])
        ):
            continue
        out.append(ex)
    return out
