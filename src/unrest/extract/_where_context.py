"""Context for :mod:`unrest.extract.where`: what a sentence says about the places around it.

Helpers that look beyond the toponyms of a mention's own clause: whether its
sentence points back to a place named before ("there", "the city", an unknown
landmark), whether it widens the scope beyond one story place ("since the
election", "in several cities"), and whether the trigger's own phrase spreads the
event over unnamed places.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._gazetteer import Gazetteer
from unrest.extract._tree import prep_objects
from unrest.extract._where_custody import custody
from unrest.extract._where_partitive import named_part
from unrest.extract._where_scene import reports, site_of
from unrest.extract._where_totals import since_weekday
from unrest.extract._where_units import named_units
from unrest.model import Place
from unrest.nlp import span_entities

__all__ = [
    "NATIONWIDE",
    "custody",
    "ROLE_NOUNS",
    "points_back",
    "province_place",
    "provincial_speaker",
    "spread",
    "under",
    "national_speaker",
    "online_block",
    "nationwide_own",
    "vague_scope",
    "widened",
]

#: Nouns of officials and bodies: a place on them is their seat ("Tehran's prosecutor").
ROLE_NOUNS = {
    "minister",
    "ministry",
    "official",
    "officials",
    "chief",
    "prosecutor",
    "governor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "mayor",
    "leader",
    "president",
    "judiciary",
    "court",
    "police",
    "authorities",
    "authority",
    "government",
    "regime",
    "commander",
    "head",
    "director",
    "manager",
    "department",
    "office",
    "offices",
    "group",
    "council",
    "representative",
    "ambassador",
    "embassy",
    "mission",
    "envoy",
    "delegation",
    "agency",
    "commission",
    "judge",
    "cleric",
    "imam",
    "parliament",
    "mp",
    "lawmaker",
    "deputy",
    "counterpart",
    "diplomat",
    "consulate",
    "media",
    "television",
    "tv",
    "newspaper",
}
#: Nouns that, made definite ("the city"), point back to a place named before.
BACK_NOUNS = {
    "city",
    "town",
    "village",
    "province",
    "area",
    "region",
    "district",
    "square",
    "university",
    "campus",
    "neighbourhood",
    "neighborhood",
    "camp",
    "station",
    "scene",
    "crowd",
    "gathering",
    "rally",
    "march",
}  # "fired into that crowd"
#: Definite nouns that point back to a city in particular ("the city's main square").
CITY_NOUNS = {"city", "town"}
#: Definite nouns that point back to a province ("across much of the province").
PROVINCE_NOUNS = {"province", "region"}
#: Units of time ("40 days since ...").
TIME_UNITS = {"day", "week", "month", "year", "hour", "decade"}
#: Plural nouns that spread an event over unnamed places ("in several cities").
SPREAD_NOUNS = {
    "cities",
    "towns",
    "villages",
    "areas",
    "provinces",
    "regions",
    "places",
    "localities",
    "parts",
    "districts",
    "universities",
    "campuses",
}
#: Verbs of saying: their subject reports the event.
_SAYING = {"say", "announce", "tell", "report", "state", "confirm", "add"}
#: Dependents that open another clause or only describe a noun.
_OTHER_CLAUSE = {"advcl", "relcl", "ccomp", "xcomp", "acl", "conj", "amod", "parataxis"}
#: Phrases that give an event the whole country.
NATIONWIDE = (
    "nationwide",
    "across the country",
    "throughout the country",
    "all over the country",
    "much of the country",
    "most of the country",
    "across the nation",
    "the whole country",
    "the entire country",
    "around the country",
    "country-wide",
    "countrywide",
    "all provinces",
    "every province",
    "across all provinces",
    "national toll",
    "national death toll",
    "national total",
    "national uprising",
    "national strike",
)
#: Sites named after their city ("Tehran's airport", "Amir Kabir University").
SITE_NOUNS = {
    "airport",
    "avenue",
    "avenues",
    "street",
    "streets",
    "square",
    "squares",
    "university",
    "prison",
    "station",
    "bazaar",
    "market",
    "park",
    "stadium",
}


def province_place(gazetteer: Gazetteer, name: str, country: str | None) -> Place:
    """The province ``name`` of ``country`` as a place."""
    for entry in gazetteer.candidates(name):
        if entry.kind == "admin1" and entry.country == country:
            return entry.place(name)
    return Place(country or "", name)


def under(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is ``top`` or lies in its subtree."""
    return tok.i == top.i or any(a.i == top.i for a in tok.ancestors)


