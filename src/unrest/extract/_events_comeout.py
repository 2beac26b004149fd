"""People who "came out": a group of people turning out, the plain word for a protest.

"That evening the students came out in front of the university" reports a
protest without any protest word.  The phrase is kept only when its subject is
a group of people (students, residents, thousands) and nothing after "out" gives
it another sense: "came out of prison", "came out against the bill", "came out
with a statement", "the report came out".
"""

from __future__ import annotations

from spacy.tokens import Token

_GROUPS = frozenset(
    {
        "people",
        "student",
        "woman",
        "man",
        "youth",
        "worker",
        "resident",
        "citizen",
        "crowd",
        "thousand",
        "hundred",
        "tens",
        "protester",
        "demonstrator",
        "mourner",
        "family",
        "supporter",
        "teacher",
        "nurse",
        "retiree",
        "pensioner",
        "farmer",
        "trader",
        "shopkeeper",
        "merchant",
        "villager",
        "local",
        "townspeople",
        "inhabitant",
    }
)

# Prepositions after "came out" that give the phrase another sense.
_OTHER_SENSE = frozenset({"of", "against", "for", "with", "as", "ahead", "from", "behind"})
_RELATIVE = frozenset({"who", "that", "which"})


def subject_of(verb: Token) -> Token | None:
    """The subject noun of ``verb``, the antecedent for a relative pronoun."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ == "conj":
        return subject_of(verb.head)
    return None


def is_group(noun: Token) -> bool:
    """``noun`` names a group of people ("students", "thousands", "the poor")."""
    if noun.lemma_.lower() in _GROUPS or noun.lower_ in _GROUPS:
        return True
    return noun.tag_ == "NNS" and noun.ent_type_ in ("NORP",)


def _on_top(prep: Token) -> bool:
    """ "came out *on top*", "*in favour* of": a result or a stance, not a turnout."""
    objects = {c.lemma_.lower() for c in prep.children if c.dep_ == "pobj"}
    if prep.lower_ == "on":
        return bool(objects & {"top", "side"})
    return prep.lower_ == "in" and bool(objects & {"favour", "favor", "support", "defence"})


def came_out(verb: Token) -> bool:
    """``verb`` is "came out" said of a group of people turning out in public."""
    if verb.lemma_.lower() != "come" or verb.pos_ != "VERB":
        return False
    kids = list(verb.children)
    outs = [c for c in kids if c.lower_ == "out" and c.dep_ in ("prt", "advmod")]
    if not outs or outs[0].i != verb.i + 1:
        return False
    if any(c.dep_ in ("dobj", "acomp", "attr", "oprd", "xcomp", "ccomp") for c in kids):
        return False
    preps = [c for c in (*kids, *outs[0].children) if c.dep_ in ("prep", "advmod", "agent")]
    if any(p.lower_ in _OTHER_SENSE or _on_top(p) for p in preps):
        return False
    subject = subject_of(verb)
    return subject is not None and is_group(subject)
