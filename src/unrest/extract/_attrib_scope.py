"""How far a reporting phrase closing a sentence reaches back.

Private helper of :mod:`unrest.extract.sources`: "…, according to X." and "…, X
said." at the end of a sentence scope over its last independent clause, not over
clauses set off before it by a semicolon ("A rallied; B were detained, according to
X"; but "A rallied; they dispersed, X said" goes on telling of the same people and is
one report) or by a comma and a conjunction opening a clause with a subject of its own ("A
stormed the office, and one man died, officials said"). An "according to X" opening a
conjunct ("fired tear gas and, according to witnesses, live rounds") reaches no further
back than its conjunction.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_CLAUSES = frozenset({"ccomp", "parataxis", "advcl"})
_BACK_PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her"})
_PARTS = frozenset({"some", "many", "most", "all", "several", "one", "none", "both", "each"})
_CONJUNCTIONS = frozenset({"and", "or", "but"})


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


def opens_conjunct(according: Token, first: Token) -> bool:
    """Whether the "according" of "according to X" opens a conjunct begun after ``first``:
    a coordinating conjunction stands right before it, commas aside ("fired tear gas
    and, according to witnesses, live rounds"), so the phrase tells of that conjunct
    alone and not of ``first`` before it. A conjunct that is a second predicate of the
    same subject ("fired tear gas and, according to residents, shot at ...") goes on
    telling the same incident, which the phrase then qualifies as a whole."""
    doc = according.doc
    i = according.i - 1
    while i > first.i and doc[i].text == ",":
        i -= 1
    if i <= first.i or doc[i].lower_ not in _CONJUNCTIONS:
        return False
    j = max(t.i for t in according.subtree) + 1
    while j < len(doc) and doc[j].text == ",":
        j += 1
    return j >= len(doc) or not _second_predicate(doc[j], first)


def _second_predicate(tok: Token, first: Token) -> bool:
    """Whether ``tok`` is a verb with no subject of its own hung on the verb of ``first``
    (``first`` itself, or the verb whose argument it is): a second predicate of the
    same subject."""
    if tok.pos_ != "VERB" or tok.tag_ not in _FINITE | {"VBN"}:
        return False
    if any(c.dep_ in _SUBJECTS for c in tok.children):
        return False
    verb = (
        first
        if first.pos_ == "VERB"
        else next((a for a in first.ancestors if a.pos_ == "VERB"), None)
    )
    return verb is not None and tok.head.i == verb.i


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
