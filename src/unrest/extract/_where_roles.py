"""Roles of toponyms for :mod:`unrest.extract._where_toponyms`.

A toponym names where the event happened (``event``), only a seat or a landmark
that locates something else (``weak``: "Tehran's prosecutor", "a prison south of
Tehran"), or no event place at all (``ignored``: a speaker's or a foreign body's
location, "-based", a news outlet, a dateline, a place a protest is in solidarity
with; see :mod:`._where_ignored`). "near X", "X's suburbs", "took off from X" make X
*coarse*: its province (see :mod:`._where_coarse`).
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Span, Token

from unrest.extract._gazetteer import Entry, Gazetteer
from unrest.extract._where_agent import (
    foreign_modifier,
    origin_of_people,
    sent_from,
    served_side,
)
from unrest.extract._where_among import listed_anchor
from unrest.extract._where_coarse import site_anchor
from unrest.extract._where_context import ROLE_NOUNS, SITE_NOUNS
from unrest.extract._where_history import measured_against
from unrest.extract._where_hospital import care_place
from unrest.extract._where_ignored import accused, cause, chanted, describes_person, names_media
from unrest.extract._where_roads import road_destination
from unrest.extract._where_story import dateline_tokens

__all__ = ["LOCATIVE", "Role", "is_dateline", "toponym_role"]

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


#: Nouns of a kind of place ("the port city of X").
_KIND_NOUNS = {"city", "town", "village", "province", "port", "county", "district"}
#: Nouns of an area a name can stand before ("the Puno region", "Fars province").
_AREA_NOUNS = {"region", "province", "county", "district"}


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
    while head.dep_ in ("prep", "compound", "pobj") and head.head.i != head.i:
        if head.dep_ == "prep":
            return head.head
        head = head.head
    return head


def toponym_role(span: Span, entry: Entry, home: str | None, gazetteer: Gazetteer) -> Role:
    """Whether ``span`` names where the event happened, a weak guess, or no event place."""
    root = site_anchor(span.root)
    doc = span.doc
    if (
        span.end < len(doc)
        and doc[span.end].text in ("-", "–")
        and not span[-1].whitespace_
        or span.end < len(doc)
        and doc[span.end].lower_.startswith("based")
        or is_dateline(span)
        or describes_person(root)
        or names_media(span.root)
        or root.dep_ == "pobj"
        and root.head.head.lemma_ == "base"
        or cause(root)
        or chanted(span)
        or measured_against(span.root)
        or sent_from(root)
        or road_destination(span.root)  # "the road to X": where the road leads
        or foreign_modifier(span.root, entry, home)
        or origin_of_people(span.root, entry, home)
        or served_side(span.root, entry, home)
        or home is not None
        and entry.country != home
        and accused(root)
    ):
        return "ignored"
    if _landmark(root) or care_place(root):
        return "weak"  # "a prison south of Tehran": Tehran only when nothing else is named
    if root.dep_ == "compound" and root.head.lower_ in _AREA_NOUNS and root.head.dep_ == "pobj":
        root = root.head  # "officials in the Puno region": the region is the pobj
    prep = root.head if root.dep_ == "pobj" else None
    gov = _governor(root) if prep is not None else root.head
    if prep is not None and gov.lower_ in _KIND_NOUNS and gov.dep_ == "pobj":
        if gov.head.dep_ == "prep":
            prep = gov.head  # "in the Sadra district of Shiraz": the scene is set by "in"
        gov = _governor(gov)  # "a commander in the port city of Chabahar": the commander
    foreign = home is not None and entry.country != home
    if (
        prep is not None
        and _is_active_reporting(gov)
        and (foreign or not _fronted(prep, gov))
        and listed_anchor(root) is None  # "..., they said, among them in X": the event's
    ):
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
    # "our colleagues at the rights office in X said": the seat of the speakers
    return head.dep_ == "pobj" and head.head.lower_ in _SPATIAL and not _speaker(head.head.head)


def _speaker(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a reporting verb ("colleagues ... said")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ in _REPORTING


def _works(tok: Token) -> bool:
    """Whether ``tok`` is (a compound word in) the name of a plant ("Tractor Works")."""
    for _ in range(4):
        if tok.lower_ in _WORKS_NOUNS:
            return True
        if tok.dep_ != "compound":
            return False
        tok = tok.head
    return False


def _landmark(tok: Token) -> bool:
    """A place that only locates another ("Qahderijan, west of Isfahan", "20 km north of X").

    "in the west of Tehran" (the compass word made definite) lies inside Tehran.
    """
    if tok.dep_ == "pobj" and tok.head.lower_ == "near":
        return _named_before(tok.head)  # "Kahriz Sang near Najafabad": at Kahriz Sang
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    compass = tok.head.head
    return compass.lower_ in _COMPASS and not any(
        c.dep_ == "det" or c.dep_ == "poss" for c in compass.children
    )


def _named_before(prep: Token) -> bool:
    """Whether a proper name stands right before ``prep`` ("Pakdasht, near ...")."""
    i = prep.i - 1
    if i >= 0 and prep.doc[i].text == ",":
        i -= 1
    return i >= 0 and prep.doc[i].pos_ == "PROPN"


def is_dateline(span: Span) -> bool:
    """ "TEHRAN, Nov 17 (Wire) -": where the reporter files from, not the event place."""
    doc = span.doc
    if span.start in dateline_tokens(doc):
        return True
    at_line_start = span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
    return at_line_start and span.text.isupper() and len(span.text) > 2


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
    """An active reporting verb ("told reporters in Geneva"; not "were reported in X",
    nor a participle on a noun, passive too: "closures reported in X")."""
    if tok.lemma_ not in _REPORTING or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return False
    return not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _is_capital(entry: Entry, gazetteer: Gazetteer) -> bool:
    """Whether city ``entry`` is its country's capital."""
    return gazetteer.capital(entry.country) == entry.name
