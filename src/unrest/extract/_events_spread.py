"""Protests that spread, told without an event noun (private to ``events``).

"*They* have since spread to dozens of cities", "by the weekend *it* had spread to
Abadan and Shush", "the anger spread to Valparaiso": a pronoun or a word for the
movement spreads to new places right after the protests were named. The spread
reports protests in those places; the sentences before must name protests, so a
fire or an epidemic that "spread to" a town cues nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract import _events_narrative as nar

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology

_SPREAD_VERBS = {"spread", "extend", "expand"}
_STAND_INS = {"they", "it", "anger", "movement", "wave", "revolt", "fury", "outrage"}
_TO_PREPS = {"to", "beyond", "across", "into"}
_PLACE_NOUNS = {
    "city",
    "town",
    "village",
    "province",
    "region",
    "county",
    "district",
    "campus",
    "university",
    "capital",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "area",
    "part",
    "country",
}
_PLACE_ENTS = {"GPE", "LOC", "FAC"}
_PROTEST_WORDS = {"protest", "demonstration", "rally", "uprising", "unrest", "riot", "march"}


def _reaches_place(verb: Token) -> bool:
    """``verb`` has a "to / beyond ..." complement naming a place or places."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _TO_PREPS:
            continue
        for tok in prep.subtree:
            if tok.ent_type_ in _PLACE_ENTS or tok.lemma_.lower() in _PLACE_NOUNS:
                return True
    return False


def spread_protest(verb: Token, onto: Ontology) -> bool:
    """ "*They* spread to Isfahan, Shiraz and Tabriz" after protests were named,
    "within days they had *reached* dozens of cities"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _SPREAD_VERBS | {"reach"}:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(s.lower_ in _STAND_INS for s in subjects):
        return False
    if verb.lemma_.lower() == "reach":
        if not any(c.dep_ == "dobj" and _counted_places(c) for c in verb.children):
            return False
    elif any(c.dep_ == "dobj" for c in verb.children) or not _reaches_place(verb):
        return False
    words = nar.context_words(verb, 2)
    return bool(words & (_PROTEST_WORDS | onto.words("protest_people")))


def spread_in_places(verb: Token, onto: Ontology) -> bool:
    """Protests themselves spreading or protesters appearing in places: "protests
    *spread* to Azadi Square and Isfahan", "protesters had *appeared* in dozens of towns"."""
    if verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    words = _PROTEST_WORDS | onto.words("protest_people")
    if not subjects or not all(s.lemma_.lower() in words for s in subjects):
        return False
    if lemma in _SPREAD_VERBS:
        return not any(c.dep_ == "dobj" for c in verb.children) and _reaches_place(verb)
    if lemma != "appear":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "across") and any(map(_counted_places, c.children))
        for c in verb.children
    )


def _counted_places(noun: Token) -> bool:
    """ "dozens of cities", "more than 80 towns", "several provinces"."""
    if noun.lemma_.lower() in _PLACE_NOUNS:
        return True
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.lemma_.lower() in _PLACE_NOUNS for g in c.children)
        for c in noun.children
    )
