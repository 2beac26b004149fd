"""Counts of the people taking part as protest cues (private to ``events``).

A report that gives how many took part reports the gathering it counts, even without
a protest verb:

* a count of participants with no event named: "as many as 200,000 people *had taken
  part* nationwide", "teachers took part in at least 40 cities" (employees taking part
  withhold their work: a strike);
* a turnout given a number: "police *put the turnout* at 240,000", "a turnout of 5,000";
* a number of protesters given: "put *the number of protesters* at about 5,000",
  "estimates of the number of demonstrators ranged from 3,000 to 10,000".

Taking part in something named ("took part in the unrest", "in a vigil") is told by
that noun; a count that is not given ("how many drivers took part") is no report.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._events_tolls import _number_in, _numeric
from unrest.extract._events_workplace import _EMPLOYEES
from unrest.extract._modality import Ontology

_PART_VERBS = {"take", "participate"}
_NOUN_PREPS = {"at", "of"}  # "a turnout of 5,000"
_VERB_PREPS = {"at", "from"}  # "put the number at", "estimates ranged from 3,000"
_PLACE_ENTS = {"GPE", "LOC", "FAC"}
_COUNTED = {"troublemaker", "participant", "marcher", "striker"}  # beyond ``protest_people``
_TURNOUT = {"turnout", "attendance"}
_PLACES = {
    "city", "town", "province", "village", "district", "campus", "university", "county",
    "place", "location", "neighbourhood", "neighborhood", "site",
}  # fmt: skip


def _count_given(noun: Token) -> bool:
    """ "put *the turnout* at 240,000", "*a turnout* of 5,000", "the number ... was put at
    5,000": a number in a preposition of the noun or of its verb."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    if indefinite and noun.lemma_.lower() not in _TURNOUT:
        return False  # "a number of rioters set fire to ...": a quantifier
    holders = [(noun, _NOUN_PREPS)]
    if noun.dep_ in ("dobj", "nsubjpass", "nsubj"):
        holders.append((noun.head, _VERB_PREPS))
    for holder, preps in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in preps and _number_in(prep):
                return True
    return noun.dep_ == "nsubj" and any(  # "the turnout was 80,000", "... exceeded 1,500"
        c.dep_ in ("attr", "dobj") and _number_in(c) for c in noun.head.children
    )


def counted_turnout(noun: Token, onto: Ontology) -> bool:
    """ "put the *turnout* at 240,000", "put the *number* of protesters at 5,000"."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in _TURNOUT:
        return _count_given(noun)
    if lemma not in onto.words("count_nouns") or lemma == "toll":
        return False
    people = onto.words("protest_people") | _COUNTED
    counted = [
        g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
    ]
    if not any(g.dep_ == "pobj" and g.lemma_.lower() in people for g in counted):
        return False
    return _count_given(noun)


def counted_participants(verb: Token) -> str | None:
    """ "200,000 people *had taken part* nationwide": "protest" (or "strike" for employees
    taking part) when numbered people took part in nothing named."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _PART_VERBS:
        return None
    if lemma == "take" and not any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    places = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        objs = [g for g in prep.children if g.dep_ == "pobj"]
        if any(o.lemma_.lower() not in _PLACES and o.ent_type_ not in _PLACE_ENTS for o in objs):
            return None  # "took part in the unrest": told by that noun
        places.extend(objs)
    numbered = any(_numeric(t) for s in subjects for t in s.subtree) or any(
        _numeric(t) for p in places for t in p.subtree
    )
    if not numbered:
        return None
    employees = any(s.lemma_.lower() in _EMPLOYEES for s in subjects)
    return "strike" if employees else "protest"
