"""Places the gazetteer does not know, for :mod:`unrest.extract._where_toponyms`.

- *Sites*: well-known prisons, universities, squares and streets ("Evin prison",
  "Sharif University of Technology", "Azadi Square") stand for their city; the table
  is ``unrest/data/sites.csv`` (site, country, city), each city one of the gazetteer.
- *Short forms*: once an article names "Amir Kabir University of Technology", a later
  "outside Amir Kabir" is the same site; "Amir Kabir and Sharif universities" names two.
- *Unknown towns*: "the town of Kahriz Sang in Isfahan province" names a town too
  small for the gazetteer; it is kept as a city of the province that follows it.
"""

from __future__ import annotations

import csv
from bisect import bisect_left
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from unrest.extract._gazetteer import Entry, Gazetteer, fold

__all__ = ["NEAR_WORDS", "site_spans", "unknown_town"]

#: Words by which a town is placed beside a better-known one ("X, near Najafabad").
NEAR_WORDS = {"near", "outside"}

#: The longest site name, in tokens ("Iran University of Science and Technology").
_SITE_MAX = 7
#: Generic words of a site name; the capitalised words before one are its short form.
_GENERIC = {"university", "universities", "prison"}
#: Prepositions before a site's short form ("students at Sharif").
_SITE_PREPS = {"at", "outside", "near", "inside", "in", "from", "around", "to"}
#: Words for a settlement whose "of X" names it ("the town of X").
_SETTLEMENT = {"town", "village", "city", "township", "hamlet"}
#: Words that may stand between an unknown town and its province ("in the province of").
_TOWN_GLUE = {
    "in",
    "the",
    ",",
    "of",
    "province",
    "provinces",
    "southern",
    "northern",
    "eastern",
    "western",
    "central",
    "southwestern",
    "southeastern",
    "northwestern",
    "northeastern",
}


