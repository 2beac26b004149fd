"""Toponyms of one sentence for :mod:`unrest.extract.where`: found, resolved, given roles.

Candidates are place entities and capitalised word sequences the gazetteer knows;
each gets a role (``event``, ``weak``, ``ignored``), a "coarse" flag ("near", "X's
suburbs") and a dateline flag; lists of provinces and "town, in province" are tidied.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span, Token

from unrest.extract._gazetteer import Entry, Gazetteer, fold
from unrest.extract._where_capital import capital_spans
from unrest.extract._where_coarse import is_coarse
from unrest.extract._where_facility import located_facilities, names_facility, sited_in
from unrest.extract._where_listkind import listed_kind
from unrest.extract._where_nonplace import not_a_place
from unrest.extract._where_prefix import town_prefixes
from unrest.extract._where_roles import LOCATIVE, Role, is_dateline, toponym_role
from unrest.extract._where_sites import NEAR_WORDS, site_spans, unknown_town
from unrest.model import Place
from unrest.nlp import span_entities

__all__ = ["Role", "Toponym", "find_toponyms"]


_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_MAX_NGRAM = 4
#: Cities found without NER support must be at least this large (or at home).
_SCAN_MIN_POP = 1_000_000
#: Home cities found without NER support at the start of a sentence must be this large.
_LEAD_MIN_POP = 100_000
#: Cities that NER took for a person must be at least this large.
_PERSON_MIN_POP = 50_000
#: Words that may stand between a town and the province it lies in.
_QUALIFY_WORDS = {
    ",",
    "in",
    "the",
    "a",
    "an",
    "of",
    "province",
    "city",
    "town",
    "village",
    "capital",
    "county",
    "district",
    "region",
    "seat",
}
_QUALIFY_MAX = 6
_LIST_GLUE = {",", "and", "or", "to", "from", "as", "well", "&", "in", "the"}


@dataclass(frozen=True)
class Toponym:
    """A place name in the text, resolved, with its role for the event in its sentence."""

    span: Span
    entry: Entry
    role: Role
    coarse: bool = False
    dateline: bool = False
    #: A site that stands for its city ("Evin prison"): no vote for the story city.
    site: bool = False
    #: "the capital": a place for its own clause only, never lent to others.
    anaphor: bool = False

    @property
    def place(self) -> Place:
        """The resolved place; a coarsened city becomes its province."""
        place = self.entry.place(self.span.text)
        if self.coarse and place.city is not None and place.admin1 is not None:
            return replace(place, city=None, lat=None, lon=None, geonameid=None)
        return place


def _candidate_spans(sent: Span) -> list[tuple[Span, bool]]:
    """Spans worth a lookup: place entities (True) and capitalised n-grams (False).

    Computed once per sentence (cached on the Doc): the main-country count and
    the mention places both ask for them.
    """
    cache = sent.doc.user_data.setdefault("unrest.where.candidates", {})
    key = (sent.start, sent.end)
    if key not in cache:
        cache[key] = _find_candidate_spans(sent)
    return cache[key]


def _find_candidate_spans(sent: Span) -> list[tuple[Span, bool]]:
    found: list[tuple[Span, bool]] = []
    covered: set[int] = set()
    doc = sent.doc
    ents = [e for e in span_entities(sent) if e.label_ in _PLACE_LABELS and _capitalised(e)]
    for left, right in zip(ents, ents[1:], strict=False):
        if right.start - left.end == 1 and doc[left.end].lower_ in ("and", "-", "&"):
            found.append((doc[left.start : right.end], True))  # "Sistan" and "Baluchestan"
    found += _joined_names(sent)
    for ent in ents:
        found.append((ent, True))
        covered.update(range(ent.start, ent.end))
    found += [p for ent in ents for p in town_prefixes(ent)]  # "Grodno Azot": Grodno
    for start in range(sent.start, sent.end):
        if start in covered or not doc[start].text[:1].isupper():
            continue
        for end in range(min(sent.end, start + _MAX_NGRAM), start, -1):
            if any(i in covered for i in range(start, end)):
                continue
            if doc[end - 1].text[:1].isupper() or doc[end - 1].lower_ in ("province", "city"):
                found.append((doc[start:end], False))
    return found


def _joined_names(sent: Span) -> list[tuple[Span, bool]]:
    """ "Sistan and Baluchestan" whatever NER made of its halves ("Sistan" a person).

    Each "and" or "&" between two capitalised words gives the span from the
    capitalised run before it to the one after it; only a gazetteer hit keeps it.
    """
    doc = sent.doc
    out: list[tuple[Span, bool]] = []
    for tok in sent:
        i = tok.i
        if (
            tok.lower_ not in ("and", "&")
            or i - 1 < sent.start
            or i + 1 >= sent.end
            or not doc[i - 1].text[:1].isupper()
            or not doc[i + 1].text[:1].isupper()
        ):
            continue
        start = i - 1
        while (
            start - 1 >= sent.start
            and i - start < _MAX_NGRAM
            and (doc[start - 1].text[:1].isupper() or doc[start - 1].text == "-")
        ):
            start -= 1
        end = i + 2
        while (
            end < sent.end
            and end - i <= _MAX_NGRAM
            and (doc[end].text == "-" or doc[end - 1].text == "-" and doc[end].is_alpha)
        ):
            end += 1  # "Boyer-Ahmad"
        out += [(doc[s:end], True) for s in range(start, i) if doc[s].text != "-"]
    return out


def _capitalised(ent: Span) -> bool:
    """Whether an entity starts with a capital letter ("the Tigris"; not "metro")."""
    first = ent[1] if ent[0].lower_ == "the" and len(ent) > 1 else ent[0]
    return first.text[:1].isupper()


def _strip(span: Span) -> Span:
    """``span`` without a leading "the" or trailing possessive."""
    start, end = span.start, span.end
    if span.doc[start].lower_ == "the" and end - start > 1:
        start += 1
    if end - start > 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _prepared(span: Span) -> tuple[Span, Span, str]:
    """``span`` stripped (:func:`_strip`), that core with its kind word
    (:func:`_with_kind_word`) and the core's folded text: the same whatever the home
    country, so computed once per span (cached on the Doc) for both passes."""
    cache = span.doc.user_data.setdefault("unrest.where.prepared", {})
    key = (span.start, span.end)
    if key not in cache:
        core = _strip(span)
        cache[key] = (core, _with_kind_word(core), fold(core.text))
    found: tuple[Span, Span, str] = cache[key]
    return found


def _with_kind_word(span: Span) -> Span:
    """Extend ``span`` over an adjacent "Province" ("region", "state"), "province of" or
    "city" for the lookup ("the Almaty region" is the region, not the city)."""
    doc = span.doc
    if (
        span.end < len(doc)
        and doc[span.end].lower_ in ("province", "provinces", "region", "state", "oblast")
        or span.end < len(doc)
        and doc[span.end].text == "city"
    ):  # "Ilam city"
        return doc[span.start : span.end + 1]
    if (
        span.start >= 2
        and doc[span.start - 1].lower_ == "of"
        and doc[span.start - 2].lower_ in ("province", "provinces")
    ):
        return doc[span.start - 2 : span.end]
    return span


def find_toponyms(
    sent: Span,
    gazetteer: Gazetteer,
    home: str | None = None,
    persons: frozenset[str] | set[str] = frozenset(),
) -> list[Toponym]:
    """Toponyms of ``sent`` resolved with ``gazetteer`` (``home``: the article's country).

    ``persons`` are folded surnames of people named in the article, never places.
    """
    tops: list[Toponym] = []
    taken: set[int] = set()
    held: list[tuple[Span, bool]] = []  # towns NER took for people: kept if listed with places
    for site, city in site_spans(sent, gazetteer):  # "Evin prison": Tehran
        taken.update(range(site.start, site.end))
        tops.append(replace(_toponym(site, city, home, gazetteer), site=True))
    for site, city in capital_spans(sent, gazetteer, home):  # "in the capital": Tehran
        taken.update(range(site.start, site.end))
        tops.append(replace(_toponym(site, city, home, gazetteer), site=True, anaphor=True))
    for span, from_ner in _candidate_spans(sent):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        entry, used = _resolve(span, gazetteer, home, from_ner, persons)
        if entry is None:
            core, _, folded = _prepared(span)
            if folded not in persons:
                entry, used = unknown_town(core, gazetteer, home), core
        if entry is None:
            if used.root.ent_type_ == "PERSON":
                held.append((span, from_ner))
            continue
        taken.update(range(used.start, used.end))
        if _names_part(used, gazetteer) or not_a_place(used):
            continue  # "the Chamran district": a part of a city, not a town; "13 Mehr 1401"
        entry = _demonym_country(used, entry, gazetteer)
        tops.append(_toponym(used, entry, home, gazetteer))
    roots = {t.span.root.i for t in tops}
    for span, from_ner in held:
        if any(i in taken for i in range(span.start, span.end)) or not roots & _list_members(
            span.root
        ):
            continue
        entry, used = _resolve(span, gazetteer, home, from_ner, persons, listed=True)
        if entry is not None:
            taken.update(range(used.start, used.end))
            tops.append(_toponym(used, entry, home, gazetteer))
    tops.sort(key=lambda t: t.span.start)
    tops = listed_kind(tops, gazetteer)  # "Qazvin and other provinces": the province
    # "X Prison in Y": Y alone
    return located_facilities(_near_landmarks(_within_city(_province_lists(tops, gazetteer))))


#: Nouns after a name that make it a part of a city ("the Sadra district of Shiraz").
_PART_NOUNS = {"district", "neighbourhood", "neighborhood", "quarter"}


def _names_part(span: Span, gazetteer: Gazetteer) -> bool:
    """Whether ``span`` names a part of a city ("the Chamran district", "Sadra
    neighbourhood"): its city is the one in force, not a town of the same name. In
    "the Havana neighbourhood of La Guinera" the part is the unknown name after "of"."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in _PART_NOUNS:
        return False
    start = end = span.end + 2
    if start >= len(doc) or doc[span.end + 1].lower_ != "of":
        return True
    while end < len(doc) and doc[end].is_title:
        end += 1
    return end == start or bool(gazetteer.candidates(doc[start:end].text))  # "... of Shiraz"


def _demonym_country(span: Span, entry: Entry, gazetteer: Gazetteer) -> Entry:
    """ "Iraqi Kurdistan": a region that a demonym puts in another country is that
    country (the gazetteer's "Kurdistan" is a province of Iran)."""
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].ent_type_ != "NORP":
        return entry
    code = gazetteer.demonym(doc[span.start - 1].text)
    if code is None or code == entry.country:
        return entry
    return gazetteer.country(code) or entry


def _toponym(span: Span, entry: Entry, home: str | None, gazetteer: Gazetteer) -> Toponym:
    if entry.kind == "admin1" and (names_facility(span) or sited_in(span)):
        entry = _city_entry(span, entry, gazetteer) or entry
    return Toponym(
        span, entry, toponym_role(span, entry, home, gazetteer), is_coarse(span), is_dateline(span)
    )


def _city_entry(span: Span, province: Entry, gazetteer: Gazetteer) -> Entry | None:
    """The city of the same name in the same province, if the gazetteer has one."""
    cities = [
        e
        for e in gazetteer.candidates(span.text)
        if e.kind == "city" and e.country == province.country and e.admin1 == province.admin1
    ]
    return max(cities, key=lambda e: e.population) if cities else None


def _list_members(tok: Token) -> set[int]:
    """Indices of the other items of the list ``tok`` belongs to ("A, B and C")."""
    top = tok
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    members = {top.i}
    stack = [top]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj":
                members.add(child.i)
                stack.append(child)
    members.discard(tok.i)
    return members


def _resolve(
    span: Span,
    gazetteer: Gazetteer,
    home: str | None,
    from_ner: bool,
    persons: frozenset[str] | set[str],
    listed: bool = False,
) -> tuple[Entry | None, Span]:
    """The entry of a candidate span, or None when it is no (safe) place.

    ``listed``: the span is an item of a list of places, so NER's "person" is wrong.
    """
    core, used, folded = _prepared(span)
    if folded in persons:
        return None, core
    entry = gazetteer.resolve(used.text, home)
    if entry is None and used is not core:
        used = core
        entry = gazetteer.resolve(core.text, home)
    if entry is None:
        return None, used
    if not from_ner and not _safe_scan_hit(core, entry, home, listed):
        return None, used
    return entry, used


def _safe_scan_hit(span: Span, entry: Entry, home: str | None, listed: bool = False) -> bool:
    """Whether a gazetteer hit that NER did not tag is trustworthy."""
    if any(t.pos_ != "PROPN" for t in span):
        return False
    big = entry.kind == "admin1" or entry.population >= _LEAD_MIN_POP
    if span.start == span.sent.start and len(span) == 1 and not (entry.country == home and big):
        return False
    if entry.kind != "city":
        return True
    if (
        any(t.ent_type_ == "PERSON" for t in span)
        and entry.population < _PERSON_MIN_POP
        and not (listed or _listed_with_place(span) or _located_at(span) or names_facility(span))
    ):
        return False
    return entry.country == home or entry.population >= _SCAN_MIN_POP


def _listed_with_place(span: Span) -> bool:
    """Whether ``span`` is an item of a list of places ("in Batumi, Kutaisi and Zugdidi")."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
        if tok.ent_type_ in ("GPE", "LOC"):
            return True
    return False


def _located_at(span: Span) -> bool:
    """Whether ``span`` (or the list it heads) is the object of "in"/"at" ("shot in Shadegan")."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE


def _province_lists(tops: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """In a list of mostly provinces, read ambiguous city/province names as provinces;
    in a list of three or more items, mostly towns, read them as towns."""
    groups: list[list[Toponym]] = []
    for top in tops:
        if groups and _joined(groups[-1][-1].span, top.span):
            groups[-1].append(top)
        else:
            groups.append([top])
    out: list[Toponym] = []
    for group in groups:
        admin = sum(1 for t in group if t.entry.kind == "admin1")
        cities = sum(1 for t in group if t.entry.kind == "city" and not _has_admin(t, gazetteer))
        for top in group:
            if (
                len(group) > 1
                and admin > cities
                and top.entry.kind == "city"
                and (admin >= 2 or _plural_kind(group[-1].span))
            ):
                province = _admin_entry(top, gazetteer)
                out.append(replace(top, entry=province) if province else top)
            elif (
                len(group) > 2
                and cities > admin
                and top.entry.kind == "admin1"
                and not any(t.lower_ in ("province", "provinces") for t in top.span)
                and not _plural_kind(group[-1].span)
            ):  # "Qom, Ahvaz, Kermanshah, Ilam and Gorgan": the town of Ilam
                town = _city_entry(top.span, top.entry, gazetteer)
                out.append(replace(top, entry=town) if town else top)
            else:
                out.append(top)
    return out


def _plural_kind(span: Span) -> bool:
    """Whether "provinces" ends the list ("Tehran and Kurdistan provinces")."""
    doc = span.doc
    return any(doc[i].lower_ == "provinces" for i in range(span.start, min(span.end + 1, len(doc))))


def _within_city(tops: list[Toponym]) -> list[Toponym]:
    """Drop a province that only qualifies the city before it ("Dorud, in Lorestan province")."""
    out: list[Toponym] = []
    for top in tops:
        prev = out[-1] if out else None
        if (
            prev is not None
            and top.entry.kind == "admin1"
            and prev.entry.kind == "city"
            and prev.entry.admin1 == top.entry.admin1
            and _qualifies(prev.span, top.span)
        ):
            continue
        out.append(top)
    return out


def _near_landmarks(tops: list[Toponym]) -> list[Toponym]:
    """Drop a place that only locates the town before it ("in Pakdasht, near Tehran")."""
    ends = {t.span.end for t in tops}
    out: list[Toponym] = []
    for top in tops:
        doc, i = top.span.doc, top.span.start
        if i >= 2 and doc[i - 1].lower_ in NEAR_WORDS and doc[i - 2].text == "," and i - 2 in ends:
            continue
        out.append(top)
    return out


def _qualifies(left: Span, right: Span) -> bool:
    """Only words that place a town in a province between two toponyms.

    "Dorud, in Lorestan", "Kazerun in the southern province of Fars", "Javanrud, a
    town in Kermanshah province", "Sanandaj, the capital of Kurdistan province".
    """
    between = left.doc[left.end : right.start]
    return len(between) <= _QUALIFY_MAX and all(
        t.lower_ in _QUALIFY_WORDS or t.pos_ == "ADJ" for t in between
    )


def _joined(left: Span, right: Span) -> bool:
    """Whether only list glue (commas, "and", "to") lies between two toponyms."""
    between = left.doc[left.end : right.start]
    return len(between) <= 3 and all(t.lower_ in _LIST_GLUE for t in between)


def _admin_entry(top: Toponym, gazetteer: Gazetteer) -> Entry | None:
    """The province of the same name and country as city ``top``, if one exists."""
    for entry in gazetteer.candidates(top.span.text):
        if entry.kind == "admin1" and entry.country == top.entry.country:
            return entry
    return None


def _has_admin(top: Toponym, gazetteer: Gazetteer) -> bool:
    return _admin_entry(top, gazetteer) is not None
