"""A reported flashback tied to the scene the narrative is at.

A past-perfect clause reported by a speech word ("the minister said that ... had been
detained") is read as a summary of the whole episode up to the report. That reading
fails when the clause itself points back at the scene just told: an anaphoric place
("had been wounded *there*", "detained *at the scene*", "had taken part *in the
gathering*"), a part of the day that only the day in force can complete ("had been
treated *in the evening*", "*that night*"), or one single act ("*a suspect* had been
wounded", "*one man* had been shot", "*the plane* had been shot down"): these happened
on the narrative's day, not over the episode, nor from it up to a later report
("admitted on Saturday that the plane had been shot down"). So does a report dated on a
day before the time of writing ("the ministry said on Wednesday that ... had been
arrested"): what it tells came by its day, not over the whole episode up to now; a
report of the day of writing may sum the episode up.

Reads the dependency tree around a trigger; writes nothing.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from unrest.extract._date_base import Interval, words
from unrest.extract._date_syntax import ancestors
from unrest.extract._numbers import lexicon
from unrest.extract._tree import pobjs

__all__ = ["at_scene", "reported_before"]

# Definite nouns that name the place of the event just told ("at the scene").
_SCENE_NOUNS = frozenset({"scene", "spot"})
_ONE = frozenset({"a", "an", "one", "the"})
_PATIENTS = ("nsubjpass", "nsubj", "dobj")


def _perfect_verb(trigger: Token) -> Token:
    """The past-perfect verb over ``trigger`` (within four heads), else ``trigger``."""
    for verb in ancestors(trigger)[:4]:
        if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
            return verb
    return trigger


@lru_cache(maxsize=1)
def _times_of_day() -> frozenset[str]:
    """The parts of the day of ``time_words.yaml`` ("evening", "night"), read once."""
    return frozenset(words()["times_of_day"])


def _scene_modifier(tok: Token) -> bool:
    """Whether ``tok`` (a child of a clause verb) ties its clause to the scene in force:
    'there', 'at the scene', 'in the evening', 'that night'."""
    tod = _times_of_day()
    if tok.dep_ == "advmod" and tok.lower_ == "there":
        return True
    if tok.dep_ == "npadvmod" and tok.lemma_.lower() in tod:
        return any(c.dep_ == "det" and c.lower_ in ("that", "the") for c in tok.children)
    if tok.dep_ != "prep":
        return False
    for obj in pobjs(tok):
        det = [c.lower_ for c in obj.children if c.dep_ == "det"]
        if det != ["the"] or any(c.dep_ in ("prep", "compound", "amod") for c in obj.children):
            continue
        if tok.lower_ in ("at", "on") and obj.lemma_.lower() in _SCENE_NOUNS:
            return True
        if tok.lower_ in ("in", "during") and obj.lower_ in tod:
            return True
        if tok.lower_ in ("in", "at", "during") and _one_occasion(obj):
            return True
    return False


def _one_occasion(noun: Token) -> bool:
    """Whether ``noun`` names one gathering already told ("took part in *the gathering*",
    "at *the funeral*"): a singular crowd noun, unlike the wave ("the protests")."""
    return noun.tag_ == "NN" and noun.lemma_.lower() in lexicon().words("crowd_nouns")


def _single(tok: Token) -> bool:
    """Whether ``tok`` is one single person or thing ('a suspect', 'one man', 'the
    plane'), not a part of a group ('a number of rioters', 'one of them')."""
    if tok.tag_ != "NN" or tok.ent_type_:
        return False
    det = [c.lower_ for c in tok.children if c.dep_ in ("det", "nummod")]
    if not det or det[0] not in _ONE:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def at_scene(trigger: Token) -> bool:
    """Whether the reported past-perfect clause of ``trigger`` is tied to the scene the
    narrative is at (see the module docstring)."""
    verb = _perfect_verb(trigger)
    for tok in dict.fromkeys([trigger, verb, *verb.conjuncts]):
        if any(_scene_modifier(c) for c in tok.children):
            return True
    # One single act: its patient or agent is one person or thing.
    return any(c.dep_ in _PATIENTS and _single(c) for c in verb.children)


def reported_before(said: Interval | None, now: Interval | None) -> bool:
    """Whether a reporting act dated ``said`` ("said on Wednesday") lies before the time
    of writing ``now``."""
    return said is not None and now is not None and said.hi < now.lo
