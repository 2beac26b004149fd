"""Crowds that take over a place, told without a protest word (private to ``events``).

"Students *occupied* the faculty", "crowds *assembled* in the square", "thousands
*poured into* the riverbed", "protesters remained *camped* in the town square",
"tens of thousands of protesters *overran* the residence", "faculties had been
*blockaded* by their students": a group of people (the subject, or the agent of a
passive) gathers in or holds a public place. That is a gathering, so a protest.
The group must be ordinary people: "troops poured into the town" or "police
occupied the campus" is no protest. Modality (negation, plans, habits) is judged
by the caller like for any other verb cue.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _events_comeout as comeout

__all__ = ["took_over_place"]

# Verbs that are a gathering whatever follows: intransitive uses only.
_GATHER_VERBS = frozenset({"assemble", "converge", "throng", "camp", "encamp"})
# Verbs that hold a place: they need an object (or a passive subject).
_HOLD_VERBS = frozenset({"occupy", "overrun", "blockade", "barricade"})
# Verbs of filling or flowing into a public place: "filled the streets", "poured into".
_FILL_VERBS = frozenset({"fill", "pour", "flood", "spill", "throng", "pack"})
_INTO = frozenset({"into", "onto", "in", "through"})
_PUBLIC_PLACES = frozenset(
    {
        "street",
        "square",
        "road",
        "avenue",
        "boulevard",
        "centre",
        "center",
        "downtown",
        "riverbed",
        "campus",
        "park",
        "highway",
        "bridge",
        "plaza",
        "roundabout",
        "intersection",
    }
)


def took_over_place(verb: Token) -> bool:
    """``verb`` tells a group of ordinary people gathering in or holding a place."""
    if verb.pos_ not in ("VERB", "ADJ"):
        return False
    lemma = verb.lemma_.lower()
    gathers = (
        (lemma in _GATHER_VERBS and not _has_object(verb))
        or (lemma in _HOLD_VERBS and _has_object(verb))
        or (lemma in _FILL_VERBS and _into_public_place(verb))
    )
    group = _group_of(verb) if gathers else None
    return group is not None and comeout.is_group(group)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)


def _group_of(verb: Token) -> Token | None:
    """Who gathers: the subject, the agent of a passive, or the subject of a
    "remain"/"stay" the participle completes ("remained *camped*")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    if verb.dep_ in ("acomp", "oprd", "xcomp") and verb.head.lemma_.lower() in ("remain", "stay"):
        verb = verb.head
    subject = comeout.subject_of(verb)
    if subject is not None and subject.dep_ != "nsubjpass":
        return _head_of_quantity(subject)
    return None


def _head_of_quantity(noun: Token) -> Token:
    """ "tens of thousands of *protesters*": the people a quantity counts."""
    for _ in range(3):
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
        if obj is None:
            break
        noun = obj
    return noun


def _into_public_place(verb: Token) -> bool:
    """ "filled *the streets*", "poured *into the square*", "poured out onto the roads"."""
    places = [c for c in verb.children if c.dep_ == "dobj"]
    for prep in (c for c in verb.children if c.dep_ in ("prep", "prt", "advmod")):
        if prep.lower_ in _INTO:
            places.extend(g for g in prep.children if g.dep_ == "pobj")
        for sub in prep.children:
            if sub.dep_ == "prep" and sub.lower_ in _INTO:
                places.extend(g for g in sub.children if g.dep_ == "pobj")
    return any(p.lemma_.lower() in _PUBLIC_PLACES for p in places)
