"""A story told day by day with weekdays: a bare weekday counts from the labelled day.

"Only on Saturday, 11 January, did the armed forces admit ... That same Saturday
evening, students gathered ... On Sunday, crowds returned" in a letter of Tuesday 21
January: the text printed a weekday beside a date ("Saturday, 11 January", "Monday 14
January", "Friday the 15th"), and the weekdays that follow name the days of that week
(Saturday the 11th, Sunday the 12th), not the last Saturday or Sunday before
publication. A bare weekday ("on Sunday", "Saturday evening", "by Friday") is moved to
its first occurrence on or after the latest labelled day when the story's time is still
in that week, the day is not before the story's time, and publication lies more than
a week after it. The day of a reporting act ("said on Friday") keeps the publication's
week: reports are news.
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from unrest.extract._date_base import (
    Anchor,
    Interval,
    Resolver,
    TimeExpr,
    _lexicon,
    day_interval,
    words,
)
from unrest.extract._date_weekday import printed_weekday

# Days after the labelled day within which a weekday names a day of its week.
_WEEK = 6


@lru_cache(maxsize=1)
def _bare_re() -> re.Pattern[str]:
    tod = "|".join(words()["times_of_day"])
    return re.compile(
        rf"(?:(?:on|by|from|until|till|since)\s+)?(?:the\s+)?({_lexicon().weekday_re})"
        rf"(?:\s+(?:{tod}))?",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _named_re() -> re.Pattern[str]:
    return re.compile(rf"\b({_lexicon().weekday_re})\b", re.IGNORECASE)


def _single_day(iv: Interval | None) -> bool:
    return iv is not None and iv.precision == "day" and iv.lo == iv.hi


def labelled_day(text: str, expr: TimeExpr, iv: Interval | None) -> Interval | None:
    """``iv`` when ``expr`` (in sentence ``text``) is a date printed with its weekday
    ("Saturday, 11 January", "Monday 14 January", "Friday the 15th") that falls on it;
    else None."""
    if iv is None or not _single_day(iv) or _bare_re().fullmatch(expr.text):
        return None
    named = _named_re().search(expr.text)
    weekday = _lexicon().weekdays[named[1].capitalize()] if named else printed_weekday(text, expr)
    return iv if weekday == iv.lo.weekday() else None


def in_labelled_week(
    expr: TimeExpr,
    iv: Interval | None,
    label: Interval | None,
    refs: list[Interval | None],
    now: Interval | None,
) -> Interval | None:
    """The day of the labelled week that the bare weekday ``expr`` names, when the story's
    time (one of ``refs``) lies within a week of the labelled day ``label`` and ``now``
    more than a week after it; else ``iv``."""
    if label is None or now is None or iv is None or not _single_day(iv):
        return iv
    if not _bare_re().fullmatch(expr.text) or (now.lo - label.lo).days <= _WEEK:
        return iv
    times = [r for r in refs if r is not None]
    if not any(abs((r.lo - label.lo).days) <= _WEEK for r in times):
        return iv
    day = label.lo + timedelta(days=(iv.lo.weekday() - label.lo.weekday()) % 7)
    # The story goes forward day by day: a weekday before its time is the news of the
    # week of publication ("... on Wednesday night. ... killed on Thursday").
    if day < min(r.lo for r in times):
        return iv
    return day_interval(day) if day < iv.lo else iv


def that_weekday_re() -> str:
    """ "That Saturday", "that same Saturday night": a weekday pointed back to."""
    tod = "|".join(words()["times_of_day"])
    return (
        rf"\b[Tt]hat\s+(?:same\s+)?({_lexicon().weekday_re})(?:\s+(?:{tod}))?\b"
        r"(?!,?\s+(?:the\s+)?\d)"
    )


def that_weekday(g: re.Match[str]) -> Resolver:
    """ "That Saturday": the latest such weekday up to the end of the time referred back
    to (known to the day): a day the story has already told."""
    target = _lexicon().weekdays[g[1].capitalize()]

    def res(a: Anchor) -> Interval | None:
        ref = a.antecedent
        if ref is not None and ref == a.published and a.past is not None:
            ref = a.past  # "that" points away from the writer's today
        if ref is None or ref.precision != "day":
            return None
        return day_interval(ref.hi - timedelta(days=(ref.hi.weekday() - target) % 7))

    return res
