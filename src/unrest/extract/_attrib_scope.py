"""How far a reporting phrase closing a sentence reaches back.

Private helper of :mod:`unrest.extract.sources`: "…, according to X." and "…, X
said." at the end of a sentence scope over its last independent clause, not over
clauses set off before it by a semicolon ("A rallied; B were detained, according to
X"; but "A rallied; they dispersed, X said" goes on telling of the same people and is
one report) or by a comma and a conjunction opening a clause with a subject of its own ("A
stormed the office, and one man died, officials said").
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSES = frozenset({"ccomp", "parataxis", "advcl"})
_BACK_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her"})
_PARTS = frozenset({"some", "many", "most", "all", "several", "one", "none", "both", "each"})


def clause_break(first: Token, last: Token, conjoined: bool = False) -> bool:
    """Whether an independent clause starts between ``first`` and ``last``: after a
    semicolon, or (with ``conjoined``) after ", and"/", but" with its own subject."""
    doc = first.doc
    for t in doc[first.i + 1 : last.i]:
        if t.text == ";" and not _carries_on(t, last):
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


def _carries_on(semicolon: Token, last: Token) -> bool:
    """Whether the clause after ``semicolon`` goes on telling of the people of the clause
    before it: its subject points back to them ("...; *they* dispersed", "...; *six of the
    attackers* died"), so one report covers both clauses."""
    doc = semicolon.doc
    subj = next(
        (
            t
            for t in doc[semicolon.i + 1 : last.i]
            if t.dep_ in _SUBJECTS and t.head.i > semicolon.i
        ),
        None,
    )
    if subj is None or subj.head.i == last.i:
        return False  # "...; he said he had left": the reporting clause's own speaker
    if subj.tag_ == "PRP" and subj.lower_ in _BACK_PRONOUNS:
        return True
    if not (subj.like_num or subj.lower_ in _PARTS):
        return False
    objs = [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children]
    return any(
        o.dep_ == "pobj"
        and (
            (o.tag_ == "PRP" and o.lower_ in _BACK_PRONOUNS)
            or any(d.dep_ == "det" and d.lower_ in ("the", "these", "those") for d in o.children)
        )
        for o in objs
    )


def _within(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` lies in the clause ``verb`` heads."""
    return tok.i == verb.i or any(a.i == verb.i for a in tok.ancestors)


def _reports_before(verb: Token) -> bool:
    """Whether a clause ``verb`` reports comes before it ("B fired, sources said"), so
    that the verb closes that clause rather than opening one of its own ("and two days
    later the president told officers that ...")."""
    return any(c.dep_ in _CLAUSES and c.i < verb.i for c in verb.children)
