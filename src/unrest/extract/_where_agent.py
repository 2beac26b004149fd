"""Place names that tell who acted or whence someone came, not where the event was.

- "a commander sent from X", "troops brought in from X": a participle's "from"
  names where the people came from; the event is where they were sent.
- "nine foreign nationals from Germany and Poland": a foreign place on people says
  whence they come, not where they were arrested.
- "convicted of spying for the United Kingdom": a foreign country served names
  the other side, not a place.
- "a US drone strike", "a French-made rifle": a foreign country as a noun modifier
  names the actor or origin of a thing, not the scene.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._gazetteer import Entry


def sent_from(tok: Token) -> bool:
    """Whether toponym head ``tok`` is the "from" of a participle on a noun ("sent from X")."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from":
        return False
    verb = prep.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def foreign_modifier(tok: Token, entry: Entry, home: str | None) -> bool:
    """Whether ``tok`` is a foreign country used as a modifier of a noun ("a US strike")."""
    return (
        entry.kind == "country"
        and home is not None
        and entry.country != home
        and tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.pos_ == "NOUN"
    )


#: Nouns of people whose "from X" is their origin ("nationals from X").
_PEOPLE = {
    "national",
    "citizen",
    "tourist",
    "visitor",
    "traveller",
    "traveler",
    "expatriate",
    "migrant",
    "refugee",
    "pilgrim",
    "foreigner",
}


def origin_of_people(tok: Token, entry: Entry, home: str | None) -> bool:
    """Whether ``tok`` is a foreign place that people are "from" ("citizens from X, Y and Z")."""
    if home is None or entry.country == home:
        return False
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "from":
        return False
    held = prep.head  # "arrested three citizens from X": "from" may hang on the verb
    return held.lemma_.lower() in _PEOPLE or any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _PEOPLE for c in held.children
    )


#: Verbs of serving another side: their foreign "for X" is that side ("spying for X").
_SERVING = {"spy", "work", "collaborate", "act", "gather"}


def served_side(tok: Token, entry: Entry, home: str | None) -> bool:
    """Whether ``tok`` is a foreign country someone spied or worked "for"."""
    prep = tok.head
    return (
        entry.kind == "country"
        and home is not None
        and entry.country != home
        and tok.dep_ == "pobj"
        and prep.lower_ == "for"
        and prep.head.lemma_.lower() in _SERVING
    )


def copular_origin(tok: Token) -> bool:
    """Whether ``tok`` names where someone is from ("He was eighteen, from a village
    near Arak"): a "from" phrase on a form of "be", reached through the places that
    locate it ("a village near X"). A home town, not a scene later sentences go on in."""
    while tok.dep_ in ("pobj", "conj", "compound") and tok.head.i != tok.i:
        head = tok.head
        if head.lower_ == "from" and head.dep_ == "prep":
            return head.head.lemma_ == "be"
        tok = head if head.dep_ != "prep" else head.head
    return False
