"""Crowds told by where they were seen or how big they were (private to ``events``).

A crowd that does nothing in the sentence still reports a gathering when the
text places it or sizes it:

* seen or reported at a place: "videos show *crowds on* the main boulevard",
  "residents reported crowds near the city centre", "*crowds in* Tehran were small";
* given a size by someone: "organisers put *the crowd* at more than 200,000",
  "the police estimated the crowd at 50,000".

A crowd that force was used on ("fired tear gas at the crowd") or that was
dispersed is left to those rules: it is the object of a preposition there.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._events_tolls import _number_in

__all__ = ["crowd_estimate", "crowd_at_place"]

_CROWD = "crowd"
_SEEING = frozenset(
    {"show", "see", "report", "film", "watch", "witness", "describe", "photograph", "capture"}
)
_PLACE_PREPS = frozenset({"on", "in", "at", "outside", "near", "around", "along", "across"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_NOUNS = frozenset(
    {
        *("street", "square", "boulevard", "avenue", "road", "highway", "bridge", "centre"),
        *("center", "campus", "university", "bazaar", "market", "mosque", "cemetery"),
        *("roundabout", "park", "building", "office", "station", "gate", "entrance"),
    }
)
_ESTIMATING = frozenset({"put", "estimate", "place"})


def crowd_at_place(tok: Token) -> bool:
    """A crowd seen or reported at a place, or said to be small or large there."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != _CROWD:
        return False
    head = tok.head
    seen = tok.dep_ == "dobj" and head.lemma_.lower() in _SEEING
    described = tok.dep_ == "nsubj" and head.lemma_.lower() == "be"
    return (seen or described) and any(_names_place(c) for c in tok.children)


def _names_place(prep: Token) -> bool:
    """ "on Izeh's main boulevard", "in Tehran", "near the city centre"."""
    if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
        return False
    return any(
        g.dep_ == "pobj" and (g.ent_type_ in _PLACE_ENTS or g.lemma_.lower() in _PLACE_NOUNS)
        for g in prep.children
    )


def crowd_estimate(tok: Token) -> bool:
    """ "organisers put *the crowd* at more than 200,000"."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != _CROWD or tok.dep_ != "dobj":
        return False
    verb = tok.head
    if verb.lemma_.lower() not in _ESTIMATING:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "at" and _number_in(c) for c in verb.children)
