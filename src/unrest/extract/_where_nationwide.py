"""The whole country as an event place, for :mod:`unrest.extract.where`: sentences that
speak of "Iranian cities", "nationwide", "across the country" or every province give
the country alone.
"""

from __future__ import annotations

from spacy.tokens import Span

from unrest.extract._gazetteer import Gazetteer
from unrest.extract._where_allover import all_provinces
from unrest.extract._where_context import says_nationwide
from unrest.model import Place

__all__ = ["nationwide_place"]

#: Plural place nouns a demonym can qualify ("Iranian cities", "Kurdish towns").
_PLACE_NOUNS = {
    "city",
    "cities",
    "town",
    "towns",
    "province",
    "provinces",
    "streets",
    "village",
    "villages",
    "region",
    "regions",
    "universities",
    "campuses",
}


def nationwide_place(
    sents: list[Span], text: str, gazetteer: Gazetteer, home: str | None
) -> Place | None:
    """The country alone when the sentences speak of the whole country: the country of
    a demonym on a plural place noun ("in Iranian cities"), else the article's country
    ``home`` for "nationwide", "across the country" or every province; else None.
    ``text`` is the sentences' lower-cased text."""
    code: str | None = None
    for sent in sents:
        for tok in sent:
            if (
                tok.head.lower_ in _PLACE_NOUNS
                and tok.dep_ == "amod"
                and tok.head.i > tok.i
                and tok.head.tag_ == "NNS"
            ):
                code = code or gazetteer.demonym(tok.text)
    if code is None and (says_nationwide(text) or all_provinces(text)):
        code = home
    if code is None:
        return None
    entry = gazetteer.country(code)
    return entry.place() if entry else Place(code)
