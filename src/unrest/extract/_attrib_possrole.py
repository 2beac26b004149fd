"""A person named by a possessed role the article has just named: "his lawyer said ..."
a few sentences after "His lawyer, Amir Azadi, announced ...".

Private helper of :mod:`unrest.extract._names`. "His lawyer" on its own is a person
named as written; when the sentences just before name the one holder of that role in
apposition ("his lawyer, X", "Salehi's lawyer, X"), the fullest name is X's. Further
on, "his" may well be someone else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from unrest.extract._names import Speakers


def possessed_role(tok: Token) -> bool:
    """Whether ``tok`` is a singular common noun with a possessor ("his lawyer")."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return False
    return any(c.dep_ == "poss" for c in tok.children)


def role_holder(sp: Speakers, tok: Token) -> str | None:
    """The one person the sentences just before name in apposition to the same possessed
    role."""
    if not possessed_role(tok):
        return None
    lemma = tok.lemma_.lower()
    names: set[str] = set()
    for other in sp.doc[sp.window_start(tok.sent) : tok.i]:
        if other.lemma_.lower() != lemma or not possessed_role(other):
            continue
        for app in (c for c in other.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
            found = sp.speaker(app)
            if found is not None and found.kind == "person" and found.name:
                names.add(found.name)
    return names.pop() if len(names) == 1 else None
