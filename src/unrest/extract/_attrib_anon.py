"""Anonymous private people as sources: ``unnamed``, not a person or an organization.

The newest conventions (GUIDELINES section 5 "witnesses said"; dev10 convention 7,
dev12, dev16-dev18 conventions) credit relatives, families, residents, witnesses,
shopkeepers and other private people the text does not name to nobody in
particular: "his relatives said", "a relative told us", "one resident said", "an
eyewitness said", "the mother of one victim said". Officials known by their role
("the city's prosecutor") stay persons, groups of officials organizations, and a
relative identified through a named person ("Sara Ahmadi's mother") stays a person.
"""

from __future__ import annotations

import re

from unrest.model import Source

# Words after which a role phrase goes on to qualify its head ("mother of one victim").
_QUALIFIERS = re.compile(r"\s+(?:of|in|from|at|who|whose|with|near)\s|,")
_DETERMINERS = frozenset({"a", "an", "the", "one", "his", "her", "their", "its", "another"})


def _head_phrase(name: str) -> list[str]:
    """The words of ``name`` up to its head noun ("one resident" of "one resident of X")."""
    return _QUALIFIERS.split(name, maxsplit=1)[0].split()


def private_person(name: str, private: frozenset[str]) -> bool:
    """Whether ``name`` (a source named by its role) is a private person nobody names:
    its head is one of the ``private`` nouns (kin, bystanders) and nothing before it is
    a proper name."""
    words = _head_phrase(name)
    if not words or words[-1].lower() not in private:
        return False
    before = [w for w in words[:-1] if w.lower() not in _DETERMINERS]
    return not any(w[:1].isupper() for w in before)  # "Sara Ahmadi's mother": a person


def anonymised(source: Source, private: frozenset[str]) -> Source:
    """``source`` as nobody in particular when it names a private person by role only."""
    if source.kind not in ("person", "organization") or source.name is None:
        return source
    if not private_person(source.name, private):
        return source
    return Source("unnamed", None, source.text)
