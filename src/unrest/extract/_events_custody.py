"""Arrests told without an arrest verb (private to ``events``).

* people *dragged into vans*: "plainclothes agents dragged several students into
  vans", "our friends were being dragged into unmarked cars" (a detention seen);
* people *taken from their homes*: "he was taken from his bed at three in the morning",
  "they took fifteen people from that square" (by forces or an unnamed "they", and not
  to hospital);
* people *taken to a place of detention*: "they took us to a detention centre",
  "was transferred to prison", or taken away by forces ("he was taken by
  plainclothes agents");
* people who *remain in detention*: "several reporters remain in custody", "has been
  in custody since that day", "were behind bars as of August", "she is still in
  prison" (a detention going on).

A question about the number held ("how many remain in custody") tells no detention.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _modality as mod
from unrest.extract._events_syntax import names_people
from unrest.extract._tree import pobjs, prep_objects

__all__ = ["dragged_into_vehicle", "held_in_custody", "taken_from_place", "taken_into_custody"]

_DRAG_VERBS = frozenset({"drag", "haul", "bundle", "shove", "push", "force", "throw", "carry"})
_VEHICLES = frozenset({"van", "car", "vehicle", "truck", "bus", "minibus", "jeep", "lorry"})
_TAKE_VERBS = frozenset({"take", "snatch", "grab", "drag", "remove"})
_PLACES = frozenset(
    {
        *("bed", "home", "house", "room", "dormitory", "school", "square", "street", "hospital"),
        *("ward", "premise", "premises", "classroom", "campus", "flat", "apartment", "workplace"),
    }
)
_CARE = frozenset({"hospital", "clinic", "safety"})
# Who takes people away in the active voice: forces, or an unnamed "they".
_TAKERS = frozenset(
    {
        *("they", "police", "policeman", "agent", "officer", "force", "guard", "man", "soldier"),
        *("militia", "militiaman", "basij", "security", "intelligence", "troop", "unit"),
    }
)
_MOVE_VERBS = frozenset({"take", "bring", "send", "transfer", "move", "drive", "escort", "catch"})
_SEIZE_VERBS = frozenset({"take", "catch"})
_STATE_VERBS = frozenset({"be", "remain", "stay"})
_CUSTODY = frozenset({"detention", "custody", "prison", "jail"})
_WH_WORDS = frozenset({"how", "who", "whom", "which", "what"})


def dragged_into_vehicle(verb: Token) -> bool:
    """``verb`` drags someone into a vehicle: "dragged young men *into vans*"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _DRAG_VERBS:
        return False
    onto = mod.ontology()
    if not any(c.dep_ in ("dobj", "nsubjpass") and names_people(c, onto) for c in verb.children):
        return False
    return any(g.lemma_.lower() in _VEHICLES for g in prep_objects(verb, ("into",)))


def taken_from_place(verb: Token) -> bool:
    """``verb`` takes people away from where they were: "taken *from their beds*"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _TAKE_VERBS:
        return False
    onto = mod.ontology()
    if not any(c.dep_ in ("dobj", "nsubjpass") and names_people(c, onto) for c in verb.children):
        return False
    takers = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(t.lemma_.lower() not in _TAKERS and t.lower_ not in _TAKERS for t in takers):
        return False  # "she took her children from school"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    places = prep_objects(verb, {"from"}) + [p for o in objects for p in prep_objects(o, {"from"})]
    if not any(p.lemma_.lower() in _PLACES for p in places):
        return False
    return not any(p.lemma_.lower() in _CARE for p in prep_objects(verb, {"to"}))


def taken_into_custody(verb: Token) -> bool:
    """``verb`` moves people to a place of detention ("took us *to a detention
    centre*", "were sent to prison", "taken to a police station"), or is a passive
    "taken" or "caught" by forces ("he was taken *by plainclothes agents*")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MOVE_VERBS:
        return False
    onto = mod.ontology()
    if not any(c.dep_ in ("dobj", "nsubjpass") and names_people(c, onto) for c in verb.children):
        return False
    if any(_detention_place(p) for p in prep_objects(verb, ("to", "into"))):
        return True
    if verb.lemma_.lower() not in _SEIZE_VERBS or not any(
        c.dep_ == "nsubjpass" for c in verb.children
    ):
        return False
    agents = [g for c in verb.children if c.dep_ == "agent" for g in pobjs(c)]
    return any(a.lemma_.lower() in _TAKERS or a.lower_ in _TAKERS for a in agents)


def _detention_place(place: Token) -> bool:
    """A prison, a detention centre, custody or a police station."""
    words = {place.lemma_.lower()} | {
        c.lemma_.lower() for c in place.children if c.dep_ in ("compound", "amod")
    }
    if words & _CUSTODY:
        return True
    return place.lemma_.lower() == "station" and "police" in words


def held_in_custody(verb: Token) -> bool:
    """``verb`` ("remain", "be") keeps its subject in detention: "who *remain* in
    detention", "has *been* in custody since", "were *behind* bars"."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _STATE_VERBS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or any(_asks(s) for s in subjects):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        objects = [g.lemma_.lower() for g in prep.children if g.dep_ == "pobj"]
        if prep.lower_ == "in" and _CUSTODY.intersection(objects):
            return True
        if prep.lower_ == "behind" and "bar" in objects:
            return True
    return False


def _asks(subject: Token) -> bool:
    """ "*how many* remain in custody": a question about who is held."""
    return any(t.lower_ in _WH_WORDS and t.tag_.startswith("W") for t in subject.subtree) and (
        subject.tag_ != "WP" or subject.head.dep_ != "relcl"
    )
