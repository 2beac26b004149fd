"""One group described by its kind ("a rights group", "an Arab rights group based
abroad", "a student group at the university", "a rights body"): an organization named as
written.

Private helper of :mod:`unrest.extract._names`. A bare "group" is nobody in
particular (``unnamed_heads``), and so are groups in the plural ("rights groups
say"); but one group the text describes by a word of its own is a definite body,
however unnamed, like "state media". ("An international rights organisation" is
left to nobody in particular: the development gold keeps it so.) Reads the parse only.
"""

from __future__ import annotations

from spacy.tokens import Token

_BODIES = frozenset({"group", "body", "watchdog"})  # nouns of a body of people
_WHICH = frozenset({"other", "another", "same", "different", "certain", "unnamed"})


def described_group(tok: Token, unnamed: frozenset[str]) -> bool:
    """Whether ``tok`` heads one group told by a word before it ("rights group"), not
    a part of a crowd ("a group of protesters") nor a bare "a group". A group named
    by people who are themselves nobody in particular (``unnamed``: "an activist
    group", like "activists") stays nobody in particular."""
    if tok.tag_ != "NN" or tok.lemma_.lower() not in _BODIES:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False  # "a group of students": some of them
    words = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss") and c.i < tok.i]
    if any(c.lemma_.lower() in unnamed for c in words):
        return False
    return any(
        c.is_alpha
        and c.ent_type_ != "ORDINAL"  # "a second group": which one, not what kind
        and c.lower_ not in _WHICH
        for c in words
    )


def several_of(tok: Token) -> bool:
    """Whether ``tok`` heads a collective of several people or things told by its "of"
    complement in the plural ("a group of armed individuals", "a number of
    troublemakers"): neither one person whom "he" or "she" may stand for, nor an
    organization that a name in apposition to it would be."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in c.children)
        for c in tok.children
    )
