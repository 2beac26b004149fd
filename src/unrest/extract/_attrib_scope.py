"""How far a reporting phrase closing a sentence reaches back.

Private helper of :mod:`unrest.extract.sources`: "…, according to X." and "…, X
said." at the end of a sentence scope over its last independent clause, not over
clauses set off before it by a semicolon ("A rallied; B were detained, according to
X") or by a comma and a conjunction opening a clause with a subject of its own ("A
stormed the office, and one man died, officials said").
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSES = frozenset({"ccomp", "parataxis", "advcl"})


def clause_break(first: Token, last: Token, conjoined: bool = False) -> bool:
    """Whether an independent clause starts between ``first`` and ``last``: after a
    semicolon, or (with ``conjoined``) after ", and"/", but" with its own subject."""
    doc = first.doc
    for t in doc[first.i + 1 : last.i]:
        if t.text == ";":
            return True
        if not conjoined or t.dep_ != "cc" or doc[t.i - 1].text != ",":
            continue
        verb = next((c for c in t.head.children if c.dep_ == "conj" and c.i > t.i), None)
        if verb is None or verb.i > last.i or (verb.i == last.i and _reports_before(verb)):
            continue  # "A burned, and B fired, sources said": the verb closes B, not a clause
        own = any(c.dep_ in _SUBJECTS and t.i < c.i < verb.i for c in verb.children)
        if own and verb.tag_ in _FINITE and not _within(first, verb):
            return True
    return False


def _within(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` lies in the clause ``verb`` heads."""
    return tok.i == verb.i or any(a.i == verb.i for a in tok.ancestors)


def _reports_before(verb: Token) -> bool:
    """Whether a clause ``verb`` reports comes before it ("B fired, sources said"), so
    that the verb closes that clause rather than opening one of its own ("and two days
    later the president told officers that ...")."""
    return any(c.dep_ in _CLAUSES and c.i < verb.i for c in verb.children)
