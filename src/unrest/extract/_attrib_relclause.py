"""A reporting relative clause the parser hung on a word after the trigger's noun.

Private helper of :mod:`unrest.extract.sources`. In "X called a strike on 23
October, which it said was observed in 40 cities" or "organised rallies,
including one on Monday that state television said drew thousands", the relative
clause that says who reports the event is attached to the date closing the
phrase, or to the "one" picking out a member of the trigger's set, both hung on
the verb whose object or subject the trigger is.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})
_MEMBER_PREPS = frozenset({"including", "among"})


def reporting_relatives(tok: Token) -> Iterator[Token]:
    """Relative clauses (their verbs) after the noun ``tok`` that describe it though
    the parser hung them on a date of its verb ("on Monday, which ...") or on "one"
    of "including one ..."."""
    if tok.dep_ not in _ARGUMENTS or tok.pos_ not in ("NOUN", "PROPN"):
        return
    verb = tok.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < tok.i:
            continue
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if not _describes(pobj, prep):
                continue
            yield from (c for c in pobj.children if c.dep_ == "relcl")


def _describes(pobj: Token, prep: Token) -> bool:
    """Whether a relative clause on ``pobj`` can only be about the event: ``pobj`` is
    the date of the event or a member of its set."""
    if prep.lower_ in _MEMBER_PREPS:
        return pobj.lower_ == "one"
    return pobj.ent_type_ == "DATE" and pobj.pos_ in ("PROPN", "NOUN", "NUM")
