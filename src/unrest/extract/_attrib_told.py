"""A reporting verb's own complement, not counting whom it was told to.

Private helper of :mod:`unrest.extract.sources`. A reporting clause closing a
sentence ("..., two students told us.", "..., a doctor told reporters.") reports
the sentence before it: its direct object is the hearer, not a complement of its
own, as it is in "the ministry reported two deaths". So does an "as" aside, finite
or not: "..., as X reported", "As reported by X, ...".
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs whose direct object is the person told, not what was told.
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "assure", "brief"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj"})
_MARKED = _COMPLEMENTS | {"mark"}
_REPORTERS = frozenset({"nsubj", "agent"})  # "as X reported", "as reported by X"


def hearer(verb: Token, child: Token) -> bool:
    """Whether ``child``, the direct object of ``verb``, is the one told ("told us")."""
    return child.dep_ == "dobj" and verb.lemma_.lower() in _ADDRESSEE_VERBS


def own_complement(verb: Token, after: bool = False, marked: bool = False) -> bool:
    """Whether ``verb`` has a complement (after it, with ``after``; or a subordinating
    mark, with ``marked``) that is what it reports; the hearer of "told us" is not, nor
    the "as" of "..., as X reported"."""
    deps = _MARKED if marked else _COMPLEMENTS
    return any(
        c.dep_ in deps
        and not hearer(verb, c)
        and not (c.dep_ == "mark" and c.lower_ == "as")
        and (not after or c.i > verb.i)
        for c in verb.children
    )


def as_reported(verb: Token) -> bool:
    """Whether ``verb`` heads "as reported by X" or "as X reported": an aside naming who
    reports the clause it hangs on (not "as reported earlier", which names nobody)."""
    deps = {c.dep_ for c in verb.children}
    marked = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    return marked and not deps & _COMPLEMENTS and bool(deps & _REPORTERS)
