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
_CLOSING = frozenset({"conj", "parataxis", "ROOT"})  # how a closing "..., X said" hangs


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


def closing_subject(tok: Token, verb: Token, reporting: frozenset[str]) -> Token | None:
    """The subject the parser gave a reporting ``verb`` closing the sentence after the
    trigger ``tok`` when commas inside that subject hide it from a reading of the words:
    "..., the X Observatory, which monitors connectivity, said", "..., the deputy
    governor, Y Z, was quoted as saying" (the one quoted speaks). Not a subordinate
    clause ("after he spoke at a memorial"), which closes nothing."""
    if verb.dep_ not in _CLOSING or any(c.dep_ == "mark" for c in verb.children):
        return None
    for child in verb.children:
        if not tok.i < child.i < verb.i:
            continue
        if child.dep_ == "nsubj" or (child.dep_ == "nsubjpass" and _quoted_saying(verb, reporting)):
            return child
    return None


def _quoted_saying(verb: Token, reporting: frozenset[str]) -> bool:
    """Whether ``verb`` is the "quoted" of "X was quoted as saying"."""
    if verb.lemma_.lower() != "quote":
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        if any(c.lemma_.lower() in reporting for c in prep.children):
            return True
    return False
