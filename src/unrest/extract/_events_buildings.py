"""Crowds attacking buildings (private to ``events``).

"Rioters attacked police stations", "protesters attacked a fuel depot", "crowds had
attacked petrol stations and torched banks": when the attackers are a crowd
(rioters, protesters, a mob) and what they attack is a building, the act is
damage to property, a property attack. "Armed men attacked the police station"
stays an attack on the people in it, and so does an attack "with weapons".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract import _events_comeout as comeout
from unrest.extract._tree import prep_objects

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology

__all__ = ["crowd_attacked_building"]

_ATTACK_VERBS = frozenset({"attack", "assault", "raid", "ransack"})
_BUILDINGS = frozenset(
    {
        *("station", "depot", "governorate", "headquarters", "compound", "office", "building"),
        *("consulate", "embassy", "barracks", "courthouse", "court", "prison", "jail", "bank"),
        *("branch", "base", "post", "checkpoint", "mosque", "seminary", "shrine"),
    }
)
_WEAPONS = frozenset({"weapon", "gun", "firearm", "rifle", "grenade", "knife", "bullet", "rocket"})


def crowd_attacked_building(verb: Token, onto: Ontology) -> bool:
    """``verb`` ("attacked") has a crowd as subject and a building as object."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _ATTACK_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.conjuncts]
    if not any(o.lemma_.lower() in _BUILDINGS for o in objects):
        return False
    if _armed(verb):
        return False  # "attacked the station *with automatic weapons*": people were the target
    subject = comeout.subject_of(verb)
    if subject is None:
        return False
    crowds = onto.words("protest_people") | onto.words("weak_agents")
    return subject.lemma_.lower() in crowds or subject.lower_ in crowds


def _armed(verb: Token) -> bool:
    """The attack is told with weapons against people: "with firebombs and *weapons*"."""
    objects = prep_objects(verb, {"with"})
    objects += [g for o in objects for g in o.conjuncts]
    return any(o.lemma_.lower() in _WEAPONS for o in objects)
