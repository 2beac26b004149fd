"""A quoted person described by a relative clause: the clause belongs to the description.

Private helper of :mod:`unrest.extract._quotes`. An unnamed speaker is often told
apart by what they did rather than by a role alone ("a woman who lost her sister
said", "a man who works in Dubai and asked not to be named said"): a restrictive
relative clause on the head noun (no comma before it) is part of who speaks, up to
the first coordinated clause (being unnamed is no part of who someone is).
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from unrest.model import Source

_WH = frozenset({"who", "whose", "whom"})


def with_clause(subj: Token, source: Source, anonymity: Collection[str] = ()) -> Source:
    """``source`` (the speaker ``subj`` names) with the restrictive relative clause on
    ``subj`` added to its description; ``source`` itself when there is none, when the
    speaker has a name of their own, when a modifier already describes the head ("a
    shopkeeper from X who ...", "a Tehran-based analyst who ..."), when the clause
    only places the speaker ("who was at the mosque", a copula) or only says the
    speaker stays unnamed (one of the ``anonymity`` phrases)."""
    if source.kind != "person" or not source.name or source.name != source.text:
        return source
    clause = _restrictive(subj)
    if clause is None or not _bare(subj, clause) or clause.lemma_.lower() == "be":
        return source  # "a shopkeeper who was at the mosque": where, as "at the mosque"
    words = [t for t in _clause_tokens(clause) if not t.is_space]
    said = _join(words).lower() if words else ""
    if not said or any(p in said for p in anonymity):
        return source
    name = f"{source.name} {_join(words)}"
    return Source("person", name, name)


def _restrictive(subj: Token) -> Token | None:
    """The relative clause opened by who/whose/whom right after ``subj``'s phrase, if
    no comma sets it apart."""
    for child in subj.rights:
        if child.dep_ != "relcl":
            continue
        first = child.left_edge
        if first.lower_ not in _WH and not any(t.lower_ in _WH for t in first.subtree):
            return None
        between = subj.doc[subj.i + 1 : first.i]
        if any(t.text in ",;:()—–-" or t.is_space for t in between):
            return None
        return child
    return None


def _bare(subj: Token, clause: Token) -> bool:
    """Whether ``subj`` has no modifier but a determiner or "one" ("a woman", "one
    lawyer"), and nothing after it but ``clause``."""
    for child in subj.children:
        if child.i == clause.i or child.is_punct:
            continue
        if child.i < subj.i and child.dep_ in ("det", "nummod", "quantmod"):
            continue
        return False
    return True


def _clause_tokens(clause: Token) -> list[Token]:
    """The clause's tokens up to its first coordinated clause or comma."""
    cut = {
        t.i
        for c in clause.children
        if c.dep_ in ("conj", "cc") and c.i > clause.i
        for t in c.subtree
    }
    found: list[Token] = []
    for tok in clause.subtree:
        if tok.i in cut or tok.text in (",", ";", ":"):
            if tok.i > clause.i:
                break
            continue
        found.append(tok)
    return found


def _join(tokens: list[Token]) -> str:
    """The tokens as written."""
    doc = tokens[0].doc
    return doc[tokens[0].i : tokens[-1].i + 1].text
