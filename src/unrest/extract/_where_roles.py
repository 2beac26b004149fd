"""Roles of toponyms for :mod:`unrest.extract._where_toponyms`.

A toponym names where the event happened (``event``), only a seat or a landmark
that locates something else (``weak``: "Tehran's prosecutor", "a prison south of
Tehran"), or no event place at all (``ignored``: a speaker's or a foreign body's
location, "-based", a news outlet, a dateline, a place a protest is in solidarity
with). "near X", "X's suburbs", "took off from X" make X *coarse*: its province.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from unrest.extract._gazetteer import Entry, Gazetteer
from unrest.extract._where_agent import foreign_modifier, sent_from
from unrest.extract._where_context import ROLE_NOUNS, SITE_NOUNS
from unrest.extract._where_history import measured_against
from unrest.extract._where_hospital import care_place
from unrest.extract._where_story import dateline_tokens

__all__ = ["LOCATIVE", "Role", "is_coarse", "is_dateline", "toponym_role"]

Role = Literal["event", "weak", "ignored"]

#: Prepositions whose object is where something is: a "person" there is a town.
LOCATIVE = {"in", "at"}

#: Verbs with a place as subject that still tell where something happened.
_HOSTING = {
    "see",
    "witness",
    "erupt",
    "experience",
    "host",
    "become",
    "remain",
    "be",
    "explode",
    "rise",
    "burn",
    "shake",
    "echo",
    "ring",
    "fill",
    "flood",
    "join",
}


_REPORTING = {
    "say",
    "tell",
    "speak",
    "announce",
    "report",
    "state",
    "add",
    "write",
    "claim",
    "confirm",
    "tweet",
    "declare",
    "note",
    "warn",
    "explain",
    "comment",
    "address",
}


_AREA_NOUNS = {
    "suburb",
    "suburbs",
    "outskirts",
    "town",
    "towns",
    "village",
    "villages",
    "countryside",
    "satellite",
    "periphery",
    "environs",
    "province",
    "region",
    "vicinity",
}


_NEAR_PREPS = {"near", "outside", "around", "nearby", "beyond"}


#: Things "near X" that are outside X by nature: an aircraft brought down near a city.
_AIRBORNE = {
    "plane",
    "planes",
    "airliner",
    "airliners",
    "aircraft",
    "jet",
    "jets",
    "flight",
    "helicopter",
    "drone",
    "drones",
    "airplane",
    "jetliner",
}


#: Nouns that make a place before them part of an outlet's name.
_MEDIA_NOUNS = {
    "agency",
    "news",
    "newspaper",
    "times",
    "daily",
    "television",
    "tv",
    "radio",
    "channel",
    "broadcaster",
    "network",
    # last words of newspaper and wire names ("the Alborz Observer", "Gulf Wire")
    "observer",
    "herald",
    "tribune",
    "journal",
    "gazette",
    "chronicle",
    "dispatch",
    "courier",
    "wire",
}


#: Nouns whose "of X" is X's surroundings, not X itself ("the outskirts of Tehran").
_AROUND_NOUNS = {
    "suburb",
    "suburbs",
    "outskirts",
    "countryside",
    "periphery",
    "environs",
    "vicinity",
}


#: Verbs of leaving: "took off from Tehran" happened outside the city.
_LEAVING = {"take", "depart", "leave", "fly", "flee"}


#: Nouns whose object is what a protest is for ("in solidarity with Khuzestan").
_CAUSE_NOUNS = {"solidarity", "support", "sympathy"}


#: Words of protest whose "against X" is what the protest is against, not where it is.
_PROTESTING = {
    "chant",
    "protest",
    "rally",
    "demonstrate",
    "demonstration",
    "march",
    "slogan",
    "shout",
    "campaign",
    "demonstrator",
    "protester",
}


#: Nouns of a kind of place ("the port city of X").
_KIND_NOUNS = {"city", "town", "village", "province", "port", "county", "district"}


#: Compass words: "west of Isfahan" places a town relative to Isfahan, not in it.
_COMPASS = {
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
}


def _governor(tok: Token) -> Token:
    """The word a toponym attaches to, skipping prepositions and compound chains."""
    head = tok.head
    while head.dep_ in ("prep", "compound", "pobj") and head.head is not head:
        if head.dep_ == "prep":
            return head.head
        head = head.head
    return head


def toponym_role(span: Span, entry: Entry, home: str | None, gazetteer: Gazetteer) -> Role:
    """Whether ``span`` names where the event happened, a weak guess, or no event place."""
    root = _site_anchor(span.root)
    doc = span.doc
    if (
        span.end < len(doc)
        and doc[span.end].text in ("-", "–")
        and not span[-1].whitespace_
        or span.end < len(doc)
        and doc[span.end].lower_.startswith("based")
        or is_dateline(span)
        or _describes_person(root)
        or _names_media(span.root)
        or root.dep_ == "pobj"
        and root.head.head.lemma_ == "base"
        or _cause(root)
        or _chanted(span)
        or measured_against(span.root)
        or sent_from(root)
        or foreign_modifier(span.root, entry, home)
        or home is not None
        and entry.country != home
        and _accused(root)
    ):
        return "ignored"
    if _landmark(root) or care_place(root):
        return "weak"  # "a prison south of Tehran": Tehran only when nothing else is named
    prep = root.head if root.dep_ == "pobj" else None
    gov = _governor(root) if prep is not None else root.head
    if prep is not None and gov.lower_ in _KIND_NOUNS and gov.dep_ == "pobj":
        if gov.head.dep_ == "prep":
            prep = gov.head  # "in the Sadra district of Shiraz": the scene is set by "in"
        gov = _governor(gov)  # "a commander in the port city of Chabahar": the commander
    foreign = home is not None and entry.country != home
    if prep is not None and _is_active_reporting(gov) and (foreign or not _fronted(prep, gov)):
        return "ignored"  # "In Geneva, the UN office said": the speaker's place, abroad
    if (
        prep is not None
        and prep.lower_ == "from"
        and foreign
        and entry.kind == "city"
        and _is_capital(entry, gazetteer)
        and gov.pos_ == "NOUN"
    ):
        return "ignored"  # "a protest from London": the government, not the city
    if root.dep_ in ("poss", "compound", "nmod", "amod") or prep is not None:
        head = root.head if prep is None else gov
        if (
            head.lower_ in ROLE_NOUNS
            or head.ent_type_ in ("ORG", "PERSON", "NORP")
            and head.lower_ not in SITE_NOUNS
            and not _works(head)
        ) and not (
            prep is not None and prep.lower_ in LOCATIVE and _target(head)
        ):  # "Evin prison in Tehran" is a site; so is "the Minsk
            # Tractor Works", and "stormed the mayor's office in Almaty"
            return "ignored" if foreign else "weak"
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ in _REPORTING:
        return "ignored" if foreign else "weak"
    if (
        root.dep_ == "nsubj"
        and entry.kind == "city"
        and _is_capital(entry, gazetteer)
        and root.head.lemma_ not in _HOSTING
    ):
        return "ignored"  # "Tehran claims...": the government, not the city
    return "event"


#: Last words of the names of plants and works: a town named in one is where it stands.
_WORKS_NOUNS = {
    "works",
    "plant",
    "plants",
    "factory",
    "factories",
    "refinery",
    "mill",
    "mills",
    "mine",
    "mines",
    "shipyard",
    "shipyards",
    "complex",
    "port",
    "terminal",
}


#: Prepositions whose object is where something happens ("outside the headquarters").
_SPATIAL = {"at", "outside", "inside", "near", "into", "in", "on", "around"}


#: Buildings of bodies, which can be stormed or picketed ("the mayor's office").
_SEATS = {
    "office",
    "offices",
    "headquarters",
    "embassy",
    "consulate",
    "ministry",
    "court",
    "courthouse",
    "building",
    "buildings",
    "compound",
    "residence",
    "parliament",
    "station",
}


def _target(head: Token) -> bool:
    """Whether a body's seat is the scene or the target of an act, not a speaker: "stormed
    the mayor's office in X", "the embassy in X was attacked", "outside the army
    headquarters in X"."""
    if head.lower_ not in _SEATS:
        return False  # "a case involving a commander in X": a person's seat
    if head.dep_ == "dobj" or head.dep_ == "nsubjpass" and head.head.lemma_ not in _REPORTING:
        return head.head.pos_ == "VERB"
    return head.dep_ == "pobj" and head.head.lower_ in _SPATIAL


