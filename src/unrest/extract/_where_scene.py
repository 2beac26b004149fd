"""The scene a sentence borrows, for :mod:`unrest.extract.where`.

A sentence that names no place of its own borrows the place in force. When what
it borrows is only a province and the story is set in a city of that province,
the scene is the city: "the crowd", "the police station" in a report on Zahedan
are Zahedan's, though the sentence before named only "Sistan and Baluchestan
province". A definite site in the trigger's own clause ("broke out outside the
hospital") points back to the place in force. A report by a national body holds
only what its verb reports: "the ministry said X, but witnesses said he was shot"
leaves the shooting to the scene.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._where_conjuncts import conjunct_head
from unrest.model import Place

__all__ = ["SITE_BACK_NOUNS", "reports", "site_of", "within_story"]

#: Definite sites that point back to the place in force when the trigger's own clause
#: names them ("broke out outside the hospital", "tried to torch the depot").
SITE_BACK_NOUNS = {
    "hospital",
    "prison",
    "cemetery",
    "depot",
    "refinery",
    "plant",
    "factory",
    "mosque",
    "bazaar",
    "market",
    "stadium",
}


def site_of(tok: Token, trigger: Span | None) -> bool:
    """Whether ``tok`` is a site noun in the trigger's own coordinated clause."""
    return (
        trigger is not None
        and tok.lower_ in SITE_BACK_NOUNS
        and conjunct_head(tok) == conjunct_head(trigger.root)
    )


def reports(verb: Token, trigger: Span) -> bool:
    """Whether the trigger lies in what ``verb`` reports, not in a clause coordinated with
    it ("..., but witnesses said he was shot")."""
    tok = trigger.root
    while tok.i != verb.i:
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def within_story(found: list[Place], story: Place | None) -> list[Place]:
    """``[story]`` when ``found`` holds only provinces and the story city lies in one of
    them; else ``found``."""
    if not found or story is None or story.city is None:
        return found
    if any(p.city is not None or p.admin1 is None for p in found):
        return found
    if (story.country, story.admin1) in {(p.country, p.admin1) for p in found}:
        return [story]
    return found
