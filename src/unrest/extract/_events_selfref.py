"""Cues that name no event of their type (private to ``events``): force turned on
oneself and leaving a place of confinement.

"the authorities said he had *hanged himself*" and "both had *killed themselves*" tell
a death by one's own hand, no killing or execution by anyone else; "she *walked out
of prison* on Monday" tells a release, not a walkout from work.
"""

from __future__ import annotations

from spacy.tokens import Token

_REFLEXIVES = frozenset(
    {"himself", "herself", "themselves", "themself", "myself", "yourself", "ourselves"}
)
_SELF_TYPES = frozenset({"attack", "execution"})
_CONFINEMENT = frozenset({"prison", "jail", "gaol", "detention", "custody", "cell"})
_WALK = frozenset({"walk", "stroll"})


def self_inflicted(verb: Token, typ: str) -> bool:
    """ "he had *hanged himself*", "they *killed themselves*": the patient is the agent."""
    if typ not in _SELF_TYPES:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objs) and all(o.lower_ in _REFLEXIVES for o in objs)


def left_confinement(verb: Token) -> bool:
    """ "*walked out of* prison", "walked out of custody a free man": leaving a
    place of confinement, not a walkout from work."""
    if verb.lemma_.lower() not in _WALK:
        return False
    outs = [c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod")]
    preps = [g for o in outs for g in o.children if g.dep_ == "prep" and g.lower_ == "of"]
    preps += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"]
    places = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    return any(p.lemma_.lower() in _CONFINEMENT for p in places)
