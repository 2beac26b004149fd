"""Places: toponyms resolved against an offline GeoNames gazetteer.

:class:`Locator` finds the event places of a mention in the sentence(s) of its
evidence:

1. *toponyms* are GPE/LOC/NORP entities and capitalised word sequences that the
   :class:`Gazetteer` knows (surnames of people named in the article excepted);
2. each gets a *role*: ``event`` (where it happened), ``weak`` (the seat of a
   domestic official or agency: "Tehran's prosecutor", used only when the sentence
   names no event place) or ``ignored`` (a speaker's or a foreign body's location,
   "-based", a demonym on people);
3. "near X", "X's suburbs" coarsen a city to its province; a list whose items are
   mostly provinces makes its ambiguous items ("Isfahan") provinces too;
4. "nationwide", "across the country", "Iranian cities" give the country alone;
5. with no place in the trigger's clause, in order: a place of the clause that
   governs the trigger ("X died in Minsk; ... he was shot"), the place in force in
   the preceding sentences when the sentence points back to it ("there", "the
   city", an unknown landmark such as "Azadi Square"), a weak place, the story
   place of a one-place article (the city or province that most of its event
   places name) unless the sentence widens the scope ("in several cities", "since
   the election"), and last the article's main country (weighted count of the
   countries of its toponyms and demonyms, lead sentence doubled).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Literal

from spacy.tokens import Doc, Span, Token

from unrest.extract._gazetteer import Entry, Gazetteer, default_gazetteer, fold
from unrest.extract._where_context import (
    SITE_NOUNS,
    points_back,
    province_place,
    under,
    vague_own_scope,
    widened,
)
from unrest.model import Place

__all__ = ["Gazetteer", "Locator", "Toponym", "find_toponyms", "default_gazetteer"]

Role = Literal["event", "weak", "ignored"]

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_MAX_NGRAM = 4
#: Cities found without NER support must be at least this large (or at home).
_SCAN_MIN_POP = 1_000_000
#: Home cities found without NER support at the start of a sentence must be this large.
_LEAD_MIN_POP = 100_000
#: Cities that NER took for a person must be at least this large.
_PERSON_MIN_POP = 50_000
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}
#: Verbs with a place as subject that still tell where something happened.
_HOSTING = {"see", "witness", "erupt", "experience", "host", "become", "remain", "be",
            "explode", "rise", "burn", "shake", "echo", "ring", "fill", "flood", "join"}
_REPORTING = {
    "say", "tell", "speak", "announce", "report", "state", "add", "write", "claim",
    "confirm", "tweet", "declare", "note", "warn", "explain", "comment", "address",
}
_ROLE_NOUNS = {
    "minister", "ministry", "official", "officials", "chief", "prosecutor", "governor",
    "spokesman", "spokeswoman", "spokesperson", "mayor", "leader", "president",
    "judiciary", "court", "police", "authorities", "authority", "government", "regime",
    "commander", "head", "director", "manager", "department", "office", "council",
    "representative", "ambassador", "embassy", "mission", "envoy", "delegation", "agency",
    "commission", "judge", "cleric", "imam", "parliament", "mp", "lawmaker", "deputy",
    "counterpart", "diplomat", "consulate", "media", "television", "tv", "newspaper",
}
_AREA_NOUNS = {
    "suburb", "suburbs", "outskirts", "town", "towns", "village", "villages",
    "countryside", "satellite", "periphery", "environs", "province", "region", "vicinity",
}
_NEAR_PREPS = {"near", "outside", "around", "nearby", "beyond"}
#: Nouns whose "of X" is X's surroundings, not X itself ("the outskirts of Tehran").
_AROUND_NOUNS = {"suburb", "suburbs", "outskirts", "countryside", "periphery", "environs",
                 "vicinity"}
#: Verbs of leaving: "took off from Tehran" happened outside the city.
_LEAVING = {"take", "depart", "leave", "fly", "flee"}
_PLACE_NOUNS = {"city", "cities", "town", "towns", "province", "provinces", "streets",
                "village", "villages", "region", "regions", "universities", "campuses"}
_NATIONWIDE = (
    "nationwide", "across the country", "throughout the country", "all over the country",
    "across the nation", "around the country", "country-wide", "countrywide",
    "all provinces", "every province", "across all provinces",
)
#: A story place needs this many event places, and provinces this share of them.
_STORY_MIN = 3
_STORY_SHARE = 0.75
#: How many sentences back a pointing-back sentence looks for the place in force.
_LOOKBACK = 3
_LIST_GLUE = {",", "and", "or", "to", "from", "as", "well", "&", "in", "the"}


@dataclass(frozen=True)
class Toponym:
    """A place name in the text, resolved, with its role for the event in its sentence."""

    span: Span
    entry: Entry
    role: Role
    coarse: bool = False

    @property
    def place(self) -> Place:
        """The resolved place; a coarsened city becomes its province."""
        place = self.entry.place(self.span.text)
        if self.coarse and place.city is not None and place.admin1 is not None:
            return replace(place, city=None, lat=None, lon=None, geonameid=None)
        return place


def _person_words(doc: Doc) -> set[str]:
    """Folded words of multi-word PERSON names ("Soleimani" of "Qassem Soleimani")."""
    words: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            words.update(fold(t.text) for t in ent if t.text[:1].isupper())
    return words


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
    for ent in sent.ents:
        if ent.label_ in _PLACE_LABELS:
            found.append((ent, True))
            covered.update(range(ent.start, ent.end))
    doc = sent.doc
    for start in range(sent.start, sent.end):
        if start in covered or not doc[start].text[:1].isupper():
            continue
        for end in range(min(sent.end, start + _MAX_NGRAM), start, -1):
            if any(i in covered for i in range(start, end)):
                continue
            if doc[end - 1].text[:1].isupper() or doc[end - 1].lower_ in ("province", "city"):
                found.append((doc[start:end], False))
    return found


def _strip(span: Span) -> Span:
    """``span`` without a leading "the" or trailing possessive."""
    start, end = span.start, span.end
    if span.doc[start].lower_ == "the" and end - start > 1:
        start += 1
    if end - start > 1 and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def _with_kind_word(span: Span) -> Span:
    """Extend ``span`` over an adjacent "Province"/"province of" so the lookup sees it."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in ("province", "provinces"):
        return doc[span.start: span.end + 1]
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and \
            doc[span.start - 2].lower_ in ("province", "provinces"):
        return doc[span.start - 2: span.end]
    return span


