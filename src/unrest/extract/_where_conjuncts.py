"""Coordinated clauses for :mod:`unrest.extract.where`: each clause keeps its own places.

"An officer was killed in A on Wednesday, and security forces in A and B have since
detained dozens": the killing is A's, the detentions A's and B's. "In A students staged
a rally, and in B students refused to attend lectures": the rally is A's, the boycott
B's. A clause that names no place of its own still takes those of the others
("Police arrested 20 people in A, and 15 others were detained").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from unrest.extract import _modality as mod
from unrest.extract._events_index import cue_index

if TYPE_CHECKING:
    from unrest.extract._where_toponyms import Toponym

__all__ = ["conjunct_head", "own_conjunct"]

_SUBJECTS = {"nsubj", "nsubjpass", "expl"}
#: Arguments that say what a clause reports ("gatherings were held", "staged a rally",
#: "there were similar blockades").
_TOLD = {"nsubjpass", "dobj", "attr"}


def _conjunct(tok: Token) -> int:
    """Index of the head of the coordinated clause ``tok`` lies in: the nearest verb at
    or above it coordinated with another and carrying a subject or a fronted phrase of
    its own ("and in B students refused"), else the root of its sentence."""
    for cur in (tok, *tok.ancestors):
        if (
            cur.dep_ == "conj"
            and cur.pos_ in ("VERB", "AUX")
            and any(c.dep_ in _SUBJECTS or c.dep_ == "prep" for c in cur.lefts)
        ):
            return cur.i
        if cur.head.i == cur.i:
            return cur.i
    return tok.sent.root.i


#: Public name for :mod:`._where_scene`.
conjunct_head = _conjunct


def _types(tok: Token) -> set[str]:
    """The event types ``tok`` may cue."""
    return {lex.name for lex in cue_index(mod.ontology()).lexicons(tok, [])}


def _repeats(head: Token) -> bool:
    """Whether a clause only repeats the act of the one before: "passengers on the
    metro did the same", "there were similar blockades in B"."""
    if head.lemma_ == "do" and any(c.dep_ == "dobj" and c.lower_ == "same" for c in head.children):
        return True
    return any(
        c.dep_ in _TOLD | _SUBJECTS and any(a.lower_ == "similar" for a in c.children)
        for c in head.children
    )


def _clause_types(head: Token, kinds: set[str]) -> set[str]:
    """The event types a clause reports: those of its passive subject, object or
    existential noun ("small gatherings were held", "there were similar blockades"),
    else those of its verb ("security forces detained dozens"); ``kinds``, those of the
    trigger, for a clause that repeats the act told before ("and B did the same")."""
    if _repeats(head):
        return kinds
    told = set().union(*(_types(c) for c in head.children if c.dep_ in _TOLD))
    return told or _types(head)


def own_conjunct(tops: list[Toponym], trigger: Span) -> list[Toponym]:
    """The toponyms of ``tops`` in the trigger's own coordinated clause, when it has any,
    with those of the clauses that report an event of the trigger's kind ("marched in A,
    and gatherings were held in B": one protest mention of the sentence, A and B);
    else ``tops``."""
    key = _conjunct(trigger.root)
    own = [t for t in tops if _conjunct(t.span.root) == key]
    if not own or len(own) == len(tops):
        return tops
    kinds = set().union(*(_types(t) for t in trigger))
    doc = trigger.doc
    alike = {
        k
        for k in {_conjunct(t.span.root) for t in tops} - {key}
        if kinds & _clause_types(doc[k], kinds)
    }
    return [t for t in tops if _conjunct(t.span.root) in alike | {key}]