def _own_subtree(root: Token) -> list[Token]:
    """Tokens under ``root``, not crossing into coordinated clauses or verbs."""
    out: list[Token] = []
    stack = [root]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(
            c for c in tok.children if not (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
        )
    return out


def vague_scope(trigger: Span) -> list[Token]:
    """Where the trigger's own phrase spreads it over unnamed places ("fired ... in several
    cities"): the trigger's root, to keep only the places under it, else ``[]``.

    A trigger that is the subject of its verb takes the verb's own places too ("the
    unrest began in several cities after a death in Tehran"); the places that qualify
    those places stay ("spread to more towns in Khuzestan province").
    """
    root = trigger.root
    if any(
        t.lower_ in SPREAD_NOUNS and t.dep_ == "pobj" and not named_part(t)
        for t in _own_subtree(root)
    ):
        return [root]
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.i == root.i:
        return []
    nouns = [
        o
        for p in root.head.children
        if p.dep_ == "prep"
        for o in p.children
        if o.dep_ == "pobj" and o.lower_ in SPREAD_NOUNS
    ]
    return [root, *nouns] if nouns else []


def nationwide_own(trigger: Span) -> bool:
    """Whether the trigger's own clause covers the whole country ("cut ... across the country").

    Subordinate clauses and adjectives ("chanting in support of the nationwide
    protests") do not count.
    """
    words: list[Token] = []
    stack = [_clause_head(trigger.root)]
    while stack:
        tok = stack.pop()
        words.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _OTHER_CLAUSE)
    text = " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i))
    return any(cue in text for cue in NATIONWIDE)


def _clause_head(root: Token) -> Token:
    """The verb a noun trigger is the object of ("went on strike", "staged protests"):
    its place words hang on that verb; any other trigger itself."""
    tok = root
    while tok.dep_ in ("pobj", "prep", "dobj") and tok.head.i != tok.i:
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else root


def points_back(sents: list[Span], gazetteer: Gazetteer, trigger: Span | None = None) -> str | None:
    """How the sentences refer to a place named earlier: "city", "province", "any" or None.

    "the city", "this town" point back to a city ("city"), "the province" to a
    province ("province"); "there", another definite place noun ("the camp") or a
    landmark the gazetteer does not know ("Azadi Square", "the Nile") to whatever
    place is in force ("any"); so does a definite site ("the hospital") in the
    clause of ``trigger``, when given.
    """
    level: str | None = None
    for sent in sents:
        for tok in sent:
            if tok.lower_ == "there" and tok.dep_ == "advmod":
                level = level or "any"
            kids = [c.lower_ for c in tok.children]
            if (
                (tok.lower_ in BACK_NOUNS or site_of(tok, trigger))
                and tok.tag_ == "NN"
                and "of" not in kids
                and any(k in ("the", "this", "that") for k in kids)
                and not _seat(tok)
            ):
                if tok.lower_ in CITY_NOUNS:
                    return "city"
                level = "province" if tok.lower_ in PROVINCE_NOUNS else "any"
        for ent in span_entities(sent):
            site = (
                ent.label_ in ("FAC", "LOC") or ent.label_ == "ORG" and ent[-1].lower_ in SITE_NOUNS
            )
            if site and gazetteer.resolve(_strip_the(ent.text)) is None:
                level = level or "any"
    return level


def provincial_speaker(sents: list[Span]) -> bool:
    """Whether a provincial official or body reports ("the provincial governor said")."""
    return any(
        tok.lower_ == "provincial"
        and tok.dep_ in ("amod", "compound")
        and tok.head.lower_ in ROLE_NOUNS
        and tok.head.dep_ == "nsubj"
        and tok.head.head.lemma_ in _SAYING
        for sent in sents
        for tok in sent
    )


#: Bodies and officials of the state as a whole: what they report is the country's
#: ("the judiciary spokesman said 30 people had been arrested", "a government inquiry
#: concluded that 149 civilians had been killed").
NATIONAL_BODIES = {
    "judiciary",
    "ministry",
    "minister",
    "government",
    "inquiry",
    "committee",
    "commission",
    "parliament",
    "parliamentary",
    "cabinet",
}
#: Heads of a subject that is the state itself, whatever it does.
_STATE_HEADS = {"government", "cabinet", "minister", "ministry", "judiciary", "parliament"}
#: Modifiers that make a body local ("the provincial judiciary", "a local committee").
_LOCAL_WORDS = {"provincial", "local", "city", "municipal", "regional", "district"}
#: Verbs by which a body reports a finding.
_FINDING = _SAYING | {"conclude", "find", "acknowledge", "admit", "estimate", "put"}


def national_speaker(sents: list[Span], trigger: Span | None = None) -> bool:
    """Whether a body or official of the whole state reports ("judiciary spokesman X said").

    Such a report sums up the country's events; it inherits no place from the
    sentences around it. With ``trigger``, the report must hold it: "the ministry said
    X, but witnesses said he was shot" leaves the shooting to the witnesses.
    """
    for sent in sents:
        for tok in sent:
            if tok.dep_ != "nsubj":
                continue
            if tok.head.lemma_ not in _FINDING:
                # "The government blamed ...", "the Interior Minister apologised": the
                # state itself acts, whatever the verb
                if tok.lower_ in _STATE_HEADS and not _name_words(tok) & _LOCAL_WORDS:
                    return True
                continue
            words = _name_words(tok)
            if (
                words & NATIONAL_BODIES
                and not words & _LOCAL_WORDS
                and (trigger is None or reports(tok.head, trigger))
            ):
                return True
    return False


