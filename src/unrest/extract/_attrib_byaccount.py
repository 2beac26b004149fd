"""Whose count or account a sentence gives: "By his count, no more than 15,000 ...",
"..., by the ministry's estimate, ...".

Private helper of :mod:`unrest.extract.sources`. A "by X's count" phrase is an
"according to X" with the owner as possessor; like it, the phrase speaks for the
clause it hangs on, or for the whole sentence when it opens or closes it. The
writer's own count ("by our count") is the writer's. Reads the parse; writes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._attrib_edge import at_edge
from unrest.extract._attrib_owner import FIRST_PERSON
from unrest.extract._attrib_refs import person_candidates
from unrest.extract._tree import pobjs
from unrest.model import AUTHOR, Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_RECKONINGS = frozenset({"count", "account", "estimate", "tally", "reckoning", "calculation"})


def by_account(sp: Speakers, tok: Token) -> Source | None:
    """The owner of a "by X's count" phrase scoping over the trigger ``tok``."""
    sent = tok.sent
    scope = {tok.i, sent.root.i, *(a.i for a in tok.ancestors)}
    for by in (t for t in sent if t.lower_ == "by" and t.dep_ in ("prep", "agent")):
        if not (by.head.i in scope or at_edge(by, sent)):
            continue
        for obj in pobjs(by):
            if obj.lemma_.lower() not in _RECKONINGS:
                continue
            for owner in (c for c in obj.children if c.dep_ == "poss"):
                if owner.lower_ in FIRST_PERSON:
                    return AUTHOR
                if owner.lower_ in ("his", "her"):
                    return _person(sp, owner)
                return sp.speaker(owner)
    return None


def _person(sp: Speakers, pronoun: Token) -> Source | None:
    """Whom "his" or "her" stands for: the person "he" or "she" would be there."""
    start = sp.window_start(pronoun.sent)
    found = sp.refs.person_for(pronoun, person_candidates(sp, pronoun.i, start))
    if found is None or found.kind != "person":
        return None
    return Source("person", found.name, pronoun.text)
