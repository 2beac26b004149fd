"""Blame as attribution: "the ministry blamed the outage on ...", "prosecutors linked
thirty deaths to the unrest", "officials blamed rioters for the fires".

Private helper of :mod:`unrest.extract.sources`. Whoever blames an event on a cause
or a culprit asserts that it happened: the subject of an active verb of
``blame_verbs`` is the source of its object and of its "for" complement. A bare
participle ("doctors linked to the movement") has no subject and blames nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._lexicon import Lexicon

_BLAMED_PREPS = frozenset({"for"})  # "blamed rioters for the fires"
_ACTIVE_SUBJECTS = frozenset({"nsubj"})


def imputes(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` is an active verb of blame with a subject and an object of its own
    (a participle misparsed as a main verb, "students linked to X occupied", has none)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.blame_verbs:
        return False
    deps = {c.dep_ for c in verb.children}
    return bool(deps & _ACTIVE_SUBJECTS) and "dobj" in deps


def blamed(child: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether ``child`` (on the path up from a trigger) is what ``verb`` blames."""
    if not imputes(verb, lex):
        return False
    return child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in _BLAMED_PREPS)