class Locator:
    """The places of one document: built once per Doc, asked once per mention."""

    def __init__(self, doc: Doc, gazetteer: Gazetteer | None = None) -> None:
        self.doc = doc
        self.gazetteer = gazetteer or default_gazetteer()
        self._persons = _person_words(doc)
        self._sents = list(doc.sents)
        self._order = {s.start: i for i, s in enumerate(self._sents)}
        self._cache: dict[int, list[Toponym]] = {}
        self.main_country = self._main_country()
        self.story_place = self._story_place()

    def _main_country(self) -> str | None:
        """Country with the highest weighted count of toponyms and demonyms.

        Event places count 1, weak ones 0.5, ignored ones 0.25, demonyms 0.5;
        the lead sentence counts double.
        """
        counts: dict[str, float] = {}
        weights = {"event": 1.0, "weak": 0.5, "ignored": 0.25}
        for i, sent in enumerate(self._sents):
            lead = 2.0 if i == 0 else 1.0
            for top in find_toponyms(sent, self.gazetteer, None, self._persons):
                _add(counts, top.entry.country, weights[top.role] * lead)
            for ent in sent.ents:
                code = self.gazetteer.demonym(ent.text) if ent.label_ == "NORP" else None
                if code:
                    _add(counts, code, 0.5 * lead)
        if not counts:
            return None
        return max(counts, key=lambda code: counts[code])

    def _story_place(self) -> Place | None:
        """The city, else the province, named in most sentences that name a home place."""
        cities: Counter[Entry] = Counter()
        provinces: Counter[str] = Counter()
        total = 0
        for sent in self._sents:
            tops = [t for t in self.toponyms(sent) if t.role == "event"
                    and t.entry.country == self.main_country and t.entry.admin1]
            if not tops:
                continue
            total += 1
            provinces.update({str(t.entry.admin1) for t in tops})
            cities.update({t.entry for t in tops if t.entry.kind == "city" and not t.coarse})
        if cities:
            entry, n = cities.most_common(1)[0]
            if n >= _STORY_MIN and 2 * n >= total:
                return entry.place(entry.name)
        if provinces:
            name, n = provinces.most_common(1)[0]
            if n >= _STORY_MIN and n >= _STORY_SHARE * total:
                return province_place(self.gazetteer, name, self.main_country)
        return None

    def toponyms(self, sent: Span) -> list[Toponym]:
        """Resolved toponyms of sentence ``sent`` with their roles, in text order."""
        if sent.start not in self._cache:
            self._cache[sent.start] = find_toponyms(
                sent, self.gazetteer, self.main_country, self._persons)
        return self._cache[sent.start]

    def places_for(self, trigger: Span, evidence: Span) -> tuple[Place, ...]:
        """The event places of the mention cued by ``trigger`` in ``evidence``.

        Looks in the sentence(s) covering ``evidence``, then in the context (see
        the module docstring); falls back to the article's main country, or ``()``
        when the article names no country at all.
        """
        sents = _sentences(evidence)
        every = [t for s in sents for t in self.toponyms(s)]
        tops = [t for t in every if _same_clause(t, trigger)]
        text = " ".join(s.text.lower() for s in sents)
        strong = [t for t in tops if t.role == "event"]
        strong = _near_trigger(strong, trigger) or strong
        if vague_own_scope(trigger):
            strong = [t for t in strong if under(t.span.root, trigger.root)]
        places = [t.place for t in strong]
        if not places:
            places = [t.place for t in every if t.role == "event" and t not in tops
                      and t.entry.country == self.main_country and t.entry.admin1
                      and not under(t.span.root, trigger.root)]
        if not places:
            weak = [t for t in tops if t.role == "weak" and t.entry.admin1 and
                    (self.main_country is None or t.entry.country == self.main_country)]
            places = [t.place for t in weak]
        if not places and points_back(sents, self.gazetteer):
            places = self._in_force(sents[0])
        nationwide = self._nationwide(sents, text)
        if nationwide:
            places = [p for p in places if p.admin1 is not None] + [nationwide]
        if not places and self.story_place and not widened(sents, self.story_place):
            places = [self.story_place]
        if not places and self.main_country:
            entry = self.gazetteer.country(self.main_country)
            places = [entry.place() if entry else Place(self.main_country)]
        return _dedupe(places)

    def _in_force(self, sent: Span) -> list[Place]:
        """Sub-country places of the main country named in the closest preceding sentence."""
        index = self._order.get(sent.start, 0)
        for prev in reversed(self._sents[max(0, index - _LOOKBACK): index]):
            found = [t.entry.place(t.span.text) for t in self.toponyms(prev)
                     if t.role == "event" and t.entry.admin1
                     and t.entry.country == self.main_country]
            if found:
                return found
        return []

    def _nationwide(self, sents: list[Span], text: str) -> Place | None:
        """The country alone when the sentences speak of the whole country."""
        code: str | None = None
        for sent in sents:
            for tok in sent:
                if tok.head.lower_ in _PLACE_NOUNS and tok.dep_ == "amod" \
                        and tok.head.i > tok.i and tok.head.tag_ == "NNS":
                    code = code or self.gazetteer.demonym(tok.text)
        if code is None and any(cue in text for cue in _NATIONWIDE):
            code = self.main_country
        if code is None:
            return None
        entry = self.gazetteer.country(code)
        return entry.place() if entry else Place(code)


