"""What a whole article says about its places, for :class:`unrest.extract.where.Locator`:
its main country, its story place, and the words of the people it names.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from unrest.extract._gazetteer import Entry, Gazetteer, fold
from unrest.extract._where_context import points_back, province_place, says_nationwide, spread
from unrest.extract._where_prefix import known_place
from unrest.extract._where_story import DATELINE_WEIGHT, LEAD_WEIGHT, story_city
from unrest.extract._where_toponyms import Toponym, find_toponyms
from unrest.model import Place
from unrest.nlp import entities, span_entities

#: A story province needs this many event places, and this share of them.
_STORY_MIN = 3
#: A sentence naming this many home cities makes the article a story of many places.
LIST_CITIES = 3
#: Sentences this close to the top of the article are its title and lead.
_LEAD_SENTENCES = 4
_STORY_SHARE = 0.75
#: ... or this share when the title or lead names the province ("Khuzestan: water
#: protests"), whose story other places only echo ("solidarity rallies in Tabriz").
_TITLED_SHARE = 0.6
#: An article with this many sentences speaking of the whole country ("across the
#: country", "nationwide") is a national story: its sites ("Dhaka University") do not
#: make their city the story city.
_NATIONAL_SENTENCES = 2


def person_words(doc: Doc) -> set[str]:
    """Folded words of PERSON names of two proper nouns or more ("Qassem Soleimani")."""
    words: set[str] = set()
    for ent in entities(doc):
        names = [  # not an initial or a list label ("C. Sirjan, Kerman province")
            t
            for t in ent
            if t.text[:1].isupper() and t.pos_ == "PROPN" and len(t.text.rstrip(".")) > 1
        ]
        if ent.label_ == "PERSON" and len(names) > 1 and not known_place(ent):  # not "Without
            words.update(fold(t.text) for t in names)  # Dorud", nor the town "Khartoum North"
    return words


def main_country(
    sents: list[Span], gazetteer: Gazetteer, persons: set[str]
) -> tuple[str | None, dict[int, list[Toponym]]]:
    """Country with the highest weighted count of toponyms and demonyms.

    Event places count 1, weak ones 0.5, ignored ones 0.25, demonyms 0.5;
    the lead sentence counts double. Also gives the toponyms of each sentence resolved
    with no home country.
    """
    counts: dict[str, float] = {}
    weights = {"event": 1.0, "weak": 0.5, "ignored": 0.25}
    homeless: dict[int, list[Toponym]] = {}
    for i, sent in enumerate(sents):
        lead = 2.0 if i == 0 else 1.0
        tops = find_toponyms(sent, gazetteer, None, persons)
        homeless[sent.start] = tops
        for top in tops:
            _add(counts, top.entry.country, weights[top.role] * lead)
        for ent in span_entities(sent):
            code = gazetteer.demonym(ent.text) if ent.label_ == "NORP" else None
            if code:
                _add(counts, code, 0.5 * lead)
    if not counts:
        return None, homeless
    return max(counts, key=lambda code: counts[code]), homeless


def story_place(
    sents: list[Span],
    toponyms: Callable[[Span], list[Toponym]],
    gazetteer: Gazetteer,
    home: str | None,
) -> Place | None:
    """The story city (see :func:`story_city`), else the province most event places name.

    Each sentence votes once for each home city it names as an event place, the
    first sentences of the article twice; a dateline city at home votes twice; each
    sentence that names no place but speaks of "the city" votes for the city named
    in the last sentence naming cities before it (the first city of the article if none
    is named before it; the first of a list).
    In a local story (few sentences speak of the whole country) a sentence that names
    a site of a city ("Galle Face", "Rustaveli Avenue") votes for it too, but only a
    city the article also names as such can win.
    """
    votes: list[tuple[object, float]] = []
    provinces: Counter[str] = Counter()
    named: Counter[str] = Counter()  # sentences naming the province itself
    titled: set[str] = set()  # provinces the title or lead names
    total = 0
    city_refs = 0  # "the city" before any city is named: votes for the first one
    last_city: Entry | None = None  # the city most recently named as such
    listed = False
    spread_lead = False  # "in Baghdad and southern cities" in the lead: no one city
    sites: list[tuple[object, float]] = []
    echoed = False  # "Protests were also held in A, B and C": echoes of a local story
    counted = False  # "in 19 counties": the story counts places over the country
    named_cities: set[Entry] = set()  # cities named as such, not only through a site
    datelined: set[Entry] = set()  # home dateline cities
    leading: set[Entry] = set()  # cities the lead sets its events in
    nationwide = 0
    for i, sent in enumerate(sents):
        nationwide += says_nationwide(sent.text.lower())
        counted = counted or _counted_places(sent)
        every = toponyms(sent)
        if not every and points_back([sent], gazetteer) == "city":
            if last_city is None:
                city_refs += 1
            else:  # "the town" is the town just named, not the first of a list of cases
                votes.append((last_city, 1.0))
        at = [
            t.entry
            for t in every
            if t.dateline and t.entry.kind == "city" and t.entry.country == home
        ]
        votes += [(e, DATELINE_WEIGHT) for e in at]
        datelined.update(at)
        tops = [
            t
            for t in every
            if t.role == "event" and t.entry.country == home and t.entry.admin1 and not t.anaphor
        ]
        if not tops:
            continue
        total += 1
        # in text order, as dict keys: ties must not depend on the hash seed
        provinces.update(list(dict.fromkeys(str(t.entry.admin1) for t in tops)))
        own = list(dict.fromkeys(str(t.entry.admin1) for t in tops if t.entry.kind == "admin1"))
        named.update(own)
        titled.update(own if i < _LEAD_SENTENCES else [])
        weight = LEAD_WEIGHT if i < _LEAD_SENTENCES else 1.0
        in_sent = list(
            dict.fromkeys(
                t.entry for t in tops if t.entry.kind == "city" and not t.coarse and not t.site
            )
        )
        votes += [(e, weight) for e in in_sent]
        last_city = in_sent[0] if in_sent else last_city  # a list: its first city
        placed = [
            e
            for e in dict.fromkeys(t.entry for t in tops if t.site and t.entry.kind == "city")
            if e not in in_sent
        ]
        sites += [(e, weight) for e in placed]
        if len(in_sent) >= LIST_CITIES and not _aside(sent):
            echoed = echoed or _also(sent)
            listed = listed or not _also(sent)
        in_lead = bool(in_sent) and i < _LEAD_SENTENCES
        leading = leading or set(in_sent if in_lead else [])  # the first to name cities
        spread_lead = spread_lead or in_lead and spread(sent, open_only=True)
    named_cities.update(key for key, _ in votes if isinstance(key, Entry))
    listed = listed or echoed and (nationwide > 0 or counted)  # a national story's places
    if nationwide < _NATIONAL_SENTENCES:  # a local story: its sites back the city they name
        votes += sites
    if votes and city_refs:
        votes.append((votes[0][0], float(city_refs)))  # "the city" is the first one named
    city = None if listed or spread_lead else story_city(votes)  # a list of cities: many stories
    if city is None and not (listed or spread_lead):
        city = _provincial_dateline(leading, datelined, gazetteer)
    if isinstance(city, Entry) and city in named_cities:  # not sites alone
        return city.place(city.name)
    if provinces:
        name, n = provinces.most_common(1)[0]
        share = _TITLED_SHARE if name in titled else _STORY_SHARE
        if n >= _STORY_MIN and n >= share * total and named[name] >= 2:
            return province_place(gazetteer, name, home)
    return None


#: Words that set a list of cities beside the story ("Similar protests were held in A,
#: B and C"): the list tells of the echoes, and the story keeps its own city.
_ASIDE = {"similar", "elsewhere"}
#: Comparatives of quantity, not of the event ("more than 370 people").
_QUANTITIES = {"more", "less", "fewer"}


#: Plural nouns of places that a number can count ("in at least 19 counties").
_UNITS = {"cities", "towns", "counties", "provinces", "regions", "districts", "states"}


def _counted_places(sent: Span) -> bool:
    """Whether ``sent`` counts places ("in 19 counties", "in 35 of the 47 provinces")."""
    return any(t.lower_ in _UNITS and any(c.dep_ == "nummod" for c in t.children) for t in sent)


def _also(sent: Span) -> bool:
    """Whether ``sent`` adds its places to those told before ("were also held in")."""
    return any(t.lower_ == "also" and t.dep_ == "advmod" for t in sent)


def _aside(sent: Span) -> bool:
    """Whether ``sent`` lists its cities as echoes of the story told before it: "similar
    protests", "elsewhere", or events measured against the story's own with a
    comparative ("Smaller gatherings were held in A, B and C")."""
    return any(t.lower_ in _ASIDE or _compared(t) for t in sent)


def _compared(tok: Token) -> bool:
    """A comparative on the subject: "Smaller gatherings were held in A, B and C" (not a
    quantity: "more than 370 people")."""
    return (
        tok.tag_ == "JJR"
        and tok.dep_ == "amod"
        and tok.head.dep_ in ("nsubj", "nsubjpass")
        and tok.lower_ not in _QUANTITIES
    )


def _provincial_dateline(
    leading: set[Entry], datelined: set[Entry], gazetteer: Gazetteer
) -> Entry | None:
    """The one city the lead sets its events in when the report is also filed from there
    and it is not the capital ("KERMANSHAH - A gathering in central Kermanshah ..."): a
    reporter files from the capital by default, from a provincial city for its story."""
    if len(leading) != 1 or not leading <= datelined:
        return None
    city = next(iter(leading))
    capital = gazetteer.capital(city.country)
    return None if capital is not None and fold(capital) == fold(city.name) else city


def _add(counts: dict[str, float], key: str, weight: float) -> None:
    counts[key] = counts.get(key, 0.0) + weight
