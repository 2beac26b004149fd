"""A town named as where a road leads: not where the event happened.

"crowds blocked the road to Ahvaz", "attacked on the highway towards X": the road
runs from the scene towards the town, so the town does not place the event; the
place in force (the sentence's other places, or the story's) does.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of ways that lead somewhere.
ROAD_NOUNS = {"road", "roads", "highway", "highways", "route", "routes", "motorway", "expressway"}

#: Prepositions of direction after a road noun.
_TOWARDS = {"to", "towards", "toward"}


def road_destination(tok: Token) -> bool:
    """Whether ``tok`` (a toponym's head word) is where a road leads: "the road to X"."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in _TOWARDS:
        return False
    prep = tok.head
    if prep.head.lower_ in ROAD_NOUNS:
        return True
    # the parser may hang "to X" on the verb: read "road to X" on the surface
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return before.lower_ in ROAD_NOUNS
