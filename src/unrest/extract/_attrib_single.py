"""One unnamed person as a source ("according to a relative", "a neighbour said").

Private helper of :mod:`unrest.extract._names`: a singular, indefinite noun naming
one person by a role ("a relative", "a fellow prisoner", "a neighbour who saw it")
is a person named as written, where the plural ("relatives", "neighbours") is a
group or nobody in particular.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._lexicon import Lexicon

_INDEFINITE = frozenset({"a", "an"})
# Nouns of person lists that stand for what someone says, not for someone.
_NOT_SOMEONE = frozenset({"source"})


def single_person(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` heads "a <person noun>": one unnamed person."""
    if tok.tag_ != "NN" or tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    people = lex.person_nouns | lex.informant_nouns | lex.kin_groups
    if lemma not in people or lemma in _NOT_SOMEONE:
        return False
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children)
