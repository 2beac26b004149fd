"""Blame laid for a killing (private to ``events``).

"Officials blamed "rioters" for his death", "the police chief blamed foreign agents
for the shooting": whoever lays the blame asserts that the killing happened and says
who did it, so the clause reports the attack (with the blamer as its source). Blame for
vague states ("for the violence", "for the unrest") is commentary and is left out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology

__all__ = ["blamed_for_killing"]

_BLAME_VERBS = frozenset({"blame"})


def blamed_for_killing(tok: Token, onto: Ontology) -> bool:
    """``tok`` is a killing or a death that a verb of blame lays on someone: the "for"
    object of "blame" ("blamed rioters *for his death*")."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    verb = prep.head
    if prep.lower_ != "for" or prep.dep_ != "prep":
        return False
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BLAME_VERBS:
        return False
    return tok.lemma_.lower() in _killing_nouns(onto)


def _killing_nouns(onto: Ontology) -> frozenset[str]:
    """The attack nouns that name a definite act, plus "death"."""
    lex = onto.lexicon("attack")
    nouns = set() if lex is None else set(lex.nouns)
    return frozenset((nouns - onto.words("soft_nouns")) | {"death"})
