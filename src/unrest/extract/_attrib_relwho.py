"""Relative clauses whose reporting verb speaks of the antecedent only.

Private helper of :mod:`unrest.extract.sources`: in "police arrested four students,
whom prosecutors accuse of plotting", the relative pronoun is an argument of the
reporting verb itself, so the clause says something of the students and nothing of
the arrest in the main clause.
"""

from __future__ import annotations

from spacy.tokens import Token

_WH_TAGS = frozenset({"WP", "WDT", "WP$"})
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "poss"})


def about_antecedent(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause whose relative pronoun is its own
    subject or object ("..., whom X accuses of ...", "..., who said ...")."""
    if verb.dep_ != "relcl":
        return False
    return any(c.tag_ in _WH_TAGS and c.dep_ in _ARGUMENTS for c in verb.children)


def relative_antecedent(verb: Token, subj: Token | None) -> Token | None:
    """The noun a relative pronoun subject stands for ("local activists, who said ..."
    : the activists), when ``subj`` is the relative pronoun of ``verb``'s clause."""
    if subj is None or verb.dep_ != "relcl" or subj.tag_ not in ("WP", "WDT"):
        return None
    if subj.dep_ != "nsubj" or subj.head.i != verb.i:
        return None
    head = verb.head
    return head if head.pos_ in ("NOUN", "PROPN") else None
