"""Gatherings named only as what the police broke up (private to ``events``).

"Security forces *dispersed the gathering* in Tabriz" tells the force used on a
gathering reported elsewhere in the article; the object of an active dispersal verb is
no report of a gathering of its own. A gathering told with its own clause ("dispersed
a rally *held* outside the court") or a passive subject ("a crowd was dispersed with
tear gas") still is.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._modality import Ontology

_OWN_CLAUSE = {"acl", "relcl"}


def dispersed_object(noun: Token, onto: Ontology) -> bool:
    """ "police *dispersed the vigil*": an event noun that is only the object of a
    dispersal verb, with no clause of its own."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in onto.words("dispersal_verbs"):
        return False
    return not any(c.dep_ in _OWN_CLAUSE for c in noun.children)
