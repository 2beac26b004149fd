"""People hit by a weapon (private to ``events``).

"He was *hit* in both eyes by pellets", "a journalist was *hit* by a tear-gas
canister", "the bullet *hit* him", "the airliner was *hit* by two missiles":
a blow from a weapon is force used against people even when no one is named
firing it. The weapon is one of the things the ontology lets an attack fire
(ammunition, pellets, canisters...) or a missile; "hit hard by sanctions" has
no weapon and stays out. A blow to a part of the body ("a boy was *hit* in the
face", "patients hit in both eyes") is one too, whatever hit them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract import _events_cues4 as cues4
from unrest.extract._tree import prep_objects

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology

_HIT_VERBS = {"hit"}  # "struck by" is judged in ``_events_cues4``
_BODY_PARTS = cues4.BODY_PARTS | {
    *("arm", "hand", "foot", "stomach", "shoulder", "thigh", "knee", "groin", "mouth", "jaw"),
}
_MORE_WEAPONS = {"missile", "gunfire", "bullet", "pellet", "baton", "rocket", "shell", "stone"}


def hit_by_weapon(tok: Token, onto: Ontology) -> bool:
    """Whether verb ``tok`` tells someone or something hit by a weapon."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in _HIT_VERBS:
        return False
    weapons = _weapons(onto)
    agents = [
        g
        for c in tok.children
        if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
        for g in c.children
        if g.dep_ == "pobj"
    ]
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    hitters = agents + (subjects if objects else [])
    return any(_is_weapon(h, weapons) for h in hitters) or _hit_in_body(tok)


def _hit_in_body(verb: Token) -> bool:
    """ "was hit *in the face*", "hit in both *eyes*": a blow to the body."""
    return any(g.lemma_.lower() in _BODY_PARTS for g in prep_objects(verb, ("in",)))


def _is_weapon(noun: Token, weapons: set[str]) -> bool:
    """ "pellets", "a tear-gas *canister*", "a police *bullet*", "two missiles"."""
    return noun.lemma_.lower() in weapons or noun.lower_ in weapons


def _weapons(onto: Ontology) -> set[str]:
    """What an attack may fire, as the ontology lists it, and missiles."""
    lex = onto.lexicon("attack")
    fired = set(lex.objects.get("fire", ())) if lex is not None else set()
    return (fired - {"_intransitive", "gas", "round", "shot"}) | _MORE_WEAPONS
