"""Hearsay asides: "..., we are told, ...", "..., I was told, ...".

Private helper of :mod:`unrest.extract.sources`. A passive reporting clause set in
a sentence with the writer as the one told, and nobody named as telling, passes on
what someone unnamed said: the clause it hangs on is reported by nobody in
particular, as "it is reported that" is.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._attrib_owner import FIRST_PERSON


def told_aside(verb: Token) -> bool:
    """Whether ``verb`` heads an agentless passive aside whose subject is the writer
    ("we are told", "I was told") or empty ("it was reported")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in ("agent", "ccomp", "xcomp", "mark") for c in verb.children):
        return False  # "we were told by X", "we were told that ...": not an aside
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return all(s.lower_ in FIRST_PERSON or s.lower_ == "it" for s in subjects)


def on_figure(according: Token, scope: set[int]) -> bool:
    """Whether "according to X" hangs on a figure of the clause in ``scope`` (the
    trigger and its heads): "Arrests: roughly 19,000 according to X by early 2023"
    gives X's count of the arrests."""
    head = according.head
    return head.like_num and head.head.i in scope and head.head.i != head.i


def report_clause(tok: Token, reporting_verbs: frozenset[str]) -> set[int]:
    """``tok`` and its heads up to the first reporting verb: where an "according to"
    phrase speaks of the report ("deaths were reported ..., according to X") and not
    of a clause above it ("A happened, according to X, and B said C")."""
    nodes = {tok.i}
    for head in tok.ancestors:
        nodes.add(head.i)
        if head.lemma_.lower() in reporting_verbs:
            break
    return nodes
