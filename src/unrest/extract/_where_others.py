"""Sub-counts inside a nationwide event: the country stays next to the named town.

"killed across the country, three of them in X": the sub-count names X inside a
nationwide event, so both the country and X are its places. ("in X and other towns"
is X alone, as the gold sets mostly have it.)
"""

from __future__ import annotations

from unrest.extract._gazetteer import Gazetteer
from unrest.extract._where_toponyms import Toponym
from unrest.model import Place

#: Pronouns a sub-count is "of" ("three of them", "two of whom").
_COUNTED = {"them", "whom", "those"}


def subcount(top: Toponym) -> bool:
    """Whether ``top`` places a sub-count of the victims ("three of them in X")."""
    for anc in top.span.root.ancestors:
        if anc.pos_ == "NUM":  # "three of them", as apposition or adverbial
            return any(
                p.lower_ == "of" and any(o.lower_ in _COUNTED for o in p.children)
                for p in anc.children
            )
        if anc.dep_ not in ("prep", "pobj"):
            return False
    return False


def with_countries(
    places: tuple[Place, ...], codes: list[str], gazetteer: Gazetteer
) -> tuple[Place, ...]:
    """``places`` with the country of each code added when not there already."""
    out = list(places)
    for code in dict.fromkeys(codes):
        if any(p.country == code and p.admin1 is None and p.city is None for p in out):
            continue
        if not any(p.country == code for p in out):
            continue  # the named town was dropped: nothing to stand beside
        entry = gazetteer.country(code)
        out.append(entry.place() if entry else Place(code))
    return tuple(out)
