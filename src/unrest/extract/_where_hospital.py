"""A town named as where someone was treated or died: a weak event place.

"shot during a protest in Bukan, he died of his wounds in hospital in Urmia": the
shooting was in Bukan; Urmia only tells where the hospital stands, and serves when
the sentence names no other place ("wounded protesters were taken to a hospital in
Urmia").
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of places of care, whose own town locates only them.
CARE_NOUNS = {"hospital", "hospitals", "clinic", "clinics", "infirmary"}


def care_place(tok: Token) -> bool:
    """Whether ``tok`` (a toponym's head word) locates a hospital: "in hospital in X"."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in {"in", "at", "near"}:
        return False
    prep = tok.head
    noun = prep.head
    if noun.lower_ in CARE_NOUNS and noun.dep_ == "pobj":
        return True
    # the parser often hangs "in X" on the verb: read "hospital in X" on the surface
    before = prep.doc[prep.i - 1] if prep.i > 0 else prep
    return before.lower_ in CARE_NOUNS and before.dep_ == "pobj"
