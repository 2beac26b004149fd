"""What "the office" refers back to when the article named it by its role.

Private helper of :mod:`unrest.extract._names`: "the public relations office of X
police said ... the office said" takes the fuller role-named organization that
spoke before, which the index of capitalized names cannot hold.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_GENERIC_HEADS = frozenset({"organization", "organisation", "group", "body", "watchdog", "ngo"})


def role_org_before(sp: Speakers, tok: Token, head: str) -> str | None:
    """The last organization named by its role ("the provincial security council")
    that spoke (or was cited: "according to X") in the sentences before ``tok`` and
    whose name holds ``head``."""
    named = [i for i, n in sp.names.named_orgs if i < tok.i and head in n.lower().split()]
    for at, source in _spoke_before_at(sp, tok):
        words = source.name.lower().split() if source.name else []
        if source.name and source.name[:1].islower() and head in words and len(words) > 1:
            if named and named[-1] > at:
                return None  # a council named by its name since: "the council" is that one
            return source.name
    return _written_before(sp, tok, head)


def _written_before(sp: Speakers, tok: Token, head: str) -> str | None:
    """The last fuller role-named organization with the same head written before ``tok``
    ("the judiciary's news website ... the website"), whether or not it spoke."""
    for t in reversed(sp.doc[sp.window_start(tok.sent) : tok.i]):
        if t.lemma_.lower() != head or not any(c.dep_ == "poss" for c in t.children):
            continue
        found = sp.speaker(t)
        words = (found.name or "").lower().split() if found is not None else []
        if found is not None and found.kind == "organization" and len(words) > 1:
            return found.name
    return None


def spoken_org_before(sp: Speakers, tok: Token, head: str) -> str | None:
    """The last organization that spoke or was cited before ``tok``, for a generic
    head ("Hengaw, a Kurdish rights group, said ... The group also said")."""
    if head not in _GENERIC_HEADS:
        return None
    return next((s.name for s in _spoke_before(sp, tok) if s.name), None)


def _spoke_before(sp: Speakers, tok: Token) -> list[Source]:
    """Organizations that spoke or were cited in the sentences before ``tok``, latest first."""
    return [s for _, s in _spoke_before_at(sp, tok)]


def _spoke_before_at(sp: Speakers, tok: Token) -> list[tuple[int, Source]]:
    """(where, who) of the organizations of :func:`_spoke_before`, latest first."""
    start = sp.window_start(tok.sent)
    spoke = [(i, s) for i, s in sp.history() if start <= i < tok.i]
    for t in sp.doc[start : tok.i]:
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
            found = sp.speaker(t)  # "according to the public relations office of ..."
            if found is not None:
                spoke.append((t.i, found))
    ordered = sorted(spoke, key=lambda pair: -pair[0])
    return [(i, s) for i, s in ordered if s.kind == "organization"]


def spoken_since(sp: Speakers, tok: Token, head: str, name: str) -> str:
    """``name`` (the organization the article described as a ``head``: "X, an
    opposition group") unless another organization spoke or was cited after that
    description and before ``tok`` ("... according to Y. The group said": Y)."""
    if head not in _GENERIC_HEADS or head in name.lower().split():
        return name
    at = max((i for i, n, k in sp.names.kinds if n == name and k == head and i < tok.i), default=-1)
    named = {n for _, n in sp.names.named_orgs}
    latest = next(((i, s) for i, s in _spoke_before_at(sp, tok) if s.name in named), None)
    if latest is None or latest[0] <= at or _modified(tok):
        return name  # "the Kurdish rights group": the description it repeats
    return latest[1].name or name


def _modified(noun: Token) -> bool:
    """Whether ``noun`` carries a modifier of its own ("the Kurdish rights group")."""
    return any(c.dep_ in ("amod", "compound", "nmod") for c in noun.children)
