"""A town qualified by its province: "in X, in neighbouring Y province" is X, in Y.

The parser may hang "in X" on another clause (after a colon, a dash) while the
province that qualifies it hangs on the event; the province then stands for the
town just before it, which is the event's place.
"""

from __future__ import annotations

from unrest.extract._where_toponyms import Toponym

#: Words that may stand between a town and the province that qualifies it.
_GLUE = {
    ",",
    "in",
    "the",
    "of",
    "neighbouring",
    "neighboring",
    "nearby",
    "adjacent",
    "southern",
    "northern",
    "eastern",
    "western",
    "central",
}


def _qualifies(town: Toponym, province: Toponym) -> bool:
    """Whether ``province`` follows ``town`` as its own province ("X, in Y province")."""
    if town.entry.kind != "city" or province.entry.kind != "admin1":
        return False
    if (town.entry.country, town.entry.admin1) != (province.entry.country, province.entry.name):
        return False
    between = town.span.doc[town.span.end : province.span.start]
    return len(between) > 0 and between[0].text == "," and all(t.lower_ in _GLUE for t in between)


def qualified_towns(strong: list[Toponym], every: list[Toponym]) -> list[Toponym]:
    """``strong`` with the town each of its provinces qualifies, in text order."""
    out = list(strong)
    for province in strong:
        for town in every:
            if town not in out and _qualifies(town, province):
                out.append(town)
    return sorted(out, key=lambda t: t.span.start)
