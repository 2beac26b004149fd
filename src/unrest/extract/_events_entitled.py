"""Events named only as what someone is entitled to (private to ``events``).

"people had *the right to protest*", "the same right *to peaceful assembly*",
"criticism and even protest *were the people's right*", "police were given *powers
to detain* people without a warrant", "respect for *the rights of* those
protesting": an event that completes a noun of entitlement (a right, a freedom, a
power, a permission) is what someone may do, not something that happened, so it
is no mention. Only a short chain counts (the event is the noun's infinitive or
prepositional complement, a participle on its complement, or the subject of a
copula whose predicate is the noun), so an event told in a longer clause under
such a noun ("violations of the right to life of people *killed* in Mahshahr")
is left alone, and so is a past participle, which tells what was done to people
("the freedom of classmates *arrested* in the previous days": liberty, not a right
to act).

Reads the dependency tree above the trigger; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["entitled_act"]

# Nouns of what someone may do.
_ENTITLEMENT = frozenset(
    {"right", "freedom", "power", "permission", "licence", "license", "entitlement"}
)
# Links from an event up to the noun it completes: "right *to* protest" (acl),
# "right to *assembly*" (pobj, prep), "rights of *those* protesting" (acl, pobj, prep).
_LINKS = frozenset({"acl", "pobj", "prep"})
_STEPS = 3


def entitled_act(tok: Token) -> bool:
    """True when the event word ``tok`` only names what someone has a right or power to do."""
    if _copula_entitlement(tok):
        return True  # "protest is the people's right"
    if tok.tag_ == "VBN":
        return False
    cur = tok
    for _ in range(_STEPS):
        if cur.dep_ not in _LINKS or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.pos_ == "NOUN" and cur.lemma_.lower() in _ENTITLEMENT:
            return True
    return False


def _copula_entitlement(tok: Token) -> bool:
    """``tok`` (or the first conjunct it joins) is the subject of "be" whose predicate
    is a noun of entitlement: "criticism and even *protest* were the people's right"."""
    subject = tok.head if tok.dep_ == "conj" else tok
    if subject.dep_ != "nsubj" or subject.head.lemma_ != "be":
        return False
    return any(c.dep_ == "attr" and c.lemma_.lower() in _ENTITLEMENT for c in subject.head.children)