def _works(tok: Token) -> bool:
    """Whether ``tok`` is (a compound word in) the name of a plant ("Tractor Works")."""
    for _ in range(4):
        if tok.lower_ in _WORKS_NOUNS:
            return True
        if tok.dep_ != "compound" or tok.head is tok:
            return False
        tok = tok.head
    return False


def _accused(tok: Token) -> bool:
    """Whether ``tok`` is (in) the agent of a passive verb: "engineered by America",
    "organised by a triangle of the United States, Israel and Saudi Arabia"."""
    for _ in range(8):
        if tok.dep_ in ("conj", "appos"):
            tok = tok.head
            continue
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.dep_ == "agent":
            return True
        if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = prep.head
    return False


def _landmark(tok: Token) -> bool:
    """A place that only locates another ("Qahderijan, west of Isfahan", "20 km north of X").

    "in the west of Tehran" (the compass word made definite) lies inside Tehran.
    """
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    compass = tok.head.head
    return compass.lower_ in _COMPASS and not any(
        c.dep_ == "det" or c.dep_ == "poss" for c in compass.children
    )


def _cause(tok: Token) -> bool:
    """A place that a protest is for or against, not in ("to show solidarity with
    Khuzestan", "chanted against the United States")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "against":
        return tok.head.head.lemma_.lower() in _PROTESTING
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "of", "for"):
        return False
    held = tok.head.head  # "solidarity with X", or "show solidarity with X"
    return (
        held.lower_ in _CAUSE_NOUNS
        or any(c.dep_ == "dobj" and c.lower_ in _CAUSE_NOUNS for c in held.children)
        or any(  # "took to the streets in solidarity with X": "with" hangs on the verb
            c.dep_ == "prep" and any(o.lower_ in _CAUSE_NOUNS for o in c.children)
            for c in held.children
        )
    )


#: Words that introduce a slogan: a place inside it is chanted, not where ("chanting
#: "Khuzestan is not alone"").
_SLOGAN_WORDS = {"chant", "slogan", "shout", "sing", "cry", "banner", "placard", "sign", "graffiti"}


def _chanted(span: Span) -> bool:
    """Whether ``span`` lies inside a quoted slogan of its sentence."""
    sent = span.sent
    before = [t for t in sent if t.i < span.start]
    quotes = sum(1 for t in before if t.text in ('"', "\u201c", "\u201d"))
    return quotes % 2 == 1 and any(t.lemma_.lower() in _SLOGAN_WORDS for t in before)


def _names_media(tok: Token) -> bool:
    """A place in the name of a news outlet ("the Fars news agency", "Tehran Times")."""
    head = tok
    while head.dep_ == "compound" and head.head is not head:
        head = head.head
        if head.lower_ in _MEDIA_NOUNS:
            return True
    return False


def _site_anchor(tok: Token) -> Token:
    """For "Tehran's airport", "Minsk's avenues": the site noun, which says where things happen."""
    head = tok.head
    if (
        tok.dep_ in ("poss", "compound")
        and head is not tok
        and (head.ent_type_ == "FAC" or head.lower_ in SITE_NOUNS)
    ):
        return head
    return tok


def is_dateline(span: Span) -> bool:
    """ "TEHRAN, Nov 17 (Wire) -": where the reporter files from, not the event place."""
    doc = span.doc
    if span.start in dateline_tokens(doc):
        return True
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
    """ "In Gilan province, the police chief said ...", "At X, witnesses said ...": a scene
    set before the subject."""
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (
        prep.head.i == verb.i
        and prep.lower_ in LOCATIVE
        and bool(subjects)
        and prep.i < min(subjects)
    )


def _is_active_reporting(tok: Token) -> bool:
    """An active reporting verb ("told reporters in Geneva"; not "were reported in X")."""
    if tok.lemma_ not in _REPORTING or tok.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _is_capital(entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether city ``entry`` is its country's capital."""
    return gazetteer.capital(entry.country) == entry.name


def _names_locality(noun: Token) -> bool:
    """ "suburb of Kollupitiya": one named part of a city, not its surroundings at large."""
    return noun.tag_ == "NN" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)
        for c in noun.children
    )


def is_coarse(span: Span) -> bool:
    """ "near X", "outside X", "X's suburbs", "took off from X": X's province, not X."""
    root = _site_anchor(span.root)
    if root.dep_ == "pobj" and root.head.lower_ in _NEAR_PREPS:
        return root.head.head.lower_ in _AIRBORNE  # "a border post near X" is at X
    if root.dep_ == "pobj" and root.head.lower_ == "from" and root.head.head.lemma_ in _LEAVING:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _AROUND_NOUNS:
        return True
    if root.dep_ in ("poss", "compound"):
        if _names_locality(root.head):
            return False  # "the Colombo suburb of Kollupitiya": a part of the city
        return root.head.lower_ in _AREA_NOUNS or any(
            c.lower_ in _AREA_NOUNS for c in root.head.children if c.dep_ in ("amod", "compound")
        )
    return False
