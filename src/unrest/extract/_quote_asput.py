""" "As X puts it": an idiom that reports the words a quotation gives.

Private helper of :mod:`unrest.extract._quotes`. "Put" reports speech only in the
idiom "as X put(s) it" ("as one student leader puts it in the film, "..."");
elsewhere it places things or gives estimates ("put the toll at 93"). Reads the
parse; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token


def as_put_it(verb: Token) -> bool:
    """Whether ``verb`` is "put" with the object "it" in a clause opened by "as"."""
    if verb.lemma_.lower() != "put" or verb.pos_ != "VERB":
        return False
    children = list(verb.children)
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in children) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in children
    )