def _add(counts: dict[str, float], key: str, weight: float) -> None:
    counts[key] = counts.get(key, 0.0) + weight


def _sentences(evidence: Span) -> list[Span]:
    """The sentences that ``evidence`` overlaps."""
    doc = evidence.doc
    first = doc[evidence.start].sent
    out = [first]
    while out[-1].end < evidence.end and out[-1].end < len(doc):
        out.append(doc[out[-1].end].sent)
    return out


def _near_trigger(tops: list[Toponym], trigger: Span) -> list[Toponym]:
    """Toponyms under the trigger or under the word that governs it."""
    anchors = {trigger.root.i, trigger.root.head.i}
    return [t for t in tops if any(a.i in anchors for a in t.span.root.ancestors)]


def _same_clause(top: Toponym, trigger: Span) -> bool:
    """False when the toponym sits in a subordinate clause that does not hold the trigger.

    "protests sparked by a strike that downed a plane near Tehran": Tehran's path up to
    the protests crosses two clause boundaries, so it is the strike's place, not theirs;
    a clause that hangs on the trigger itself ("protests held in Tehran") is its own.
    """
    trig_line = {trigger.root.i} | {a.i for a in trigger.root.ancestors}
    tok = top.span.root
    while tok.i not in trig_line:
        if tok.dep_ in _CLAUSE_DEPS and tok.head.i != trigger.root.i:
            return False
        if tok.head is tok:
            return True
        tok = tok.head
    return True


