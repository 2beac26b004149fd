"""Place names that tell who acted or whence someone came, not where the event was.

- "a commander sent from X", "troops brought in from X": a participle's "from"
  names where the people came from; the event is where they were sent.
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
