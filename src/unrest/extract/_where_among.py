"""Lists of places opened by "among them" or "including" after a verb of saying.

"Rallies were held in 20 towns, organisers said, among them in Kano, Kaduna and Jos":
the parser hangs "in Kano" on "said", as if it were where the organisers spoke. The
opener shows the list goes on with the event's own places, so they are event places
and belong to the clause of the event.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["listed_anchor"]

#: Words that open a list of the places an event covered ("among them", "including").
_OPENERS = {("among", "them"), ("among", "those"), ("among", "which"), ("including",)}
#: Verbs of saying the list may hang on by a misparse.
_SAYING = {"say", "tell", "report", "add", "state", "announce", "claim", "confirm"}


def _opened(first: Token) -> bool:
    """Whether the words just before ``first`` (commas aside) open a list."""
    doc = first.doc
    words: list[str] = []
    i = first.i - 1
    while i >= 0 and len(words) < 2:
        if doc[i].text != ",":
            words.insert(0, doc[i].lower_)
        i -= 1
    return any(tuple(words[-len(o) :]) == o for o in _OPENERS)


def listed_anchor(tok: Token) -> Token | None:
    """The verb of saying that a list of places opened by "among them"/"including" hangs
    on ("..., the group said, among them in A, B and C"), for the head word ``tok`` of a
    toponym in that list; else None."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return None
    prep = tok.head
    if prep.lower_ == "including":
        start = tok
    elif prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
        start = prep
    else:
        return None
    verb = prep.head
    if verb.lemma_ not in _SAYING or verb.pos_ not in ("VERB", "AUX") or not _opened(start):
        return None
    return verb
