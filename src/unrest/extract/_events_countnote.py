"""Comments on a count, not reports of it (private to ``events``).

"The number of people arrested *is staggering*", "the number of people detained *was
disputed*", "the figure of 20,000 arrests *is hard to pin down*", "the claim of 20,000
arrests *is an estimate*": the event sits in the "of" complement of a count noun, and
the clause only judges the count. A clause that gives the count ("the number of people
killed *was 40*", "*rose to* 2,000") still reports it.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["count_commentary"]

_COUNT_NOUNS = frozenset({"number", "figure", "claim", "estimate", "tally", "count", "total"})
_DOUBTING = frozenset({"dispute", "contest", "question", "doubt", "challenge"})


def count_commentary(tok: Token) -> bool:
    """True when ``tok`` is an event only inside a count that the clause judges."""
    noun = tok.head if tok.dep_ == "acl" else tok  # "people *arrested*"
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    count = noun.head.head
    if count.lemma_.lower() not in _COUNT_NOUNS or count.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = count.head
    if count.dep_ == "nsubjpass":
        return verb.lemma_.lower() in _DOUBTING
    if verb.lemma_.lower() != "be":
        return False
    kids = list(verb.children)
    if any(c.dep_ == "acomp" for c in kids):
        return not any(t.like_num for c in kids if c.dep_ == "acomp" for t in c.subtree)
    attrs = [c for c in kids if c.dep_ == "attr"]
    return bool(attrs) and not any(t.like_num for a in attrs for t in a.subtree)
