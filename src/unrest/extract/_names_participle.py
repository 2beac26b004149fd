"""A participial clause set off by a comma between a subject and its verb.

Private helper of :mod:`unrest.extract._names`: when the parser hangs a reduced
participial clause ("His colleague, interviewed years later in a kitchen in X,
says: ...") under the reporting verb as a clause of its own, the noun just before the
verb (X) lies inside that clause and is not the verb's subject. Reads the parse;
writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token


def participle_clause(tok: Token, verb: Token) -> Token | None:
    """The participle heading a clause set off by a comma before ``verb`` that holds
    ``tok`` ("..., interviewed years later in X, says"), if there is one."""
    for a in (tok, *tok.ancestors):
        if a.i >= verb.i or a.i <= verb.sent.start:
            return None
        if (
            a.i <= tok.i
            and a.tag_ in ("VBN", "VBD")
            and a.dep_ in ("ccomp", "acl", "advcl")
            and not any(c.dep_ in ("aux", "auxpass") for c in a.children)
            and a.doc[a.i - 1].text == ","
        ):
            return a
    return None
