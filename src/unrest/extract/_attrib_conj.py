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
    if _repeats_outer_aux(verb):
        return head.head  # "X have denied that Y fired and have said ...": X says
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.dep_ != "ccomp":
        return head
    if head.tag_ not in ("VBN", "VBG", "VB"):
        return head
    if not any(c.dep_ in _AUXILIARIES for c in head.children):
        return head
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return head
    return head.head


def _repeats_outer_aux(verb: Token) -> bool:
    """Whether a conjunct ``verb`` of a reported clause, with no subject of its own,
    repeats the auxiliary of the reporting verb above that clause rather than fits
    the clause's tense ("have denied that police fired ... and have said")."""
    head = verb.head
    if verb.dep_ != "conj" or head.dep_ != "ccomp":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    own = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    outer = {c.lower_ for c in head.head.children if c.dep_ == "aux"}
    inner = {c.lower_ for c in head.children if c.dep_ in _AUXILIARIES}
    return bool(own & outer) and not own & inner and head.tag_ == "VBD"


def passive_conjunct(verb: Token) -> bool:
    """Whether ``verb`` is a bare past participle joined to a past-tense verb with no
    subject, auxiliary or object of its own ("X was arrested days after the protests
    began, and accused of ..."): a passive, not a second act of the first verb's subject."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.tag_ != "VBD":
        return False
    own = ("nsubj", "nsubjpass", "aux", "auxpass", "dobj")
    return not any(c.dep_ in own for c in verb.children)


def quoted_as(verb: Token) -> Token | None:
    """The object of "quoted X as saying", "cited X as saying": who says, for "saying";
    or the subject of the passive ("X was quoted by state media as saying") when it
    is not a pronoun."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "as":
        return None
    main = verb.head.head
    if main.pos_ != "VERB":
        return None
    said = next((c for c in main.children if c.dep_ == "dobj"), None)
    if said is None and main.lemma_.lower() == "quote":
        said = next((c for c in main.children if c.dep_ == "nsubjpass"), None)
        said = None if said is not None and said.pos_ == "PRON" else said  # others know "he"
    return said


def quoting_object(verb: Token) -> Token | None:
    """Who "quoted" (``verb``) in "IRNA quoted the governor as saying" has say the
    words: the object, through the "as saying" phrase."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for saying in (c for c in prep.children if c.dep_ == "pcomp"):
            if (said := quoted_as(saying)) is not None:
                return said
    return None
