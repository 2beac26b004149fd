"""A "since <weekday>" that refers back to a day the story has already named.

"Last Thursday evening the prime minister announced ... On Saturday night ... The
ministry says hundreds have been detained since Thursday": in a Friday's text the bare
"Thursday" is not yesterday but the Thursday the story began on, named earlier. A bare
weekday after "since" is moved back to the latest single day of the same weekday read
so far, when that day lies a whole number of weeks (up to two) before it. Also the
pattern of "since the weekend". Used by :mod:`unrest.extract._date_sweep` and
:mod:`unrest.extract._date_rules`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from unrest.extract._date_base import Interval, TimeExpr

#: "since the weekend": the weekend a since-span runs from.
SINCE_WEEKEND_RE = r"(?<=\bsince\s)(?:the\s+)?weekend\b"
#: Weeks a named day may lie before the bare weekday and still be what it means.
_MAX_WEEKS = 2
# A weekday said alone, perhaps with a part of the day ("Thursday", "Wednesday night").
_BARE = re.compile(r"(?:on\s+)?[A-Z][a-z]+day\b(?:\s+\w+)?")


def refit_since_weekday(
    expr: TimeExpr, iv: Interval | None, seen: list[Interval]
) -> Interval | None:
    """``iv`` (the span of "since <weekday>" up to now) started on an earlier day of the
    same weekday in ``seen`` (the dates read so far), the latest such single day one or
    two weeks back; else ``iv`` as it is. Only for a since-expression of a bare weekday."""
    if iv is None or expr.role != "since" or iv.precision != "day":
        return iv
    if not _BARE.fullmatch(expr.text):
        return iv
    for day in reversed(seen):
        if day.lo != day.hi or day.precision != "day" or day.lo >= iv.lo:
            continue
        gap = (iv.lo - day.lo).days
        if gap % 7 == 0 and gap // 7 <= _MAX_WEEKS:
            return Interval(day.lo, iv.hi, "day")
    return iv


def reaches_now(iv: Interval, now: Interval | None) -> bool:
    """Whether ``iv`` already runs from an earlier day up to ``now`` ("since then", read as
    the story's day up to the time of writing): no "since" reading is to start it anew."""
    return now is not None and iv.lo < now.lo and iv.hi == now.hi


def opens_sentence(span: Span, sent: Span, iv: Interval) -> bool:
    """Whether a single day ``span`` opens ``sent`` ("Last Thursday evening, the prime
    minister announced ..."): it sets the scene for what follows even when it dates a
    reporting act, when no time is in force yet."""
    return (
        iv.lo == iv.hi
        and span.start <= sent.start + 1
        and any(t.pos_ in ("VERB", "AUX") for t in sent)
    )
