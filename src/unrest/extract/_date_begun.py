"""An episode named by the day it began ("the demonstrations that began on Friday"), a few
days before the time of writing: the noun names the whole episode, from that day up to
now, and so does the story told after it. An episode that began weeks earlier ("the
protests that erupted on 15 November", written in December) keeps its first day."""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval, spanning

_NOMINAL = frozenset({"NOUN", "PROPN"})
BEGIN_VERBS = frozenset({"begin", "start", "erupt", "break"})
# Days before the time of writing within which an episode named by its first day is
# taken to be still going on.
_RECENT_DAYS = 14


def begun_to_now(date_head: Token, iv: Interval | None, now: Interval | None) -> Interval | None:
    """``iv`` run up to ``now`` when it dates, to the day and at most two weeks before
    ``now``, the clause "that/which began ..." describing an event noun."""
    if iv is None or now is None or iv.precision != "day" or now.precision != "day":
        return iv
    if not 0 < (now.lo - iv.hi).days <= _RECENT_DAYS:
        return iv
    verb = date_head.head
    if verb.lower_ == "on":
        verb = verb.head  # "began on Friday"; not "broke out after Friday prayers"
    if (
        verb.pos_ not in ("VERB", "AUX")
        or verb.lemma_.lower() not in BEGIN_VERBS
        or verb.dep_ not in ("relcl", "acl")
        or verb.head.pos_ not in _NOMINAL
    ):
        return iv
    return spanning(iv, now)
