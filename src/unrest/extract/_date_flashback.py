"""Flashbacks in narratives: a past-perfect paragraph that steps back before the story's
day ("In the early hours of 8 January, the Guards had fired missiles ...") and the
simple past that returns to it ("By nine o'clock, the crowd ... Students tore down ..."),
and asides that name an earlier day in passing ("Soleimani, the commander killed on 3
January") without becoming what "the following day" counts from."""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._date_base import Interval
from unrest.extract._date_syntax import ancestors

_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_POINTING_BACK = frozenset({"that", "those", "these"})
# Words that carry the flashback on rather than return from it ("later put the toll at").
_GOING_ON = frozenset({"later", "afterwards", "subsequently", "then"})


def _has_had(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def past_perfect_root(sent: Span) -> bool:
    """Whether the main verb of ``sent`` is in the past perfect ("the Guards had fired")."""
    root = sent.root
    return root.pos_ in _VERBAL and _has_had(root)


def simple_past_root(sent: Span) -> bool:
    """Whether the main verb of ``sent`` is in the simple past, active or passive
    ("Students tore down a banner", "he was arrested"), with nothing pointing back to what
    was just told ("in those strikes"): the story's own line."""
    root = sent.root
    if root.pos_ not in _VERBAL or _has_had(root):
        return False
    if any((t.dep_ == "det" and t.lower_ in _POINTING_BACK) or t.lower_ in _GOING_ON for t in sent):
        return False
    if root.tag_ == "VBD":
        return True
    return root.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in root.children
    )


def steps_back(sent: Span, new: Interval, narrative: Interval | None) -> bool:
    """Whether ``sent``, dated ``new``, is a past-perfect step back before a story day in
    force (``narrative``): both single days or short spans, the new one earlier."""
    return (
        narrative is not None
        and narrative.precision == "day"
        and new.precision == "day"
        and new.hi < narrative.lo
        and past_perfect_root(sent)
    )


def in_noun_modifier(tok: Token) -> bool:
    """Whether a date at ``tok`` hangs in a clause that describes a noun ("the commander
    killed in a drone strike on 3 January", "the man, who was arrested on 2 May")."""
    return any(t.dep_ in ("acl", "relcl") and t.head.pos_ in _NOMINAL for t in ancestors(tok)[:-1])


def in_charge_clause(tok: Token) -> bool:
    """Whether a date at ``tok`` hangs in a gerund clause under a preposition, the deed a
    verdict or accusation names ("convicted of stabbing a guard on 17 November", "jailed
    for blocking a road on 25 September"): an earlier day told in passing."""
    return any(t.dep_ == "pcomp" and t.pos_ in _VERBAL for t in ancestors(tok)[:-1])
