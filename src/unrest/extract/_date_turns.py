"""Interview answers whose question names the time they are about.

"Docket: You were still in Tehran in January 2020. What do you remember?" /
"Sadeghpour: ... Then on Saturday the military admitted it": the question's month is
the answer's time, and a bare weekday in the answer ("on Saturday", "from Wednesday
to Saturday") is one of that month's days, not of the week of publication. Which
one the weekday alone does not say, so the month is kept.

Used by :mod:`unrest.extract._date_sweep`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unrest.extract._date_base import Anchor, Interval, TimeExpr, coarsen, words
from unrest.extract._dates import find_expressions
from unrest.extract._names_interview import answer_spans
from unrest.extract._names_turns import turn_labels

# Characters before an answer read as its question when no earlier answer bounds it.
_QUESTION_CHARS = 400


@dataclass(frozen=True)
class AskedTime:
    """The answer at ``start:end`` and the month its question names."""

    start: int
    end: int
    month: Interval


def asked_times(text: str) -> list[AskedTime]:
    """The answers of an interview layout whose question names one month (absolutely:
    "in January 2020", "on 8 January 2020"), with that month."""
    answers = answer_spans(text)
    if not answers:
        turns = turn_labels(text)
        answers = turns[1] if turns else []
    out: list[AskedTime] = []
    prev_end = 0
    for start, end in answers:
        question = text[max(prev_end, start - _QUESTION_CHARS) : start]
        prev_end = end
        months = {
            coarsen(iv, "month")
            for ex in find_expressions(question)
            if ex.kind == "absolute"
            and (iv := ex.resolve(Anchor(None))) is not None
            and iv.precision in ("month", "day")
            and iv.lo.month == iv.hi.month
            and iv.lo.year == iv.hi.year
        }
        if len(months) == 1:
            out.append(AskedTime(start, end, months.pop()))
    return out


@lru_cache(maxsize=1)
def _bare_weekday() -> re.Pattern[str]:
    days = "|".join(words()["weekdays"])
    tod = "|".join(words()["times_of_day"])
    one = rf"(?:{days})(?:\s+(?:{tod}))?"
    return re.compile(rf"(?:(?:on|from)\s+)?{one}(?:\s*(?:-|–|to|and|until)\s*{one})?", re.I)


def in_asked_month(
    asked: list[AskedTime], at: int, expr: TimeExpr, iv: Interval | None
) -> Interval | None:
    """``iv`` of a bare weekday at character ``at``, replaced by the month its answer's
    question names when the weekday was counted to a day after that month."""
    if iv is None or not _bare_weekday().fullmatch(expr.text):
        return iv
    for a in asked:
        if a.start <= at < a.end and a.month.hi < iv.lo:
            return a.month
    return iv
