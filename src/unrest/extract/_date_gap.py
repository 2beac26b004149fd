"""An event a measured gap before a dated moment: "Residents buried their dead on
Thursday, a week after security forces opened fire on worshippers": the firing was a
week before that Thursday, not on it. The event sits in an "after" clause (or is the
object of "after") measured by a gap of days or weeks, and the clause it hangs from
has a day of its own, or the gap phrase is set off right after a day date ("arrested them
on 12 October, two days after workers walked out"): the gap then measures from that day,
whatever the parser hangs the clause from."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Token

from unrest.extract._date_base import Interval, _lexicon, day_interval
from unrest.extract._date_found import Found
from unrest.extract._date_syntax import ancestors

_UNIT_DAYS = {"day": 1, "week": 7, "fortnight": 14}
_ONE = frozenset({"a", "an", "one"})


def _gap_days(tok: Token) -> int | None:
    """The days a gap word ("a week", "two days") measures; None if it is no gap."""
    if tok.dep_ != "npadvmod" or tok.lemma_.lower() not in _UNIT_DAYS or tok.i > tok.head.i:
        return None
    unit = _UNIT_DAYS[tok.lemma_.lower()]
    for c in tok.children:
        word = c.lower_
        if c.dep_ == "det" and word in _ONE:
            return unit
        if c.dep_ == "nummod":
            n = int(word) if word.isdigit() else _lexicon().numbers.get(word)
            return n * unit if n else None
    return None


def _after_clause(trigger: Token) -> tuple[Token, int, Token] | None:
    """The "after" clause or phrase holding ``trigger``, the days its gap measures and
    the gap word."""
    for tok in ancestors(trigger):
        if tok.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in tok.children
        ):
            marks = [c for c in tok.children if c.dep_ == "mark" and c.lower_ == "after"]
            for g in [*tok.children, *marks[0].children]:
                days = _gap_days(g)
                if days is not None:
                    return tok, days, g
            return None
        if tok.dep_ == "prep" and tok.lower_ == "after" and tok is not trigger:
            for g in tok.children:
                days = _gap_days(g)
                if days is not None:
                    return tok, days, g
            return None
    return None


def gap_before(trigger: Token, candidates: list[Found]) -> Interval | None:
    """The day an event of ``trigger`` happened, a measured gap before the day of the
    clause its "after" clause hangs from; None when there is no such gap or day."""
    found = _after_clause(trigger)
    if found is None:
        return None
    clause, days, gap = found
    main = clause.head
    apposed = _apposed_day(gap, candidates)
    if apposed is not None:
        return day_interval(_named_weekday(clause, apposed - timedelta(days=days), days))
    for f in candidates:
        iv = f.interval
        if iv is None or iv.precision != "day" or iv.lo != iv.hi:
            continue
        up = ancestors(f.head)
        if clause in up or main not in up:
            continue
        if any(t.dep_ in ("advcl", "ccomp", "relcl", "acl") for t in up[: up.index(main)]):
            continue
        return day_interval(_named_weekday(clause, iv.lo - timedelta(days=days), days))
    return None


def _apposed_day(gap: Token, candidates: list[Found]) -> date | None:
    """The day of a date the gap phrase directly follows after a comma ("on 12 October,
    two days after ..."): the phrase is an apposition measuring back from that day."""
    first = min(t.i for t in gap.subtree)
    if first == 0 or gap.doc[first - 1].text != ",":
        return None
    comma = gap.doc[first - 1]
    for f in candidates:
        iv = f.interval
        if iv is None or iv.precision != "day" or iv.lo != iv.hi:
            continue
        if f.end <= comma.idx and not gap.doc.text[f.end : comma.idx].strip():
            return iv.lo
    return None


def _named_weekday(clause: Token, day: date, gap: int) -> date:
    """``day``, or the nearest day within three of it that falls on a weekday the clause
    names ("a week after ... what activists call 'Bloody Friday'"): a gap in weeks is a
    round figure, the weekday is exact."""
    if gap < 7:
        return day
    names = _lexicon().weekdays
    wanted = {names[t.text] for t in clause.subtree if t.text in names}
    if len(wanted) != 1:
        return day
    target = wanted.pop()
    shift = (target - day.weekday() + 3) % 7 - 3
    return day + timedelta(days=shift)
