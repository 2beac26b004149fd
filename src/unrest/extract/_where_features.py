"""Town names that name a natural feature, for :mod:`unrest.extract._where_quarters`.

"along the Karun river", "by Lake Urmia's shore": a name before a river, lake or
mountain noun names that feature, not the town the gazetteer may know by the same
name; it is no event place. (Names of parts of a city are in ``_where_quarters``.)
"""

from __future__ import annotations

from unrest.extract._where_toponyms import Toponym

__all__ = ["names_feature"]

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


def names_feature(top: Toponym) -> bool:
    """Whether the toponym is the name of a river, lake or mountain ("the Karun river")."""
    span = top.span
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return nxt is not None and nxt.lower_ in _FEATURES and span.root.dep_ == "compound"
