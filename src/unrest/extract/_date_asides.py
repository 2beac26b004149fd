"""Dates that leave the story's time alone.

Spans that run from the story's time up to the time of writing ("since then", "to this
day", "in the years since"): they date what their own clause says, but the story does not
move to them. "The protests began on 28 December 2017. Everything since then carries their
mark. On 30 December they reached Tehran": the story still stands in December 2017, and
the bare "30 December" is read against it, not against a span reaching to publication."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from unrest.extract._date_base import Interval, TimeExpr, words
from unrest.extract._date_found import Found
from unrest.extract._where_story import dateline_tokens


@cache
def _up_to_now() -> re.Pattern[str]:
    alts = sorted((re.escape(w) for w in words()["up_to_now_words"]), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(alts)})", re.IGNORECASE)


def runs_to_now(expr: TimeExpr) -> bool:
    """Whether ``expr`` is a span from the story's time up to now ("ever since")."""
    return _up_to_now().fullmatch(expr.text.strip()) is not None


def in_dateline(head: Token) -> bool:
    """Whether a date is part of a wire dateline ("DUBAI, Dec 3 (Wire) - About 7,000 were
    arrested during last month's protests"): the day the report was filed, like the
    publication date, not the time of what the report tells."""
    return head.i in dateline_tokens(head.doc)


def filing_day(found: list[Found]) -> Interval | None:
    """The dateline day of a sentence, the last resort for an event its sentence and the
    story leave undated ("HAMEDAN, Oct 9 (Wire) - Police detained a union leader.")."""
    return next((f.interval for f in found if f.interval and in_dateline(f.head)), None)
