"""Two groups striking in coordinated clauses: "workers at the refinery walked off
the job, and shopkeepers in the bazaar closed their stores" are two strikes.

One mention per type and sentence is the rule; a strike is told by who stops
work, so two clauses whose own subjects name different groups of people tell
two strikes.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _modality as mod

_SUBJECTS = ("nsubj", "nsubjpass")


def _subject(verb: Token) -> Token | None:
    """The noun subject of ``verb``, if it has one of its own."""
    return next(
        (c for c in verb.children if c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN")), None
    )


def different_groups(a: Token, b: Token) -> bool:
    """The clauses of triggers ``a`` and ``b`` are coordinated and their own subjects
    name different groups ("workers ..., and shopkeepers ...")."""
    va, vb = mod.clause_verb(a), mod.clause_verb(b)
    if va is None or vb is None or va.i == vb.i:
        return False
    first, second = (va, vb) if va.i < vb.i else (vb, va)
    if second.dep_ != "conj" or second.head.i != first.i:
        return False
    sa, sb = _subject(first), _subject(second)
    return sa is not None and sb is not None and sa.lemma_.lower() != sb.lemma_.lower()
