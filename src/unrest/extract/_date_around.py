"""Events dated by an unmeasured stretch of time before or after a moment: "police
arrested several activists in the days before Saturday's rally" ran from some days
before that Saturday up to the day before it; "the three were arrested in the weeks
after the shooting" ran from the shooting into the following weeks; "he was taken two
weeks after the protest in November" lies that gap after it.

The moment is the object of "before" or "after"; its date is a date inside that object
("Saturday's rally", "a November 2022 protest"), else the date of an earlier dated noun
of the same name ("the shooting"). Used by :mod:`unrest.extract.when`.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Token

from unrest.extract._date_base import (
    Interval,
    _lexicon,
    coarsen,
    day_interval,
    month_interval,
    words,
)
from unrest.extract._date_found import Found
from unrest.extract._date_syntax import ancestors, trigger_verb

# Days an unmeasured stretch of each unit reaches ("in the days after": about a week).
_REACH = {"day": 7, "week": 28, "month": 90}
_STRETCH_PREPS = frozenset({"in", "during", "over", "within"})
_SIDES = frozenset({"before", "after"})
# Dependencies that open another clause, with a time of its own.
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "parataxis"})
_ONE = frozenset({"a", "an"})


def around_moment(
    trigger: Token,
    candidates: list[Found],
    named: dict[str, list[Interval]],
    now: Interval | None,
) -> Interval | None:
    """The date of an event of ``trigger`` told as a stretch or gap before or after a
    dated moment, not past ``now`` (the time of writing); None when its clause holds no
    such phrase or the moment has no date."""
    holders = {trigger, trigger_verb(trigger)}
    for side in trigger.sent:
        if side.lower_ not in _SIDES or side.dep_ != "prep":
            continue
        shape = _shape(side, holders)
        if shape is None:
            continue
        unit, gap = shape
        # A measured gap needs the moment's own date: an earlier noun of the same name
        # ("two months after that uprising") may be another occurrence.
        moment = _moment(side, candidates, named if gap is None else {})
        if moment is None:
            return None
        if gap is not None:
            return _shifted(moment, gap if side.lower_ == "after" else -gap)
        if side.lower_ == "before":
            return _before(moment, _REACH[unit])
        return _after(moment, _REACH[unit], now)
    return None


def _unit(tok: Token) -> str | None:
    """The unit a plural time noun names ("days" day, "weeks" week)."""
    lemma = tok.lemma_.lower()
    return lemma if lemma in _REACH and tok.lower_.endswith("s") else None


def _shape(side: Token, holders: set[Token]) -> tuple[str, int | None] | None:
    """The unit and the measured gap (None: an unmeasured stretch) of a "before"/"after"
    phrase of a trigger's clause: "in the days before X" (the phrase hangs from the
    time noun or, as the parser often has it, from the verb right after it) or "two
    weeks after X"."""
    head = side.head
    if head.i == side.i - 1 and (unit := _unit(head)) and head.dep_ == "pobj":
        prep = head.head
        if prep.lower_ in _STRETCH_PREPS and _within(prep.head, holders):
            return unit, None
        return None
    if head not in holders:
        return None
    before = side.doc[side.i - 1] if side.i > 0 else None
    unit = _unit(before) if before is not None else None
    if before is None or unit is None:
        return None
    if before.dep_ == "pobj" and before.head.lower_ in _STRETCH_PREPS:
        return unit, None
    lead = side.doc[before.left_edge.i - 1] if before.left_edge.i > 0 else None
    if before.dep_ == "npadvmod" and (lead is None or lead.lower_ != "for"):
        count = _count(before)
        # Days a measured gap of the unit is ("two weeks after"): time_words' units.
        return (unit, count * int(words()["units"][unit])) if count else None
    return None


def _within(tok: Token, holders: set[Token]) -> bool:
    """Whether ``tok`` is one of ``holders`` or hangs from one inside the same clause
    (the parser often hangs a time phrase on a participle of the agent: "abducted by
    men believed to be officers in the days before Tuesday")."""
    for up in ancestors(tok)[:6]:
        if up in holders:
            return True
        if up.dep_ in _CLAUSES:
            return False
    return False


def _count(noun: Token) -> int | None:
    """How many units a gap noun counts ("two weeks" 2, "a week" 1); None if no number
    says."""
    for c in noun.children:
        if c.dep_ in ("nummod", "det"):
            if c.lower_.isdigit():
                return int(c.lower_)
            return 1 if c.lower_ in _ONE else _lexicon().numbers.get(c.lower_)
    return None


def _moment(
    side: Token, candidates: list[Found], named: dict[str, list[Interval]]
) -> Interval | None:
    """The date of the object of ``side``: a date inside it, else the date of an
    earlier noun of its name."""
    objects = [c for c in side.children if c.dep_ == "pobj"]
    if not objects:
        return None
    inside = {t.i for t in objects[0].subtree}
    for f in candidates:
        if f.interval is not None and f.head.i in inside:
            return f.interval
    known = named.get(objects[0].lemma_.lower())
    return known[-1] if known else None


def _before(moment: Interval, reach: int) -> Interval:
    """From ``reach`` days before the moment (to the month) up to the day before it."""
    lo = moment.lo - timedelta(days=reach)
    hi = moment.lo - timedelta(days=1)
    if moment.precision == "day":
        return Interval(lo, hi, "month", hi_precision="day")
    return coarsen(Interval(lo, hi, "day"), "month")


def _after(moment: Interval, reach: int, now: Interval | None) -> Interval:
    """From the moment (at its own precision) up to ``reach`` days after it, to the
    month; up to the day of writing ``now`` when that comes first."""
    end = moment.hi + timedelta(days=reach)
    if now is not None and now.precision == "day" and moment.lo <= now.hi < end:
        return Interval(moment.lo, now.hi, moment.precision, hi_precision="day")
    span = coarsen(Interval(moment.lo, end, "day"), "month")
    if moment.precision != "day":
        return span
    return Interval(moment.lo, span.hi, "month", lo_precision="day")


def _shifted(moment: Interval, days: int) -> Interval:
    """The moment moved a measured gap of ``days`` (a day stays a day; a coarser moment
    spans the months the shift reaches)."""
    lo, hi = moment.lo + timedelta(days=days), moment.hi + timedelta(days=days)
    if moment.precision == "day":
        return day_interval(lo, hi)
    if moment.precision == "month":
        return month_interval(lo.year, lo.month, hi.month, hi.year)
    return coarsen(Interval(lo, hi, "day"), moment.precision)
