"""Coarse toponyms for :mod:`unrest.extract._where_roles`: "near X", "outside X",
"X's suburbs", "took off from X" place the event around X, so X stands for its province.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._where_context import SITE_NOUNS

_AREA_NOUNS = {
    "suburb",
    "suburbs",
    "outskirts",
    "town",
    "towns",
    "village",
    "villages",
    "countryside",
    "satellite",
    "periphery",
    "environs",
    "province",
    "region",
    "vicinity",
}


_NEAR_PREPS = {"near", "outside", "around", "nearby", "beyond"}


#: Things "near X" that are outside X by nature: an aircraft brought down near a city.
AIRBORNE = {
    "plane",
    "planes",
    "airliner",
    "airliners",
    "aircraft",
    "jet",
    "jets",
    "flight",
    "helicopter",
    "drone",
    "drones",
    "airplane",
    "jetliner",
}


#: Nouns whose "of X" is X's surroundings, not X itself ("the outskirts of Tehran").
_AROUND_NOUNS = {
    "suburb",
    "suburbs",
    "outskirts",
    "countryside",
    "periphery",
    "environs",
    "vicinity",
}


#: Verbs of leaving: "took off from Tehran" happened outside the city.
_LEAVING = {"take", "depart", "leave", "fly", "flee"}
#: Verbs whose object is the place left behind ("after it left Tehran").
_LEFT = {"leave", "depart"}


def site_anchor(tok: Token) -> Token:
    """For "Tehran's airport", "Minsk's avenues": the site noun, which says where things happen."""
    head = tok.head
    if (
        tok.dep_ in ("poss", "compound")
        and head.i != tok.i
        and (head.ent_type_ == "FAC" or head.lower_ in SITE_NOUNS)
    ):
        return head
    return tok


def _names_locality(noun: Token) -> bool:
    """ "suburb of Kollupitiya": one named part of a city, not its surroundings at large."""
    return noun.tag_ == "NN" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in noun.children
    )


def is_coarse(span: Span) -> bool:
    """ "near X", "outside X", "X's suburbs", "took off from X": X's province, not X."""
    root = site_anchor(span.root)
    if root.dep_ == "pobj" and root.head.lower_ in _NEAR_PREPS:
        return root.head.head.lower_ in AIRBORNE  # "a border post near X" is at X
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_ in _LEAVING:
        return True
    if root.dep_ == "dobj" and root.head.lemma_ in _LEFT:
        return True  # "minutes after it left Tehran": on its way out of the city
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _AROUND_NOUNS:
        return True
    if root.dep_ in ("poss", "compound"):
        if _names_locality(root.head):
            return False  # "the Colombo suburb of Kollupitiya": a part of the city
        return root.head.lower_ in _AREA_NOUNS or any(
            c.lower_ in _AREA_NOUNS and c.i not in range(span.start, span.end)
            for c in root.head.children
            if c.dep_ in ("amod", "compound")
        )  # "Bushehr province" itself is no area around Bushehr
    return False
