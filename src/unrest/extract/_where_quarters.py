"""Quarters of a city named beside it: the city is the place, not the quarter.

"Golshahr, a district of Karaj", "the Narmak neighbourhood of Tehran" and
"Shahrak-e Chamran, on the edge of Mahshahr" name a part of a city; the gazetteer may
know the quarter's name as some other town ("Chamran", "Golshahr"), which then adds a
wrong place beside the city. A toponym is a quarter when the words after it make it
one of the city that follows ("X, a poor district of Y"), or when its name is a
Persian settlement word with its ezafe ("Shahrak-e", "Kuy-e": township, quarter) and
a city follows closely ("Shahrak-e X, on the edge of Y"). A real town on the edge of
a city ("Shahriar, on the outskirts of Tehran") stays.

Squares and streets share their names across cities (every Iranian city has an Azadi
Square): in a story set in one city, a square the sites table puts in another city
of the same country is the story city's own, unless the sentence names that other city.
"""

from __future__ import annotations

from dataclasses import replace

from unrest.extract._gazetteer import Entry
from unrest.extract._where_features import names_feature
from unrest.extract._where_toponyms import Toponym

__all__ = ["in_story_city", "squares_in_story", "without_quarters"]

#: Nouns that make the place before them a part of the city after "of".
_QUARTER_NOUNS = {
    "district",
    "districts",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "borough",
    "township",
}
#: Nouns that make the name before them a part of a city ("the X township", "the X
#: toll gate"), when a city of the same province is named beside it.
_PART_NOUNS = _QUARTER_NOUNS | {"suburb", "gate", "estate"}
#: Words that may stand between such a name and its noun ("X toll gate").
_PART_FILLER = {"toll", "industrial", "housing", "residential"}
#: Persian words that open the name of a quarter or township ("Shahrak-e Gharb").
_QUARTER_WORDS = {"shahrak", "kuy", "kuye", "kouy", "kooy", "mahalleh", "mahale"}
#: The ezafe that joins them to the rest of the name.
_EZAFE = {"e", "ye", "-e", "-ye"}
#: Words that may stand between a quarter and the noun that makes it one.
_FILLER = {",", "a", "an", "the", "poor", "working", "-", "class", "residential", "central"}
#: How far after a prefixed quarter its city may be named.
_REACH = 8


def _prefixed(top: Toponym) -> bool:
    """Whether the toponym's name is opened by a settlement word ("Shahrak-e Chamran")."""
    doc = top.span.doc
    words = [t.lower_ for t in doc[max(top.span.start - 3, 0) : top.span.start]]
    words += [t.lower_ for t in top.span[:2]]
    return any(w.strip("-") in _QUARTER_WORDS for w in words) and (
        any(w.strip("-") in _EZAFE for w in words) or "-" in "".join(words)
    )


def _part_of(top: Toponym, host: Toponym) -> bool:
    """Whether the words between ``top`` and ``host`` say "a district of"."""
    if host.span.start < top.span.end:
        return False
    between = [t.lower_ for t in top.span.doc[top.span.end : host.span.start]]
    if len(between) < 2 or between[-1] != "of" or between[-2] not in _QUARTER_NOUNS:
        return False
    return all(w in _FILLER for w in between[:-2]) and len(between) <= 6


def _quarter(top: Toponym, cities: list[Toponym]) -> bool:
    """Whether ``top`` names a quarter of one of the other ``cities`` of its sentence."""
    for host in cities:
        if host is top or host.entry == top.entry:
            continue
        if _part_of(top, host):
            return True
        if _prefixed(top) and 0 <= host.span.start - top.span.end <= _REACH:
            return True
    return False


def _part_noun(top: Toponym) -> bool:
    """Whether a part-of-city noun follows the toponym ("Lekki toll gate")."""
    doc = top.span.doc
    for tok in doc[top.span.end : min(top.span.end + 2, top.span.sent.end)]:
        if tok.lower_ in _PART_NOUNS:
            return True
        if tok.lower_ not in _PART_FILLER:
            return False
    return False


def _names_part(top: Toponym, cities: list[Toponym]) -> bool:
    """Whether the toponym names a part of another city of its sentence in the same
    province ("the Lekki toll gate in Lagos", "the Chamran township ... in Mahshahr"):
    the gazetteer may know the part as a town of its own."""
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


def without_quarters(tops: list[Toponym]) -> list[Toponym]:
    """``tops`` without the toponyms that name a quarter of a city named beside them
    ("the X township in Y") or a river or lake ("the X river")."""
    cities = [t for t in tops if t.entry.kind == "city" and t.role != "ignored"]
    return [
        t
        for t in tops
        if t.entry.kind != "city"
        or not (_quarter(t, cities) or _names_part(t, cities) or names_feature(t))
    ]


def in_story_city(tops: list[Toponym], story: Entry | None) -> list[Toponym]:
    """``tops`` with each prefixed township ("Shahrak-e X and neighbouring districts") that
    names no city beside it folded into the story city when the gazetteer's town of that
    name lies in the story city's province: an article about a city names its townships
    without repeating the city."""
    if story is None or story.kind != "city":
        return tops
    return [
        replace(t, entry=story)
        if t.entry.kind == "city"
        and t.entry != story
        and t.entry.country == story.country
        and t.entry.admin1 == story.admin1
        and t.role != "ignored"
        and _prefixed(t)
        else t
        for t in tops
    ]


#: Last words of site names that many cities share ("Azadi Square", "Valiasr Street").
_STREET_WORDS = {"square", "street", "avenue", "boulevard"}


def squares_in_story(tops: list[Toponym], story: Entry | None) -> list[Toponym]:
    """``tops`` with each square or street of the sites table that lies in another home
    city than the story city ``story`` taken as the story city's own, when no other
    toponym of the sentence names the site's city ("gathered in Azadi Square" in a
    story set in Kermanshah: Kermanshah's Azadi Square)."""
    if story is None or story.kind != "city":
        return tops
    named = {t.entry for t in tops if not t.site}
    return [
        replace(t, entry=story)
        if t.site
        and not t.anaphor
        and t.span[-1].lower_ in _STREET_WORDS
        and t.entry.kind == "city"
        and t.entry != story
        and t.entry.country == story.country
        and t.entry not in named
        else t
        for t in tops
    ]
