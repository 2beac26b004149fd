""" "The capital" as a place: the capital city of the article's country.

"protests have reached the capital", "450 people were arrested in the capital",
"the Iranian capital", "Iran's capital": each stands for a city the gazetteer
knows. Not a reference of its own: "the capital of Kurdistan province" (the name
that follows says it), "Sanandaj, the capital" (the name before it does), "far from
the capital" or "west of the capital" (somewhere else), "the provincial capital"
(not the country's), "capital punishment" (an adjective).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from unrest.extract._gazetteer import Entry, Gazetteer

#: Prepositions that put an event away from the capital ("far from the capital").
_AWAY = {"from", "outside", "beyond", "toward", "towards"}

#: Words whose "of the capital" names somewhere else ("west of the capital").
_BESIDE = {
    "west",
    "east",
    "north",
    "south",
    "northwest",
    "northeast",
    "southwest",
    "southeast",
    "outside",
    "kilometres",
    "kilometers",
    "miles",
    "km",
}

#: Modifiers that make it some other capital ("the provincial capital").
_OTHER = {"provincial", "regional", "state", "district", "county", "economic", "commercial"}


def capital_spans(
    sent: Span, gazetteer: Gazetteer, home: str | None
) -> Iterator[tuple[Span, Entry]]:
    """Spans of ``sent`` that say "the capital", with the capital city's entry."""
    for tok in sent:
        if tok.lower_ != "capital" or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        noun = tok.head if tok.dep_ in {"amod", "compound"} and tok.head.lower_ == "city" else tok
        if noun is tok and tok.dep_ in {"amod", "compound"}:
            continue  # "capital punishment", "capital markets"
        country = _country(tok, noun, gazetteer, home)
        if country is None or _elsewhere(noun):
            continue
        name = gazetteer.capital(country)
        entry = gazetteer.resolve(name, prefer=country) if name else None
        if entry is not None and entry.kind == "city" and entry.country == country:
            yield sent.doc[tok.i : max(tok.i, noun.i) + 1], entry


def _country(tok: Token, noun: Token, gazetteer: Gazetteer, home: str | None) -> str | None:
    """The country whose capital ``tok`` names, or None when it is no such reference."""
    country = home
    named = False
    for child in [*tok.children, *(noun.children if noun is not tok else [])]:
        if child.dep_ == "amod" and child.i != tok.i:
            code = gazetteer.demonym(child.text)
            if code:
                country, named = code, True
            elif child.lower_ in _OTHER:
                return None
        elif child.dep_ == "poss":
            entry = gazetteer.resolve(child.text)
            if entry is None or entry.kind != "country":
                return None  # "the city's capital", "the region's capital"
            country, named = entry.country, True
    has_the = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) or any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    )
    if not (has_the or named):
        return None
    return country


def _elsewhere(noun: Token) -> bool:
    """Whether "the capital" is not itself the place it names."""
    if noun.dep_ == "appos":
        return True  # "Sanandaj, the capital of Kurdistan"
    if any(c.dep_ == "appos" for c in noun.children):
        return True  # "the capital, Tehran": the name speaks for itself
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return True  # "the capital of Kurdistan province"
    if noun.dep_ == "attr":
        return True  # "Tehran is the capital"
    head = noun.head
    if noun.dep_ == "pobj":
        if head.lower_ in _AWAY:
            return True
        if head.lower_ == "of" and head.head.lower_ in _BESIDE:
            return True
    return False


#: Dependents that complete a linking verb ("stayed closed", "remained shut").
_COMPLEMENTS = {"acomp", "oprd"}


def serves(capital: Token, trigger: Span) -> bool:
    """Whether "the capital" at ``capital`` is the place of the event cued by ``trigger``.

    It must hang on the trigger (or, for a noun, on the word that governs it:
    "protests reached the capital"), through no coordination: "workers struck, and
    women formed chains in the capital" places the chains, not the strike.
    """
    root = trigger.root
    anchors = {root.i, root.head.i} if root.pos_ in {"NOUN", "PROPN"} else {root.i}
    if root.dep_ in _COMPLEMENTS:  # "shops in the capital stayed closed": the verb's subject
        anchors.add(root.head.i)
    tok = capital
    while tok.i not in anchors:
        if tok.dep_ == "conj" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True
