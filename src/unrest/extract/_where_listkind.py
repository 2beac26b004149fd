"""A name listed with "other provinces" is a province; with "other cities", a city.

"Police in Qazvin and other provinces": Qazvin the province, though the city of the
same name is larger; "protests in Kermanshah and other cities": the city.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span

from unrest.extract._gazetteer import Entry, Gazetteer, fold

if TYPE_CHECKING:
    from unrest.extract._where_toponyms import Toponym

#: How many tokens a list may run on past a name before "and other provinces".
_LIST_REACH = 16

#: Plural nouns of a kind of place, and the gazetteer kind they mean.
_KIND_NOUNS = {
    "provinces": "admin1",
    "cities": "city",
    "towns": "city",
}


def listed_kind(tops: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """``tops`` with each name listed beside "other provinces" (or "other cities")
    resolved to an entry of that kind with the same name, when the gazetteer has one."""
    out: list[Toponym] = []
    for top in tops:
        kind = _list_kind(top.span)
        entry = _same_name(top.entry, kind, gazetteer) if kind else None
        out.append(replace(top, entry=entry) if entry is not None else top)
    return out


def _list_kind(span: Span) -> str | None:
    """The kind named by "and other <kind>s" closing the list ``span`` stands in.

    Read on the surface (the parser often hangs "other provinces" elsewhere): past
    the names and commas of the list, "and" (or "or"), "other" (after a few
    quantifiers at most) and a kind noun.
    """
    doc = span.doc
    i = span.end
    stop = min(len(doc), span.end + _LIST_REACH)
    while i < stop and (doc[i].pos_ == "PROPN" or doc[i].text == ","):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in {"and", "or"}:
        return None
    # "and other provinces", "and several other provinces", "and a few other cities"
    for j in range(i + 1, min(len(doc) - 1, i + 4)):
        if doc[j].lower_ == "other":
            return _KIND_NOUNS.get(doc[j + 1].lower_)
        if doc[j].pos_ not in {"DET", "ADJ", "NUM"}:
            break
    return None


def _same_name(entry: Entry, kind: str, gazetteer: Gazetteer) -> Entry | None:
    """The entry of ``kind`` named like ``entry`` in the same country, if it is another."""
    if entry.kind == kind:
        return None
    for other in gazetteer.candidates(entry.name):
        if (
            other.kind == kind
            and other.country == entry.country
            and fold(other.name) == fold(entry.name)
        ):
            return other
    return None
