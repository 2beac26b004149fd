"""Town names at the head of longer names, for :mod:`unrest.extract._where_toponyms`.

"the Grodno Azot chemical plant", "Karaj-Qazvin highway": NER tags the whole name
as one place entity that the gazetteer does not know, and the town it begins with is
never looked up. Its leading words are offered as candidates of their own, found
without NER support (so they must pass the checks of a scanned name). Names of
areas ("the Kurdistan Region", "Minsk Oblast", "the Tigris valley") are no towns, and
streets and squares are named after anything ("Golestan Street" is no town of Golestan).
:func:`known_place` tells a town that NER took for a person ("Khartoum North") from a
person's name, so that its words are not kept as surnames.
"""

from __future__ import annotations

from spacy.tokens import Span

from unrest.extract._gazetteer import default_gazetteer

__all__ = ["known_place", "town_prefixes"]

#: Words after a place name that make the whole an area or a feature, not a site in town.
_AREA_WORDS = {
    "region",
    "regions",
    "state",
    "oblast",
    "governorate",
    "district",
    "province",
    "county",
    "valley",
    "mountains",
    "mountain",
    "river",
    "sea",
    "gulf",
    "lake",
    "desert",
    "plain",
    "plains",
    "island",
    "islands",
    "strait",
    "basin",
    "peninsula",
    "coast",
    "delta",
    "republic",
    "territory",
    "territories",
    # streets and squares are named after anything (people, other towns, dates)
    "street",
    "avenue",
    "boulevard",
    "square",
    "road",
    "highway",
    "expressway",
    "freeway",
    "motorway",
    "lane",
    "alley",
    "bridge",
    "roundabout",
    "circle",
    "park",
    "gate",
    "crossing",
    "intersection",
    "junction",
}


def town_prefixes(ent: Span) -> list[tuple[Span, bool]]:
    """The leading capitalised runs of a place entity of two words or more, longest first,
    each flagged as found without NER support."""
    doc = ent.doc
    start = ent.start + 1 if doc[ent.start].lower_ == "the" else ent.start
    if ent.end - start < 2 or any(t.lower_ in _AREA_WORDS for t in doc[start : ent.end]):
        return []
    return [
        (doc[start:end], False)
        for end in range(ent.end - 1, start, -1)
        if doc[end - 1].is_alpha and doc[end - 1].text[:1].isupper()
    ]


def known_place(ent: Span) -> bool:
    """Whether a whole entity is a town or province of the gazetteer ("Khartoum North",
    which NER may take for a person's name)."""
    entry = default_gazetteer().resolve(ent.text)
    return entry is not None and entry.kind != "country"
