"""Durations that a participle after the event gives ("shut down the internet, leaving
the country offline for five days").

The state such a participle tells of an outage begins at some hour of the shutdown's
day and lasts that many full days after it: the span runs to the day the count ends,
unlike a protest held "for three days" (the first day and the next two).

Used by :func:`unrest.extract._date_lasting.lasting`.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import words
from unrest.extract._date_syntax import _DURATION_PREPS, _count, trigger_verb


def _conjuncts(verb: Token) -> list[Token]:
    """``verb`` and the words coordinated with it ("shut down mobile services and then
    broadband")."""
    found = [verb]
    for tok in found:
        found += [c for c in tok.children if c.dep_ == "conj" and c not in found]
    return found


def _participles(verb: Token) -> list[Token]:
    """The subjectless -ing clauses that follow ``verb`` or a word coordinated with it
    ("..., leaving most of the country offline", "..., cutting off the population")."""
    return [
        c
        for v in _conjuncts(verb)
        for c in v.children
        if c.dep_ == "advcl"
        and c.tag_ == "VBG"
        and c.i > verb.i
        and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in c.children)
    ]


def participle_duration(trigger: Token) -> tuple[int, str] | None:
    """The duration (count, unit) a participle after the event's verb gives ("...,
    leaving the country offline for five days"), if any."""
    units = words()["units"]
    for clause in _participles(trigger_verb(trigger)):
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in _DURATION_PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in units:
                    n = _count(noun)
                    if n:
                        return n, noun.lemma_.lower()
    return None
