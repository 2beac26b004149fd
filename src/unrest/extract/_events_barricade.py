"""Burning tyres: a street protest, not a property attack (private to ``events``).

"Villagers blocked roads and *burned tyres*", "some protesters *set fire to tyres*",
"young men *set tyres alight*": tyres burned in the street are the barricades and
bonfires of a protest (GUIDELINES section 2; every development set annotates them as
``protest``), not someone's property destroyed. A property-attack cue whose burned
objects are all tyres is read as a protest cue; one that also burns a bank or a car
("burned tyres and a police car") stays a property attack.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._tree import prep_objects

# Street-fire fuel: what protesters burn to block a road, not property they attack.
_FUEL = frozenset({"tyre", "tyres", "tire", "tires"})
_FIRE_NOUNS = frozenset({"fire", "light", "alight", "ablaze"})
_TO = frozenset({"to"})


def tyre_fire(tok: Token) -> bool:
    """Whether the property-attack cue ``tok`` burns only tyres."""
    burned = _burned(tok)
    return bool(burned) and all(b.lower_ in _FUEL or b.lemma_.lower() in _FUEL for b in burned)


def _burned(tok: Token) -> list[Token]:
    """What ``tok`` ("burned", "set" of "set fire to" / "set ... alight") sets on fire,
    conjuncts included."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    objs = [o for o in objs if o.lower_ not in _FIRE_NOUNS]
    objs += prep_objects(tok, _TO)
    for obj in [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _FIRE_NOUNS]:
        objs += [c for c in obj.children if c.dep_ == "compound"]  # "set tyres alight"
        objs += prep_objects(obj, _TO)  # "set fire to tyres" parsed with "to" on "fire"
    return objs + [c for o in objs for c in o.conjuncts]
