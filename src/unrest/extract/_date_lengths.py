"""Lengths an event noun carries itself ("a three-day strike", "a week-long sit-in", "the
five days of protests that began on 15 November"), and whether the day its clause gives
is the event's last day ("a three-day strike ended on Wednesday").

Used by :func:`unrest.extract._date_lasting.lasting` beside the durations of a clause
("for three days").
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import unit_length, words

# Units an event may be said to last; a month or a year is too coarse to stretch a day.
_UNITS = frozenset({"day", "week"})
# Adjectives that make a unit a length ("week-long", "day-long").
_LONG = frozenset({"long"})
# Verbs whose date is the last day of what they govern.
_END_VERBS = frozenset({"end", "conclude", "finish", "wind"})
# Verbs whose date is the first or the last day of the event they govern.
_EDGE_VERBS = _END_VERBS | {"begin", "start", "launch", "stage", "hold", "go", "call", "erupt"}


#: Dependencies of the number word that counts a length's units ("three-day", "five days").
_COUNT_DEPS = frozenset({"nummod", "amod", "quantmod"})


def _number(noun: Token) -> int | None:
    """How many units ``noun`` counts ("five days" 5), by :func:`unit_length`."""
    return unit_length(noun, _COUNT_DEPS)


def noun_length(trigger: Token) -> tuple[int, str] | None:
    """The length (count, unit) the event noun ``trigger`` carries: a hyphenated modifier
    ("three-day strike", "two-week sit-in", "week-long strike") or a count it belongs to
    ("five days of protests"), when its clause dates the event's start or end ("began on",
    "ended on", "staged ... from"); None otherwise ("the weeks-long protests reached the
    campus on Sunday")."""
    return _carried(trigger) if _starts_or_ends(trigger) else None


def _starts_or_ends(trigger: Token) -> bool:
    verbs = [trigger.head, trigger.head.head]
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        verbs += [c for c in trigger.head.head.children if c.dep_ == "relcl"]
    return any(v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in _EDGE_VERBS for v in verbs)


def _carried(trigger: Token) -> tuple[int, str] | None:
    for c in trigger.children:
        unit = c.lemma_.lower()
        if c.dep_ in ("nmod", "compound", "amod", "npadvmod") and unit in _UNITS:
            n = _number(c)
            if n and any(p.text == "-" for p in c.children):
                return n, unit
        if c.dep_ == "amod" and c.lower_ in _LONG:
            for g in c.children:
                plural = g.lower_ != g.lemma_.lower()
                if g.lemma_.lower() in _UNITS and g.dep_ in ("npadvmod", "compound", "nmod"):
                    n = _number(g) or (None if plural else 1)
                    return (n, g.lemma_.lower()) if n else None
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in _UNITS:
        n = _number(prep.head)
        if n:
            return n, prep.head.lemma_.lower()
    return None


def ends_on(trigger: Token) -> bool:
    """Whether the date of ``trigger`` is its last day: the event is the subject of "end"
    ("a three-day strike ended on Wednesday")."""
    head = trigger.head
    return (
        trigger.dep_ in ("nsubj", "nsubjpass")
        and head.pos_ in ("VERB", "AUX")
        and head.lemma_.lower() in _END_VERBS
    )


def length_after(trigger: Token) -> tuple[int, str] | None:
    """The length of an event that lasted "for (about) three days after" a dated moment,
    as a count of days from that moment's day: the moment's day and three more."""
    for prep in after_words(trigger):
        # "for about three days after ...", the count either hanging from "after" or the
        # object of "for" right before it.
        prev = prep.doc[prep.i - 1] if prep.i > 0 else prep
        if prev.dep_ == "pobj" and prev.head.lower_ == "for" and prev.lemma_.lower() in _UNITS:
            n = _number(prev)
            if n:
                return n * int(words()["units"][prev.lemma_.lower()]) + 1, "day"
        for c in prep.children:
            unit = c.lemma_.lower()
            if c.dep_ != "npadvmod" or unit not in _UNITS:
                continue
            before = c.left_edge.i - 1
            n = _number(c)
            if n and before >= 0 and c.doc[before].lower_ == "for":
                return n * int(words()["units"][unit]) + 1, "day"
    return None


def after_words(trigger: Token) -> list[Token]:
    """The "after" words of the clause of ``trigger``: a preposition ("after the election")
    or the mark of an adverbial clause ("after polls closed on Sunday")."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    found = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in ("after", "following")]
    for clause in verb.children:
        if clause.dep_ == "advcl":
            found += [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "after"]
    return found
