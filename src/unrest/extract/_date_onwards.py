"""A state or outage dated only by the day it started ("internet was cut from Monday",
"disrupted from 15 July onwards"), with no end given: it runs from that day up to the
time of writing, when that is at most a few weeks later. (An episode that merely "began
on Thursday" keeps that day: the gold dates the start.)

Used by :mod:`unrest.extract.when`.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval, spanning
from unrest.extract._date_found import Found

#: Days before the time of writing within which an open "from X" still runs up to it.
_OPEN_DAYS = 31
# Verbs of an end or a return: "restored from 21 November" dates the end, not the state.
# "which lasted a week" closes the span in words the clause does not date.
_ENDING = frozenset({"restore", "lift", "resume", "end", "reopen", "release", "free", "last"})
_VERBAL = frozenset({"VERB", "AUX"})


def _ends(trigger: Token) -> bool:
    """Whether the sentence of ``trigger`` tells of an end, a return or a length."""
    return any(t.pos_ in _VERBAL and t.lemma_.lower() in _ENDING for t in trigger.sent)


def _opens(best: Found) -> bool:
    """Whether ``best`` is "from X" on a verb ("cut from Monday"), not on a noun ("videos
    from Monday") or an adverb ("up from 143 a week earlier")."""
    prep = _prep(best)
    return prep.lower_ == "from" and prep.head.pos_ in _VERBAL


def _prep(best: Found) -> Token:
    """The preposition that takes the date of ``best`` (its head when there is none)."""
    head = best.head
    return head.head if head.dep_ == "pobj" else head


def open_from(best: Found, iv: Interval, trigger: Token, now: Interval | None) -> Interval:
    """``iv`` run up to ``now`` when it is the single day of an open "from X" (no "to",
    "until" or duration closing it) a few weeks at most before ``now``."""
    if best.expr.role != "from" or iv != best.interval or now is None or not _opens(best):
        return iv
    if iv.precision != "day" or iv.lo != iv.hi or now.precision != "day":
        return iv
    if not 0 < (now.lo - iv.hi).days <= _OPEN_DAYS or _ends(trigger):
        return iv
    return spanning(iv, now)
