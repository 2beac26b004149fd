"""Crowd-control force told without a force verb (private to ``events``).

* "the rally *was met with* water cannon and tear gas", "riot police *move in with*
  tear gas": a weapon as the instrument of an act;
* "security forces *using* live fire", "tear gas *used* against a crowd", "sniper fire
  *reported* near the square": a weapon used or reported;
* "01 Oct: protest in the square; water cannon and tear gas": a weapon named in a dated
  timeline entry with no verb of its own.

The lexicon's "use gas" phrases cover "police used tear gas"; this module covers the
constructions where the weapon is not the verb's direct object.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._events_narrative import dated_entry
from unrest.extract._tree import prep_objects

__all__ = ["force_used", "is_weapon"]

# A weapon noun and the modifiers it needs ("tear gas", not "natural gas"); an empty
# set means the noun alone is a weapon.
_WEAPONS: dict[str, frozenset[str]] = {
    "gas": frozenset({"tear"}),
    "cannon": frozenset({"water"}),
    "fire": frozenset({"live", "sniper"}),
    "ammunition": frozenset(),
    "round": frozenset({"live", "rubber", "plastic"}),
    "bullet": frozenset({"live", "rubber", "plastic"}),
    "pellet": frozenset(),
    "gun": frozenset({"pellet"}),
    "birdshot": frozenset(),
}
_USE_VERBS = frozenset({"use", "deploy", "employ", "fire"})
_REPORT_VERBS = frozenset({"report"})
# Verbs whose "with" names what someone carries or has, not force used on people.
_HAVING_VERBS = frozenset(
    {"arm", "equip", "carry", "load", "supply", "provide", "fill", "stock", "threaten", "train"}
)


def is_weapon(noun: Token) -> bool:
    """ "tear gas", "water cannon", "live fire", "rubber bullets", "pellets"."""
    need = _WEAPONS.get(noun.lemma_.lower())
    if need is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if not need:
        return True
    mods = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")}
    if noun.dep_ == "dobj" and noun.head.lower_ in need:
        mods.add(noun.head.lower_)  # "live fire" parsed as a verb and its object
    return bool(mods & need)


def force_used(tok: Token) -> bool:
    """``tok`` tells crowd-control force used: a verb with a weapon as its instrument,
    object or reported subject, or a weapon named alone in a dated timeline entry."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return _timeline_weapon(tok)
    if tok.pos_ != "VERB" or tok.lemma_.lower() in _HAVING_VERBS:
        return False
    return any(is_weapon(w) for n in _weapon_slots(tok) for w in (n, *n.conjuncts))


def _weapon_slots(verb: Token) -> list[Token]:
    """The nouns of ``verb`` that may name a weapon it used."""
    lemma = verb.lemma_.lower()
    slots = prep_objects(verb, ("with",))
    if lemma in _USE_VERBS:
        slots += [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if lemma in _USE_VERBS | _REPORT_VERBS:
        slots += [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "acl":
            slots.append(verb.head)  # "tear gas *used* against a crowd"
    return slots


def _timeline_weapon(noun: Token) -> bool:
    """ "02 Oct: water cannon and tear gas, then live fire at the bridge"."""
    if not is_weapon(noun) or not dated_entry(noun):
        return False
    governors = [a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")]
    return all(a.lower_ == "live" for a in governors)