def _dedupe(places: list[Place]) -> tuple[Place, ...]:
    """Unique places in order; a bare country is dropped when a finer place is in it."""
    seen: set[tuple[str, str | None, str | None]] = set()
    finer = {p.country for p in places if p.admin1 is not None or p.city is not None}
    out: list[Place] = []
    for p in places:
        key = (p.country, p.admin1, p.city)
        if key in seen or (p.admin1 is None and p.city is None and p.country in finer):
            continue
        seen.add(key)
        out.append(p)
    return tuple(out)


def find_toponyms(sent: Span, gazetteer: Gazetteer, home: str | None = None,
                  persons: frozenset[str] | set[str] = frozenset()) -> list[Toponym]:
    """Toponyms of ``sent`` resolved with ``gazetteer`` (``home``: the article's country).

    ``persons`` are folded surnames of people named in the article, never places.
    """
    tops: list[Toponym] = []
    taken: set[int] = set()
    for span, from_ner in _candidate_spans(sent):
        if any(i in taken for i in range(span.start, span.end)):
            continue
        entry, used = _resolve(span, gazetteer, home, from_ner, persons)
        if entry is None:
            continue
        taken.update(range(used.start, used.end))
        tops.append(Toponym(used, entry, _role(used, entry, home, gazetteer), _is_coarse(used)))
    tops.sort(key=lambda t: t.span.start)
    return _within_city(_province_lists(tops, gazetteer))


def _resolve(span: Span, gazetteer: Gazetteer, home: str | None, from_ner: bool,
             persons: frozenset[str] | set[str]) -> tuple[Entry | None, Span]:
    """The entry of a candidate span, or None when it is no (safe) place."""
    core = _strip(span)
    if fold(core.text) in persons:
        return None, core
    used = _with_kind_word(core)
    entry = gazetteer.resolve(used.text, home)
    if entry is None and used is not core:
        used = core
        entry = gazetteer.resolve(core.text, home)
    if entry is None:
        return None, used
    if not from_ner and not _safe_scan_hit(core, entry, home):
        return None, used
    return entry, used


def _safe_scan_hit(span: Span, entry: Entry, home: str | None) -> bool:
    """Whether a gazetteer hit that NER did not tag is trustworthy."""
    if any(t.pos_ != "PROPN" for t in span):
        return False
    big = entry.kind == "admin1" or entry.population >= _LEAD_MIN_POP
    if span.start == span.sent.start and len(span) == 1 and not (entry.country == home and big):
        return False
    if entry.kind != "city":
        return True
    if any(t.ent_type_ == "PERSON" for t in span) and entry.population < _PERSON_MIN_POP:
        return False
    return entry.country == home or entry.population >= _SCAN_MIN_POP


def _governor(tok: Token) -> Token:
    """The word a toponym attaches to, skipping prepositions and compound chains."""
    head = tok.head
    while head.dep_ in ("prep", "compound", "pobj") and head.head is not head:
        if head.dep_ == "prep":
            return head.head
        head = head.head
    return head


def _role(span: Span, entry: Entry, home: str | None, gazetteer: Gazetteer) -> Role:
    """Whether ``span`` names where the event happened, a weak guess, or no event place."""
    root = _site_anchor(span.root)
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in ("-", "–") or \
            span.end < len(doc) and doc[span.end].lower_.startswith("based") or \
            _is_dateline(span) or _describes_person(root):
        return "ignored"
    prep = root.head if root.dep_ == "pobj" else None
    gov = _governor(root) if prep is not None else root.head
    foreign = home is not None and entry.country != home
    if prep is not None and _is_active_reporting(gov) and not _fronted(prep, gov):
        return "ignored"
    if prep is not None and prep.lower_ == "from" and foreign and entry.kind == "city" \
            and _is_capital(entry, gazetteer) and gov.pos_ == "NOUN":
        return "ignored"  # "a protest from London": the government, not the city
    if root.dep_ in ("poss", "compound", "nmod", "amod") or prep is not None:
        head = root.head if prep is None else gov
        if head.lower_ in _ROLE_NOUNS or head.ent_type_ in ("ORG", "PERSON", "NORP"):
            return "ignored" if foreign else "weak"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _REPORTING:
        return "ignored" if foreign else "weak"
    if root.dep_ == "nsubj" and entry.kind == "city" and _is_capital(entry, gazetteer) \
            and root.head.lemma_ not in _HOSTING:
        return "ignored"  # "Tehran claims...": the government, not the city
    return "event"


