"""Relative clauses about a class of people (private to ``events``).

"*Those who* had set fire to public property would be dealt with decisively",
"no leniency for *those who* had attacked security forces", "*anyone who* joined
illegal gatherings": a relative clause on the bare pronoun "those" (or on
"anyone", "whoever") picks out whoever did something; it names nobody and
reports no occurrence of its own. On "those" the clause is only taken as such
when what is said of them is modal (a threat, a demand: "will be punished");
"those who set fire to the metro stations are not students" still tells of the
fire. A clause set in time ("most of those who were
detained *on Sunday*") does tell of an event, and is kept.

Reads the dependency tree and entity labels of the trigger's clause; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _modality as mod
from unrest.extract._events_clauses import GENERIC_HEADS

_CLASS_HEADS = GENERIC_HEADS | {"those"}
_TIME_ENTS = {"DATE", "TIME"}


def _relative_root(verb: Token) -> Token:
    """The first verb of a coordination ("had set fire ... and *attacked*" -> "set")."""
    cur = verb
    for _ in range(6):
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            break
        cur = cur.head
    return cur


def _said_with_modal(pronoun: Token) -> bool:
    """What the clause says of ``pronoun`` is modal: "those who ... *will be* punished",
    "no leniency *would* be shown to those who ...", "*could* face charges"."""
    main = mod.clause_verb(pronoun.head) if pronoun.head.i != pronoun.i else None
    if main is None:
        return False
    auxes = [c for c in main.children if c.dep_ in ("aux", "auxpass")]
    return any(c.tag_ == "MD" for c in auxes)


def class_of_people(verb: Token | None) -> bool:
    """``verb`` heads (or is coordinated with) a relative clause on "anyone",
    "whoever" ... whose words hold no date or time, or on "those" when what is
    said of them is modal ("those who *attacked* the police will be punished")."""
    if verb is None:
        return False
    root = _relative_root(verb)
    if root.dep_ != "relcl" or root.head.lower_ not in _CLASS_HEADS:
        return False
    if any(t.ent_type_ in _TIME_ENTS for t in root.subtree):
        return False
    return root.head.lower_ in GENERIC_HEADS or _said_with_modal(root.head)
