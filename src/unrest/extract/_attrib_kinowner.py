"""Relatives and lawyers of a person, as sources: named or nobody in particular according
to whether the text names the person they belong to.

The conventions (dev3-dev7 harmonised, GUIDELINES section 5) keep "relatives, lawyers and
colleagues of a person the text names" as sources named as written ("Rex Masai's
mother", "Kian Pirfalak's mother", "the footballer's lawyer") and make those of an
anonymous person nobody in particular ("his lawyer said" of an unnamed rapper, "according
to their lawyers" of "several people"). Relatives speaking as a group ("his family",
"his relatives") are nobody in particular either way (dev16-dev20).

A source written as "his"/"her"/"their" and a kin noun or a lawyer is decided by whom the
pronoun stands for: a person the text names by a proper name, or not. Reads the Speakers
of :mod:`unrest.extract._names`; writes nothing.
"""

from __future__ import annotations

from functools import lru_cache
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
_COUNSEL = frozenset({"lawyer", "lawyers", "attorney", "attorneys"})


def _owned(source: Source, nouns: frozenset[str], owners: frozenset[str]) -> tuple[str, str] | None:
    """(pronoun, noun) of a source named "his mother", "their lawyers" (not one the text
    gave a name: "His lawyer, Nasser Hosseini, said ... according to his lawyer")."""
    words = (source.name or "").split()
    if len(words) != 2 or words[0].lower() not in owners or words[1].lower() not in nouns:
        return None
    return words[0].lower(), words[1].lower()


@lru_cache(maxsize=4)
def _one_relative(private_people: frozenset[str], kin_groups: frozenset[str]) -> frozenset[str]:
    """The singular nouns of one private person's relative ("mother", "brother"), built
    once per lexicon rather than at every source."""
    return frozenset(w for w in private_people - kin_groups if not w.endswith("s"))


def kin_of_named(sp: Speakers, source: Source, near: Token) -> bool:
    """Whether ``source`` ("his mother", "her sister", found near the trigger ``near``)
    is one relative of a person the text names by a proper name."""
    words = _owned(source, _one_relative(sp.lex.private_people, sp.lex.kin_groups), _OWNERS)
    return words is not None and _owner_named(sp, *words, near) is True


def counsel_of_anonymous(sp: Speakers, source: Source, near: Token) -> bool:
    """Whether ``source`` ("his lawyer", "their lawyers") is the lawyer of someone the
    text does not name."""
    words = _owned(source, _COUNSEL, _OWNERS | {"their"})
    return words is not None and _owner_named(sp, *words, near) is False


def _owner_named(sp: Speakers, owner: str, noun: str, near: Token) -> bool | None:
    """Whether the pronoun ``owner`` of the phrase nearest ``near`` stands for a person
    named by a proper name; None when the phrase is not found or the pronoun stands for
    nobody in the sentences before it."""
    pronoun = _phrase_near(sp, owner, noun, near)
    if pronoun is None:
        return None
    start = sp.window_start(pronoun.sent)
    named = _named_persons(sp, start, pronoun.i)
    found = sp.refs.person_for(pronoun, [*person_candidates(sp, pronoun.i, start), *named])
    if found is None:
        return None  # nobody before it: a person the text followed from further back
    if found.kind != "person" or not found.name:
        return False
    return found.name in {c.source.name for c in named}


def _phrase_near(sp: Speakers, owner: str, noun: str, near: Token) -> Token | None:
    """The owning pronoun of the phrase nearest the trigger ``near``."""
    found = [
        c
        for t in sp.doc
        if t.lower_ == noun
        for c in t.children
        if c.dep_ == "poss" and c.lower_ == owner
    ]
    return min(found, key=lambda c: abs(c.i - near.i), default=None)


def _named_persons(sp: Speakers, start: int, at: int) -> list[Candidate]:
    """Persons named by a proper name the tagger takes for one, in ``[start, at)``,
    wherever they stand in their clause ("The boy killed in Izeh is Kian Pirfalak")."""
    found = []
    for i, name in sp.names.persons:
        if start <= i < at and sp.doc[i].ent_type_ == "PERSON":
            head = sp.doc[min(i + len(name.split()), len(sp.doc)) - 1]
            found.append(Candidate(i, Source("person", sp.names.fullest_person(name, i)), head))
    return found
