"""Whose conjunct a verb is: "X said the police had acted ... and accused Y".

Private helper of :mod:`unrest.extract._names`. The parser may join a finite verb
to the reported clause before it; when its tense cannot share that clause's
auxiliary ("had acted ... and accused", not "had accused"), it goes on the
reporting clause instead, whose subject it takes.
"""

from __future__ import annotations

from spacy.tokens import Token

_AUXILIARIES = frozenset({"aux", "auxpass"})


def conjunct_head(verb: Token) -> Token:
    """The verb a conjunct ``verb`` shares its subject with: its head, or the reporting
    verb above it when ``verb`` is finite and its head a reported clause built on an
    auxiliary (the past "accused" cannot share the "had" of "had acted")."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp":
        return head
    if head.tag_ not in ("VBN", "VBG", "VB"):
        return head
    if not any(c.dep_ in _AUXILIARIES for c in head.children):
        return head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return head
    return head.head


def quoted_as(verb: Token) -> Token | None:
    """The object of "quoted X as saying", "cited X as saying": who says, for "saying"."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "as":
        return None
    main = verb.head.head
    if main.pos_ != "VERB":
        return None
    return next((c for c in main.children if c.dep_ == "dobj"), None)
