"""Sentences and executions named only as undone or stopped (private to ``events``).

"The Supreme Court *overturned* the death sentence", "sentences ... have been
*quashed*", "a pardon or *commutation of* sentences", "the court *halted* the
execution", "a *campaign against* their execution": the noun names a judicial act
only to say it was reversed, reduced, stopped or opposed, so it reports no sentencing
or execution of its own (the sentence, if it was reported, was told where it was
handed down).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["undone_judicial_act"]

_JUDICIAL_NOUNS = {"sentence", "conviction", "verdict", "execution", "hanging"}
_UNDOING_VERBS = {
    *("overturn", "quash", "annul", "revoke", "reverse", "void", "vacate", "commute"),
    *("cancel", "rescind", "nullify", "lift", "halt", "stop", "suspend", "postpone", "stay"),
}
_UNDOING_NOUNS = {"commutation", "annulment", "reversal", "suspension", "stay", "cancellation"}
_OWNER_DEPS = {"dobj", "nsubjpass"}
# Campaigns that oppose a sentence or execution before it is carried out.
_OPPOSING = {"campaign", "petition", "hashtag", "appeal", "outcry", "plea", "call", "protest"}


def undone_judicial_act(noun: Token) -> bool:
    """True when the sentence or execution ``noun`` is only said to be reversed or stopped:
    the object (or passive subject) of an undoing verb, or the "of" complement of an
    undoing noun. Climbs "every one of these sentences" and coordinations first."""
    if noun.lemma_.lower() not in _JUDICIAL_NOUNS:
        return False
    cur = _top(noun)
    if cur.dep_ in _OWNER_DEPS and cur.head.lemma_.lower() in _UNDOING_VERBS:
        return True
    if cur.dep_ == "nsubj" and any(  # "these sentences have to be quashed"
        c.dep_ == "xcomp" and c.lemma_.lower() in _UNDOING_VERBS for c in cur.head.children
    ):
        return True
    if cur.dep_ == "pobj" and cur.head.lower_ == "against":
        # "a hashtag *campaign against* the executions": opposed, not yet carried out
        return cur.head.head.lemma_.lower() in _OPPOSING
    if cur.dep_ == "pobj" and cur.head.lower_ == "of":
        owner = cur.head.head
        return owner.lemma_.lower() in _UNDOING_NOUNS or any(
            c.dep_ == "conj" and c.lemma_.lower() in _UNDOING_NOUNS for c in owner.children
        )
    return False


def _top(noun: Token) -> Token:
    """From "sentences" up through "every one of these sentences" and "X and sentences"."""
    cur = noun
    for _ in range(4):
        head = cur.head
        if cur.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
            cur = head
        elif cur.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in ("one", "all"):
            cur = head.head
        else:
            break
    return cur
