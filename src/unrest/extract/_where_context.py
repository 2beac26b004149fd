"""Context for :mod:`unrest.extract.where`: what a sentence says about the places around it.

Helpers that look beyond the toponyms of a mention's own clause: whether its
sentence points back to a place named before ("there", "the city", an unknown
landmark), whether it widens the scope beyond one story place ("since the
election", "in several cities"), and whether the trigger's own phrase spreads the
event over unnamed places.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._gazetteer import Gazetteer
from unrest.model import Place

__all__ = ["points_back", "province_place", "under", "vague_own_scope", "widened"]

#: Nouns that, made definite ("the city"), point back to a place named before.
BACK_NOUNS = {"city", "town", "village", "province", "area", "region", "district", "square",
               "university", "campus", "neighbourhood", "neighborhood", "camp", "scene"}
#: Plural nouns that spread an event over unnamed places ("in several cities").
SPREAD_NOUNS = {"cities", "towns", "villages", "areas", "provinces", "regions", "places",
                 "localities", "parts", "districts"}
#: Sites named after their city ("Tehran's airport", "Amir Kabir University").
SITE_NOUNS = {"airport", "avenue", "avenues", "street", "streets", "square", "squares",
              "university", "prison", "station", "bazaar", "market", "park", "stadium"}
def province_place(gazetteer: Gazetteer, name: str, country: str | None) -> Place:
    """The province ``name`` of ``country`` as a place."""
    for entry in gazetteer.candidates(name):
        if entry.kind == "admin1" and entry.country == country:
            return entry.place(name)
    return Place(country or "", name)


def under(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is ``top`` or lies in its subtree."""
    return tok.i == top.i or any(a.i == top.i for a in tok.ancestors)


def _own_subtree(root: Token) -> list[Token]:
    """Tokens under ``root``, not crossing into coordinated clauses or verbs."""
    out: list[Token] = []
    stack = [root]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children
                     if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")))
    return out


def vague_own_scope(trigger: Span) -> bool:
    """The trigger's own phrase spreads it over unnamed places ("fired ... in several cities")."""
    return any(t.lower_ in SPREAD_NOUNS and t.dep_ == "pobj" for t in _own_subtree(trigger.root))


def points_back(sents: list[Span], gazetteer: Gazetteer) -> bool:
    """Whether the sentences refer to a place named earlier.

    "there", a definite place noun ("the city", "the camp") or a landmark the gazetteer
    does not know ("Azadi Square", "the Nile") ties the sentence to the place in force.
    """
    for sent in sents:
        for tok in sent:
            if tok.lower_ == "there" and tok.dep_ == "advmod":
                return True
            kids = [c.lower_ for c in tok.children]
            if tok.lower_ in BACK_NOUNS and tok.tag_ == "NN" and "of" not in kids and any(
                    k in ("the", "this", "that") for k in kids):
                return True
        for ent in sent.ents:
            site = ent.label_ in ("FAC", "LOC") or ent.label_ == "ORG" and \
                ent[-1].lower_ in SITE_NOUNS
            if site and gazetteer.resolve(_strip_the(ent.text)) is None:
                return True
    return False


def widened(sents: list[Span], story: Place) -> bool:
    """Whether the sentences reach beyond the story place.

    A running total ("since the election") is the whole country's; unnamed places
    in the plural ("in several cities") cannot lie inside one city.
    """
    for sent in sents:
        for tok in sent:
            if tok.lower_ == "since" and tok.dep_ in ("prep", "mark"):
                return True
            if story.city is not None and tok.lower_ in SPREAD_NOUNS:
                return True
    return False



def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text

