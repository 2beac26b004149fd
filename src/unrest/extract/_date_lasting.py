"""How long an event lasted: a day its clause gives, stretched by a duration of the
clause ("for three days") or one the event noun carries ("a three-day strike"); forward
from its start, or back from its end ("had held sit-ins for a month", "a three-day strike
ended on Wednesday").

Used by :mod:`unrest.extract.when`.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Token

from unrest.extract._date_base import Interval, coarsen, words
from unrest.extract._date_lengths import ends_on, length_after, noun_length
from unrest.extract._date_outage import participle_duration
from unrest.extract._date_spell import lasted_length
from unrest.extract._date_syntax import _DURATION_PREPS, _NATURAL, duration_of, trigger_verb


def _past_perfect_clause(trigger: Token) -> bool:
    t = trigger
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in t.children):
            return True
        if t.head.i == t.i:
            break
        t = t.head
    return False


def _duration_heads(trigger: Token) -> list[Token]:
    """The words the durations of ``trigger``'s sentence hang on ("held *for three
    weeks*": held)."""
    units = words()["units"]
    return [
        t.head.head
        for t in trigger.sent
        if t.lemma_.lower() in units and t.dep_ == "pobj" and t.head.lower_ in _DURATION_PREPS
    ]


def _held_after(trigger: Token) -> bool:
    """Whether the clause's duration belongs to a second verb joined to the event's
    ("were arrested on the 12th and held for three weeks"): how long what followed
    the event lasted, not the event."""
    verb = trigger_verb(trigger)
    spans = _duration_heads(trigger)
    return bool(spans) and all(
        v.dep_ == "conj" and v.head == verb and v.lemma_ != verb.lemma_ for v in spans
    )


def lasting(iv: Interval, trigger: Token, now: Interval | None, outage: bool = False) -> Interval:
    """``iv``, when a single day, stretched by a duration in the clause of ``trigger``
    (or a participle after it), kept before ``now``. The state a participle tells of an
    ``outage`` ("shut down the internet, leaving the city offline for five days") runs to
    the day its count of days ends."""
    one_day = iv.precision == "day" and iv.lo == iv.hi
    after = length_after(trigger) if one_day else None
    own = (duration_of(trigger) or lasted_length(trigger)) if one_day else None
    state = participle_duration(trigger) if one_day and not (after or own) else None
    noun = noun_length(trigger) if one_day else None
    found = after or own or state or noun
    if found is None or (noun is None and _held_after(trigger)):
        return iv
    n, unit = found
    # An outage "for five days" from a day ends on the day service came back: the
    # count of days after its start (the state a participle tells, or a duration on the
    # outage's own verb: "shut down the internet for about a week").
    on_verb = bool(own) and trigger_verb(trigger) in _duration_heads(trigger)
    days = n * int(words()["units"][unit]) - (0 if outage and (state or on_verb) else 1)
    if days <= 0:
        return iv
    natural = _NATURAL[unit]
    if _past_perfect_clause(trigger) or ends_on(trigger):
        lo = iv.hi - timedelta(days=days)
        return coarsen(Interval(lo, iv.hi, "day"), natural)
    hi = iv.lo + timedelta(days=days)
    if now is not None and hi > now.hi:
        hi = now.hi
    out = coarsen(Interval(iv.lo, hi, "day"), natural)
    return Interval(iv.lo, out.hi, out.precision, "day" if out.precision != "day" else None)
