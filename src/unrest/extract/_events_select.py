"""Choosing among event triggers of one sentence (private to ``events``).

One mention per sentence and type, unless the sentence anchors two reports of
a type to different times ("the 2018 uprising ... while in November 2019 ...")
or puts them in clauses joined by a semicolon.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from unrest.extract import _events_groups as groups
from unrest.extract import _modality as mod

if TYPE_CHECKING:
    from unrest.extract.events import Trigger

__all__ = ["CLAUSE_DEPS", "select", "segment", "split_clauses", "time_anchor"]


def select(found: list[Trigger]) -> list[Trigger]:
    """The strongest trigger per type, plus any of the same type anchored to
    another time ("the 2018 uprising ... while in November 2019 ...") or in
    another clause after a semicolon."""
    kept: list[Trigger] = []
    for trig in sorted(found, key=lambda t: -t.confidence):
        same = [k for k in kept if k.type == trig.type]
        seg = segment(trig)
        if not same or all(segment(k) != seg for k in same):
            kept.append(trig)
            continue
        anchor = time_anchor(trig.trigger.root)
        dated_apart = anchor and all(
            (other := time_anchor(k.trigger.root)) and not (anchor & other) for k in same
        )
        if dated_apart or _apart(trig, [k for k in same if segment(k) == seg]):
            kept.append(trig)
        elif trig.type == "strike" and all(
            groups.different_groups(trig.trigger.root, k.trigger.root) for k in same
        ):
            kept.append(trig)  # "workers walked out, and shopkeepers closed their stores"
    return kept


def _apart(trig: Trigger, same: list[Trigger]) -> bool:
    """Coordinated clauses with subjects of their own, each anchored to its own time,
    also a relative one ("582 were executed *last year*, and 220 more have been put
    to death *since January*"): two reports."""
    head = clause_head(trig.trigger.root)
    anchor = time_anchor(trig.trigger.root, relative=True)
    if not anchor:
        return False
    for k in same:
        other = time_anchor(k.trigger.root, relative=True)
        split = clause_head(k.trigger.root).i != head.i or _coordinated(
            k.trigger.root, trig.trigger.root
        )
        if not split or not other or anchor & other:
            return False
    return True


def _coordinated(a: Token, b: Token) -> bool:
    """The clauses of ``a`` and ``b`` are coordinated, the second with a subject of its own."""
    va, vb = mod.clause_verb(a), mod.clause_verb(b)
    if va is None or vb is None:
        return False
    return any(
        x.dep_ == "conj" and x.head.i == y.i and _own_clause(x) for x, y in ((va, vb), (vb, va))
    )


def segment(trig: Trigger) -> Span:
    """The part of the evidence between semicolons that holds the trigger."""
    sent, i = trig.evidence, trig.trigger.start
    doc = sent.doc
    semis = [t.i for t in sent if t.text == ";"]
    start = max((j + 1 for j in semis if j < i), default=sent.start)
    end = min((j for j in semis if j > i), default=sent.end)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and doc[start].is_space:
        start += 1
    return doc[start:end]


def split_clauses(kept: list[Trigger]) -> list[Trigger]:
    """Two reports of one type in clauses joined by a semicolon ("police killed
    hundreds; a rights group has documented 304 deaths") or in coordinated clauses
    with subjects of their own ("police used live ammunition, and eight were
    killed") are two mentions, each with its own clause as evidence."""
    out = []
    for trig in kept:
        seg = segment(trig)
        same = [k for k in kept if k is not trig and k.type == trig.type]
        if any(segment(k) != seg for k in same):
            out.append(dataclasses.replace(trig, evidence=seg))
            continue
        head = clause_head(trig.trigger.root)
        if any(clause_head(k.trigger.root).i != head.i for k in same):
            out.append(dataclasses.replace(trig, evidence=clause_span(head, seg)))
            continue
        out.append(trig)
    return out


_CLAUSE_LINKS = {"conj", "parataxis"}
_CONTRAST_MARKS = {"while", "whereas"}


def _own_clause(verb: Token) -> bool:
    """A coordinated (or contrasted) clause with its own subject: "..., and eight
    *were killed*", "while security forces *killed* hundreds"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.head.i == verb.i:
        return False
    linked = verb.dep_ in _CLAUSE_LINKS or (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children)
    )
    if not linked:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def clause_head(tok: Token) -> Token:
    """The head of the top-level clause holding ``tok``: the sentence root, or a
    coordinated clause with its own subject under it."""
    path = [tok, *tok.ancestors]
    head = path[-1]
    for cur in reversed(path[:-1]):  # from the root down to ``tok``
        if cur.head.i == head.i and _own_clause(cur):
            head = cur
    return head


def clause_span(head: Token, within: Span) -> Span:
    """The words of the clause of ``head`` (without other clauses' words), inside ``within``."""
    doc = head.doc
    words = [t.i for t in within if clause_head(t).i == head.i and not t.is_space]
    if not words:
        return within
    start, end = min(words), max(words) + 1
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc" or doc[start].is_space):
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].dep_ == "cc" or doc[end - 1].is_space
    ):
        end -= 1
    return doc[start:end] if end > start else within


_DEICTIC = {"last", "this", "next", "ago", "yesterday", "today", "tonight", "previous"}
CLAUSE_DEPS = {"advcl", "ccomp", "relcl", "conj", "xcomp", "acl", "csubj", "parataxis"}
_ANCHOR_DEPS = {"nsubj", "nsubjpass", "npadvmod", "prep", "advmod", "tmod"}


def time_anchor(tok: Token, *, relative: bool = False) -> frozenset[str]:
    """DATE expressions tied to ``tok``: in its own phrase, or attached to the
    verbs between it and its finite clause verb (their subjects and adjuncts).
    With ``relative``, dates without numbers or names ("last year") count too."""
    tokens: list[Token] = list(tok.subtree) if tok.pos_ != "VERB" else []
    cur: Token | None = mod.clause_verb(tok)
    for _ in range(5):
        if cur is None:
            break
        for child in cur.children:
            if child.dep_ in _ANCHOR_DEPS and child.dep_ not in CLAUSE_DEPS:
                tokens.extend(child.subtree)
        dated = cur.dep_ == "conj" and any(t.ent_type_ == "DATE" for t in tokens)
        own_clause = dated or cur.dep_ == "relcl" or any(c.dep_ == "mark" for c in cur.children)
        if own_clause or cur.head.i == cur.i:
            break
        cur = mod.clause_verb(cur.head)
    words = {_date_words(t) for t in tokens if t.ent_type_ == "DATE" and (t.like_num or t.is_title)}
    if relative:
        words |= {_date_words(t, whole=True) for t in tokens if t.ent_type_ == "DATE"}
    return frozenset(w for w in words if w)


def _date_words(tok: Token, *, whole: bool = False) -> str:
    """The numbers and names of the DATE entity holding ``tok`` ("8 december 2022"),
    so that two dates sharing a month or year stay apart."""
    doc = tok.doc
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I" and doc[start - 1].ent_type_ == "DATE":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    named = " ".join(t.lower_ for t in doc[start:end] if t.like_num or t.is_title)
    deictic = any(t.lower_ in _DEICTIC for t in doc[start:end])
    return named or (" ".join(t.lower_ for t in doc[start:end]) if whole and deictic else "")
