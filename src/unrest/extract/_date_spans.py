"""How the dates found around an event join into one span (used by
:mod:`unrest.extract.when`): "X ... through Y", "from X ... not restored at the time of
writing", "by X" after the time in force."""

from __future__ import annotations

from unrest.extract._date_base import Interval, spanning
from unrest.extract._date_coord import coordinated
from unrest.extract._date_found import Found

# Days a narrative time may lie before a "by" date and still open its span.
_BY_REACH = 366


def by_span(iv: Interval, narrative: Interval | None) -> Interval:
    """ "By X": what had happened by X happened from the time in force up to X (the
    date alone when no earlier time is in force, or it lies too far back)."""
    if narrative is None or not narrative.lo < iv.lo or (iv.lo - narrative.lo).days > _BY_REACH:
        return iv
    return spanning(narrative, iv)


def combine(best: Found, others: list[Found]) -> Interval | None:
    """The span that ``best`` and the other dates of its clause make together."""
    iv = best.interval
    if iv is None:
        return None
    joined = coordinated(best, others)
    if joined is not None:
        return joined
    for other in others:
        oiv = other.interval
        if oiv is None:
            continue
        if (
            best.expr.role != "until"
            and other.expr.role == "until"
            and other.start > best.end
            and oiv.hi >= iv.lo
        ):
            return spanning(iv, oiv)
        if (
            best.expr.role == "from"
            and other.expr.kind == "now"
            and other.start > best.end
            and oiv.hi >= iv.lo
        ):
            # "cut from 24 February and not restored at the time of writing"
            return spanning(iv, oiv)
        if (
            best.expr.role == "until"
            and other.expr.role != "until"
            and other.end < best.start
            and oiv.lo <= iv.hi
        ):
            return spanning(oiv, iv)
    return iv
