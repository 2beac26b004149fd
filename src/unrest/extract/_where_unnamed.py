"""Unnamed towns beside a named one: "began in X and spread to dozens of cities".

A clause of the event that also counts towns it does not name ("dozens of cities",
"more than 80 towns", "several towns") reaches beyond the named town, so the country
stands beside it. "X and other cities" and "dozens of cities, including X" stay X alone
(the named towns are the ones meant), as do towns of one province ("other cities of
the province").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["unnamed_towns"]

#: Plural nouns of towns and provinces.
_TOWNS = {"city", "town", "province", "village"}

#: Collective counts a place noun can be "of" ("dozens of cities").
_COUNTS = {"dozens", "hundreds", "scores", "number"}

#: Determiners and adjectives of an indefinite count ("several towns", "many cities").
_SOME = {"several", "many", "numerous", "various"}

#: Words that narrow the towns to named or provincial ones.
_NARROWED = {"other", "including", "province", "provinces", "region"}


def _verb(tok: Token) -> Token:
    """The nearest verb governing ``tok`` (the root when none)."""
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _same_clause(a: Token, b: Token) -> bool:
    """Whether ``a`` and ``b`` share their verb, or sit in two conjoined verbs."""
    va, vb = _verb(a), _verb(b)
    return va == vb or _joined(va, vb) or _joined(vb, va)


def _joined(verb: Token, head: Token) -> bool:
    """Whether ``verb`` is conjoined to ``head`` without a subject of its own
    ("began in X and spread to ..."), not as a second act with an object or subject of
    its own ("blocked roads in X and set fire to banks in ...")."""
    return (
        verb.dep_ == "conj"
        and verb.head == head
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)
    )


def _counted(noun: Token) -> bool:
    """Whether the plural place noun ``noun`` is an unnamed count of towns."""
    if any(c.dep_ == "nummod" or c.lower_ in _SOME for c in noun.children):
        return True
    head = noun.head
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _COUNTS


def _listed(noun: Token) -> bool:
    """Whether the towns close a list of named ones ("X, Y and dozens of smaller towns")
    or are all of them ("all 31 provinces", the nationwide rules' business)."""
    top = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    if any(t.lower_ == "all" for t in top.subtree):
        return True
    return top.dep_ == "conj" and top.head.pos_ == "PROPN"


def _narrowed(noun: Token) -> bool:
    """Whether the towns are narrowed to named or provincial ones. The noun itself
    counts: a count of provinces ("20 provinces") is narrowed, and left to the
    nationwide rules."""
    if any(t.lower_ in _NARROWED for t in noun.subtree):
        return True
    after = noun.doc[noun.i + 1 : noun.sent.end]
    return any(
        t.ent_type_ in ("GPE", "LOC") or t.lower_ in ("including", "among", "such", ":")
        for t in after
    )  # "dozens of cities, including X": the named towns are the ones counted


def unnamed_towns(trigger: Span) -> bool:
    """Whether the trigger's clause also counts towns it does not name."""
    for tok in trigger.sent:
        if tok.lemma_.lower() not in _TOWNS or tok.tag_ != "NNS":
            continue
        if (
            _counted(tok)
            and not (_narrowed(tok) or _listed(tok))
            and _same_clause(tok, trigger.root)
        ):
            return True
    return False
