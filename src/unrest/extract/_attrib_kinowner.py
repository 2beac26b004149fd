"""One relative of a person the text names, as a source: "Rex Masai was shot ... His
mother told reporters he had been hit by a police bullet" is the named man's mother, a
person named as written, not nobody in particular.

The conventions make relatives of an anonymous person nobody in particular ("his
mother" of an unnamed young man) and relatives speaking as a group ("his family", "his
relatives") nobody in particular too (dev16-dev20), but keep one relative of a person
the text names ("Rex Masai's mother", "Kian Pirfalak's mother", GUIDELINES section 5:
an unnamed single person is a person named as written). A singular kin noun owned by
"his" or "her" is such a relative when the pronoun stands for a person the text names
by a proper name. Reads the Speakers of :mod:`unrest.extract._names`; writes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._attrib_refs import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    Candidate,
    person_candidates,
)
from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_OWNERS = MALE_PRONOUNS | FEMALE_PRONOUNS


def _kin_words(sp: Speakers, source: Source) -> tuple[str, str] | None:
    """(pronoun, kin noun) of a source written "his mother", "her sister"."""
    words = (source.text or source.name or "").split()
    if len(words) != 2 or words[0].lower() not in _OWNERS:
        return None
    kin = words[1].lower()
    if kin not in sp.lex.private_people or kin in sp.lex.kin_groups or kin.endswith("s"):
        return None  # "his family", "her parents": a group, nobody in particular
    return words[0].lower(), kin


def _phrase_near(sp: Speakers, owner: str, kin: str, near: Token) -> Token | None:
    """The owning pronoun of the kin phrase nearest the trigger ``near``."""
    found = [
        c
        for t in sp.doc
        if t.lower_ == kin
        for c in t.children
        if c.dep_ == "poss" and c.lower_ == owner
    ]
    return min(found, key=lambda c: abs(c.i - near.i), default=None)


def kin_of_named(sp: Speakers, source: Source, near: Token) -> bool:
    """Whether ``source`` ("his mother", "her sister", found near the trigger ``near``)
    is one relative of a person the text names by a proper name."""
    words = _kin_words(sp, source)
    if words is None:
        return False
    pronoun = _phrase_near(sp, *words, near)
    if pronoun is None:
        return False
    start = sp.window_start(pronoun.sent)
    named = _named_persons(sp, start, pronoun.i)
    found = sp.refs.person_for(pronoun, [*person_candidates(sp, pronoun.i, start), *named])
    if found is None or found.kind != "person" or not found.name:
        return False
    return found.name in {c.source.name for c in named}


def _named_persons(sp: Speakers, start: int, at: int) -> list[Candidate]:
    """Persons named by a proper name the tagger takes for one, in ``[start, at)``,
    wherever they stand in their clause ("The boy killed in Izeh is Kian Pirfalak")."""
    found = []
    for i, name in sp.names.persons:
        if start <= i < at and sp.doc[i].ent_type_ == "PERSON":
            head = sp.doc[min(i + len(name.split()), len(sp.doc)) - 1]
            found.append(Candidate(i, Source("person", sp.names.fullest_person(name, i)), head))
    return found
