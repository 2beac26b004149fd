"""Town names that name something else, for :mod:`unrest.extract._where_quarters`.

- *Features*: "along the Karun river", "by Lake Urmia's shore": a name before a
  river, lake or mountain noun names that feature, not the town the gazetteer may
  know by the same name; it is no event place.
- *Parts of a named city*: "the Lekki toll gate in Lagos", "the Chamran township ... in
  Mahshahr": a name before a township, district or gate noun names a part of a city;
  when another city of the same province is named in the sentence, that city is the
  place and the part (which the gazetteer may know as a town of its own) is dropped.
"""

from __future__ import annotations

from unrest.extract._where_toponyms import Toponym

__all__ = ["names_feature", "names_part"]

#: Nouns of natural features named after a town or a town's namesake.
_FEATURES = {
    "river",
    "lake",
    "mountain",
    "mountains",
    "valley",
    "dam",
    "marsh",
    "marshes",
    "wetland",
    "wetlands",
    "desert",
}
#: Nouns of parts of a city ("the X township", "the X toll gate").
_PARTS = {
    "township",
    "district",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "borough",
    "suburb",
    "gate",
    "estate",
}
#: Words that may stand between the name and the part noun ("X toll gate").
_PART_FILLER = {"toll", "industrial", "housing", "residential"}


def names_feature(top: Toponym) -> bool:
    """Whether the toponym is the name of a river, lake or mountain ("the Karun river")."""
    span = top.span
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lower_ in _FEATURES and span.root.dep_ == "compound"


def _part_noun(top: Toponym) -> bool:
    """Whether a part-of-city noun follows the toponym ("Lekki toll gate")."""
    doc = top.span.doc
    for tok in doc[top.span.end : min(top.span.end + 2, top.span.sent.end)]:
        if tok.lower_ in _PARTS:
            return True
        if tok.lower_ not in _PART_FILLER:
            return False
    return False


def names_part(top: Toponym, cities: list[Toponym]) -> bool:
    """Whether the toponym names a part of another city of its sentence in the same
    province ("the Lekki toll gate in Lagos")."""
    if not _part_noun(top):
        return False
    sent = top.span.sent
    return any(
        host.entry != top.entry
        and host.span.sent == sent
        and host.entry.country == top.entry.country
        and host.entry.admin1 == top.entry.admin1
        and not _part_noun(host)
        for host in cities
    )