def _site_anchor(tok: Token) -> Token:
    """For "Tehran's airport", "Minsk's avenues": the site noun, which says where things happen."""
    head = tok.head
    if tok.dep_ in ("poss", "compound") and head is not tok and (
            head.ent_type_ == "FAC" or head.lower_ in SITE_NOUNS):
        return head
    return tok


def _is_dateline(span: Span) -> bool:
    """"TEHRAN, Nov 17 (Wire) -": where the reporter files from, not the event place."""
    doc = span.doc
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return at_line_start and span.text.isupper() and len(span.text) > 2


def _describes_person(tok: Token) -> bool:
    """A place in an apposition on a person ("X, a lawmaker for Tehran, said")."""
    for anc in tok.ancestors:
        if anc.dep_ == "appos" and anc.pos_ == "NOUN" and anc.head.ent_type_ == "PERSON":
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def _fronted(prep: Token, verb: Token) -> bool:
    """"In Gilan province, the police chief said ...": a scene set before the subject."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return prep.head.i == verb.i and prep.lower_ == "in" and bool(subjects) \
        and prep.i < min(subjects)


def _is_active_reporting(tok: Token) -> bool:
    """An active reporting verb ("told reporters in Geneva"; not "were reported in X")."""
    if tok.lemma_ not in _REPORTING or tok.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _is_capital(entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether city ``entry`` is its country's capital."""
    return gazetteer.capital(entry.country) == entry.name


def _is_coarse(span: Span) -> bool:
    """"near X", "outside X", "X's suburbs", "took off from X": X's province, not X."""
    root = _site_anchor(span.root)
    if root.dep_ == "pobj" and root.head.lower_ in _NEAR_PREPS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_ in _LEAVING:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _AROUND_NOUNS:
        return True
    if root.dep_ in ("poss", "compound"):
        return root.head.lower_ in _AREA_NOUNS or any(
            c.lower_ in _AREA_NOUNS for c in root.head.children if c.dep_ in ("amod", "compound"))
    return False


def _province_lists(tops: list[Toponym], gazetteer: Gazetteer) -> list[Toponym]:
    """In a list of mostly provinces, read ambiguous city/province names as provinces."""
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
            if len(group) > 1 and admin > cities and top.entry.kind == "city" and \
                    (admin >= 2 or _plural_kind(group[-1].span)):
                province = _admin_entry(top, gazetteer)
                out.append(replace(top, entry=province) if province else top)
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
        if prev is not None and top.entry.kind == "admin1" and prev.entry.kind == "city" \
                and prev.entry.admin1 == top.entry.admin1 and _qualifies(prev.span, top.span):
            continue
        out.append(top)
    return out


def _qualifies(left: Span, right: Span) -> bool:
    """Only ",", "in" and "the" between two toponyms."""
    between = left.doc[left.end: right.start]
    return len(between) <= 3 and all(t.lower_ in (",", "in", "the") for t in between)


def _joined(left: Span, right: Span) -> bool:
    """Whether only list glue (commas, "and", "to") lies between two toponyms."""
    between = left.doc[left.end: right.start]
    return len(between) <= 3 and all(t.lower_ in _LIST_GLUE for t in between)


def _admin_entry(top: Toponym, gazetteer: Gazetteer) -> Entry | None:
    """The province of the same name and country as city ``top``, if one exists."""
    for entry in gazetteer.candidates(top.span.text):
        if entry.kind == "admin1" and entry.country == top.entry.country:
            return entry
    return None


def _has_admin(top: Toponym, gazetteer: Gazetteer) -> bool:
    return _admin_entry(top, gazetteer) is not None
