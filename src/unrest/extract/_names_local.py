"""Titles of a local office, for :func:`unrest.extract._names_roles.person_role`.

"The city's prosecutor", "Arak's prosecutor" and "the prosecutor of Arak" name the
office of a place below the country: a different office from a national title the
article gave a person ("Prosecutor General X"), so that holder's name does not carry
over; "Iran's foreign minister" (a country) and "the country's" still do. Reads the
dependency tree of the title and the gazetteer; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._gazetteer import PLACE_KIND_WORDS, default_gazetteer

#: Nouns of a place below the country; not "state", which is also the nation's.
_LOCAL_NOUNS = PLACE_KIND_WORDS - {"state"}


def local_place(title: Token) -> Token | None:
    """The place below the country that owns ``title`` as its possessor ("the city's",
    "Arak's") or "of" complement ("the prosecutor of Arak"), if any."""
    owners = [c for c in title.children if c.dep_ == "poss"]
    owners += [
        o for p in title.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
    ]
    return next((o for o in owners if o.dep_ in ("poss", "pobj") and _below_country(o)), None)


def _below_country(owner: Token) -> bool:
    """Whether ``owner`` is a place below the country: a noun of such a place ("city",
    "province") or a proper name the gazetteer knows as a province or a city."""
    if owner.pos_ != "PROPN":
        return owner.lemma_.lower() in _LOCAL_NOUNS
    name = " ".join(t.text for t in owner.subtree if t.dep_ != "case" and not t.is_punct)
    entry = default_gazetteer().resolve(name)
    return entry is not None and entry.kind != "country"