def _name_words(tok: Token) -> set[str]:
    """``tok`` and its modifiers in the same name ("judiciary spokesman X"; not a possessor)."""
    words, stack = set(), [tok]
    while stack:
        cur = stack.pop()
        words.add(cur.lower_)
        stack.extend(c for c in cur.children if c.dep_ in ("compound", "amod", "nmod"))
    return words


def says_nationwide(text: str) -> bool:
    """Whether lower-case ``text`` speaks of the whole country ("across the country")."""
    return any(cue in text for cue in NATIONWIDE)


def spread(sent: Span, *, open_only: bool = False) -> bool:
    """Whether ``sent`` speaks of unnamed places in the plural or of the whole country.

    With ``open_only`` a place noun with "the" does not count: "X and the eastern
    districts" names a part of X, "in Baghdad and southern cities" spreads further.
    Places inside a named one ("Tehran universities") spread no further than it.
    """
    return says_nationwide(sent.text.lower()) or any(
        tok.lower_ in SPREAD_NOUNS
        and not (open_only and any(c.lower_ == "the" for c in tok.children))
        and not named_units(tok)
        for tok in sent
    )


#: Phrases that set a count in the whole country, though not an event spread over it.
_COUNTRY_SCOPE = (
    "inside the country",
    "in the country",
    "inside iran",
    "in iran as a whole",
    "the country's",
    "the country\u2019s",
)
#: What an online block or shutdown cuts off: the whole country unless a place is named.
_ONLINE = {
    "internet",
    "facebook",
    "whatsapp",
    "twitter",
    "instagram",
    "telegram",
    "youtube",
    "tiktok",
    "signal",
    "websites",
    "website",
    "media",
    "messaging",
    "connectivity",
    "connections",
    "broadband",
    "data",
}


def online_block(trigger: Span) -> bool:
    """Whether the trigger cuts off online services ("blocked Facebook and WhatsApp",
    "an internet shutdown", "the blocking of the internet", "access to Instagram was
    blocked"): without a place of its own, the whole country's."""
    root = trigger.root
    near = [root, *root.children]
    if root.dep_ in ("dobj", "nsubj", "nsubjpass", "compound"):
        near += [root.head, *root.head.children]
    # "the blocking of the internet", "access to Instagram was blocked"
    near += [o for t in near for o in prep_objects(t, ("of", "to"))]
    # "Internet access was disrupted", "fixed-line connections were cut"
    near += [m for t in near for m in t.children if m.dep_ in ("compound", "amod", "nmod")]
    return any(t.lower_ in _ONLINE for t in near)


def widened(sents: list[Span], story: Place) -> bool:
    """Whether the sentences reach beyond the story place.

    A running total ("since the election") is the whole country's; unnamed places
    in the plural ("in several cities") cannot lie inside one city.
    """
    if story.city is not None and any(
        cue in sent.text.lower() for sent in sents for cue in _COUNTRY_SCOPE
    ):
        return True  # "according to activists inside the country": not one city's count
    for sent in sents:
        for tok in sent:
            if (
                tok.lower_ == "since"
                and tok.dep_ in ("prep", "mark")
                and tok.head.pos_ in ("VERB", "AUX")
                and not (_anniversary(tok) or since_weekday(tok))
            ):
                return True  # "killed 300 since May"
            if story.city is not None and tok.lower_ in SPREAD_NOUNS and not named_units(tok):
                return True  # "Tehran universities" stay in the city
            if story.city is not None and _spread_on(tok):
                return True  # "the next day the protests spread": beyond the city
    return False


def _spread_on(verb: Token) -> bool:
    """Whether ``verb`` is a bare "spread" with no place it spread to ("the protests
    spread, and the first people were shot dead"; not "spread to the capital")."""
    return (
        verb.lemma_ == "spread"
        and verb.pos_ == "VERB"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("prep", "dobj", "advmod") for c in verb.children)
    )


def _anniversary(since: Token) -> bool:
    """ "40 days since her death": a span of time counted from an event, not a total."""
    prev = since.doc[since.i - 1] if since.i > 0 else since
    return prev.lemma_.lower() in TIME_UNITS


def _seat(tok: Token) -> bool:
    """ "the commander in the province", "the head of intelligence of the Guards' base in
    the province": the seat of an official or a body, not the event place. The noun
    phrase that holds ``tok`` is read up to its clause's verb."""
    if tok.dep_ != "pobj":
        return False
    for holder in tok.head.ancestors:
        if holder.pos_ in ("VERB", "AUX"):
            return False
        if holder.pos_ in ("NOUN", "PROPN") and (
            holder.lower_ in ROLE_NOUNS or holder.ent_type_ == "ORG"
        ):
            return True
    return False


def _strip_the(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text
