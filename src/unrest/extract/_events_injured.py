"""Injuries told through their treatment (private to ``events``).

"At least 55 were *taken to hospital with injuries*", "81 people had been *admitted
to hospital with gunshot wounds*", "dozens more were *treated in hospital*": people
hurt in an event are told only by where they were taken, without a verb of
violence. The clause reports the injuries, so an attack. Only a passive clause
whose subject is people counts ("the detainee was taken to hospital" in a relative
clause on those arrested, "a medic who treated the wounded" are left out), and it
needs an injury word or "in hospital".
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["treated_injuries"]

_CARE_VERBS = frozenset({"take", "admit", "rush", "bring", "carry", "hospitalise", "hospitalize"})
_TREAT = "treat"
_INJURY_WORDS = frozenset(
    {"injury", "wound", "gunshot", "burn", "fracture", "bruise", "wounds", "injuries"}
)
_HOSPITAL = frozenset({"hospital", "hospitals", "clinic", "clinics"})


def treated_injuries(verb: Token) -> bool:
    """``verb`` tells people taken to or treated in hospital for their injuries."""
    if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "acl", "amod"):
        return False
    lemma = verb.lemma_.lower()
    if lemma not in _CARE_VERBS and lemma != _TREAT:
        return False
    if not any(c.dep_ == "nsubjpass" and _people(c) for c in verb.children):
        return False
    objects = _prep_objects(verb)
    injured = any(o.lemma_.lower() in _INJURY_WORDS for o in objects)
    hospital = any(o.lemma_.lower() in _HOSPITAL for o in objects)
    if lemma == _TREAT:
        return injured or hospital
    return injured and (hospital or lemma in ("hospitalise", "hospitalize"))


def _people(noun: Token) -> bool:
    """A count or a plural of people: "55", "dozens more", "several protesters"; not a
    relative one ("two *of whom*", told of people another clause is about)."""
    if any(t.tag_ in ("WP", "WDT") for t in noun.subtree):
        return False
    if noun.like_num or noun.lower_ in ("dozens", "hundreds", "scores", "thousands", "many"):
        return True
    if noun.pos_ == "PRON":
        return noun.lower_ in ("they", "others", "some", "most")
    return noun.tag_ == "NNS" or any(c.dep_ == "nummod" for c in noun.children)


def _prep_objects(verb: Token) -> list[Token]:
    """Objects of the verb's prepositions, one level down too ("to hospital *with* injuries")."""
    out: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ in ("prep", "advmod")):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            out.append(obj)
            for sub in (c for c in obj.children if c.dep_ == "prep"):
                out.extend(g for g in sub.children if g.dep_ == "pobj")
            out.extend(c for c in obj.children if c.dep_ == "compound")
    return out