@lru_cache(maxsize=1)
def _sites() -> dict[str, tuple[str, str]]:
    """Folded site name -> (country, city)."""
    table = resources.files("unrest.data").joinpath("sites.csv")
    with table.open(encoding="utf-8") as fh:
        return {fold(r["site"]): (r["country"], r["city"]) for r in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def _site_prefixes() -> frozenset[str]:
    """Every leading part of every folded site name: a word whose folded text is none of
    them cannot begin a site (a span's folded text begins with its first word's)."""
    return frozenset(key[:n] for key in _sites() for n in range(1, len(key) + 1))


def _may_begin_site(text: str) -> bool:
    key = fold(text)
    return not key or key.startswith("the") or key in _site_prefixes()


def _city(gazetteer: Gazetteer, country: str, name: str) -> Entry | None:
    """The largest city ``name`` of ``country`` in the gazetteer."""
    found = [e for e in gazetteer.candidates(name) if e.kind == "city" and e.country == country]
    return max(found, key=lambda e: e.population) if found else None


def site_spans(sent: Span, gazetteer: Gazetteer) -> list[tuple[Span, Entry]]:
    """Known sites of ``sent`` with the city each stands for, longest match first.

    A site begins with a capitalised word; its last word may be lower case ("Evin prison").
    Computed once per sentence and gazetteer (cached on the Doc).
    """
    cache = sent.doc.user_data.setdefault("unrest.where.sites", {})
    key = (sent.start, sent.end, id(gazetteer))
    if key not in cache:
        cache[key] = _site_spans(sent, gazetteer)
    found: list[tuple[Span, Entry]] = cache[key]
    return found


def _site_spans(sent: Span, gazetteer: Gazetteer) -> list[tuple[Span, Entry]]:
    found = _full_spans(sent, gazetteer)
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    shorts = _short_forms(sent, gazetteer)
    for span, entry in _short_spans(sent, shorts):
        if not any(i in taken for i in range(span.start, span.end)):
            found.append((span, entry))
    return sorted(found, key=lambda hit: hit[0].start)


def _full_spans(sent: Span, gazetteer: Gazetteer) -> list[tuple[Span, Entry]]:
    """Sites of ``sent`` named in full ("Sharif University"; "Amir Kabir and Sharif
    universities" names "Amir Kabir University" and "Sharif University")."""
    cache = sent.doc.user_data.setdefault("unrest.where.full_sites", {})
    key = (sent.start, sent.end, id(gazetteer))
    if key not in cache:
        cache[key] = _scan_full(sent, gazetteer)
    return list(cache[key])


def _scan_full(sent: Span, gazetteer: Gazetteer) -> list[tuple[Span, Entry]]:
    doc, table = sent.doc, _sites()
    out: list[tuple[Span, Entry]] = []
    i = sent.start
    while i < sent.end:
        hit = None
        if doc[i].text[:1].isupper() and _may_begin_site(doc[i].text):
            shared = _shared_head(doc, i, sent.end)
            for end in range(min(sent.end, i + _SITE_MAX), i, -1):
                if not doc[end - 1].is_alpha:
                    continue
                key = fold(doc[i:end].text)
                if doc[end - 1].lower_ == "universities":
                    key = fold(doc[i : end - 1].text + " University")
                elif shared and end == shared[0]:
                    key = fold(doc[i:end].text + " " + shared[1])
                if key in table:
                    entry = _city(gazetteer, *table[key])
                    hit = (doc[i:end], entry) if entry else None
                    break
        if hit is None:
            i += 1
            continue
        out.append(hit)
        i = hit[0].end
    return out


def _shared_head(doc: Doc, i: int, stop: int) -> tuple[int, str] | None:
    """ "Amir Kabir and Sharif universities" at "Amir": (end of "Amir Kabir", "University")."""
    j = i
    while j < stop and doc[j].is_alpha and doc[j].text[:1].isupper():
        j += 1
    if j == i or j + 2 >= stop or doc[j].lower_ != "and":
        return None
    k = j + 1
    while k < stop and k - j <= _SITE_MAX and doc[k].is_alpha and doc[k].text[:1].isupper():
        k += 1
    if k == j + 1 or k >= stop or doc[k].lower_ != "universities":
        return None
    return j, "University"


def _short_forms(sent: Span, gazetteer: Gazetteer) -> dict[str, Entry]:
    """Folded short forms of sites named in full earlier in the article ("Amir Kabir" of
    "Amir Kabir University of Technology"): the words before the site's generic word.

    The sites of every sentence that starts before ``sent`` count; the forms known
    before each sentence are built once per Doc (cached on it), in one pass.
    """
    cache = sent.doc.user_data.setdefault("unrest.where.short_forms", {})
    if id(gazetteer) not in cache:
        cache[id(gazetteer)] = _forms_before(sent.doc, gazetteer)
    starts, before = cache[id(gazetteer)]
    return dict(before[bisect_left(starts, sent.start)])


def _forms_before(doc: Doc, gazetteer: Gazetteer) -> tuple[list[int], list[dict[str, Entry]]]:
    """The start of each sentence of ``doc`` and the short forms of the sites named in the
    sentences before it; one more entry holds those of all sentences."""
    starts: list[int] = []
    before: list[dict[str, Entry]] = []
    shorts: dict[str, Entry] = {}
    for other in doc.sents:
        starts.append(other.start)
        before.append(dict(shorts))
        for span, entry in _full_spans(other, gazetteer):
            words = [t for t in span if t.lower_ not in ("the",)]
            head = next((n for n, t in enumerate(words) if t.lower_ in _GENERIC), len(words))
            if head and all(t.is_alpha and t.text[:1].isupper() for t in words[:head]):
                shorts.setdefault(fold(" ".join(t.text for t in words[:head])), entry)
    before.append(shorts)
    return starts, before


def _short_spans(sent: Span, shorts: dict[str, Entry]) -> list[tuple[Span, Entry]]:
    """Short forms of ``shorts`` in ``sent``, each a whole run of capitalised words after
    a preposition of place ("outside Amir Kabir"; not "the Sharif confrontation")."""
    doc, out = sent.doc, list[tuple[Span, Entry]]()
    if not shorts:
        return out
    i = sent.start
    while i < sent.end:
        if not (doc[i].is_alpha and doc[i].text[:1].isupper()) or (
            i > sent.start and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()
        ):
            i += 1
            continue
        j = i
        while j < sent.end and doc[j].is_alpha and doc[j].text[:1].isupper():
            j += 1
        entry = shorts.get(fold(doc[i:j].text))
        if entry is not None and i > sent.start and doc[i - 1].lower_ in _SITE_PREPS:
            out.append((doc[i:j], entry))
        i = j
    return out


def unknown_town(span: Span, gazetteer: Gazetteer, home: str | None) -> Entry | None:
    """ "the town of X in Y province": town X of province Y, though the gazetteer lacks X.

    X must be capitalised words right after "town of" (or "village of"), and Y a
    province of the gazetteer within a few words after X. A place entity followed by
    ", near Y" (Y a town or province at home) is a town of Y's province too.
    """
    doc = span.doc
    beside = _beside(span, gazetteer, home)
    if beside is not None:
        return beside
    if (
        span.start < 2
        or doc[span.start - 1].lower_ != "of"
        or doc[span.start - 2].lower_ not in _SETTLEMENT
        or not all(t.is_alpha and t.text[:1].isupper() for t in span)
    ):
        return None
    j = span.end
    while j < span.sent.end and j - span.end < len(_TOWN_GLUE) and doc[j].lower_ in _TOWN_GLUE:
        j += 1
    if j == span.end or doc[span.end].lower_ not in ("in", ","):
        return None
    k = j
    while k < span.sent.end and doc[k].text[:1].isupper():
        k += 1
    if k == j:
        return None
    name = doc[j:k].text
    province = next(
        (
            e
            for e in gazetteer.candidates(name)
            if e.kind == "admin1" and (home is None or e.country == home)
        ),
        None,
    )
    if province is None:
        return None
    return Entry("city", span.text, province.country, province.admin1)


def _beside(span: Span, gazetteer: Gazetteer, home: str | None) -> Entry | None:
    """ "In Kahriz Sang, near Najafabad": an unknown place entity placed near a known
    home town or province is a town of that province."""
    doc, j = span.doc, span.end
    if (
        span.root.ent_type_ not in ("GPE", "LOC")
        or not all(t.is_alpha and t.text[:1].isupper() for t in span)
        or j + 2 >= span.sent.end
        or doc[j].text != ","
        or doc[j + 1].lower_ not in NEAR_WORDS
    ):
        return None
    k = j + 2
    while k < span.sent.end and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    if k == j + 2:
        return None
    known = gazetteer.resolve(doc[j + 2 : k].text, home)
    if known is None or known.admin1 is None or home is None or known.country != home:
        return None
    return Entry("city", span.text, known.country, known.admin1)
