"""What "the preacher" stands for when the article never used that word before.

Private helper of :mod:`unrest.extract._names`. A report may introduce its
speaker by a long role description ("the interim head of the city council of X
said ...") and then refer to that person with a new, shorter role noun that
the article never wrote before ("the chairman said"). A bare definite role noun
without an antecedent of its own stands for the last person who spoke, when
that person was named by a role description rather than a proper name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._names_interview import inside

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_MIN_DESCRIPTION_WORDS = 2  # "deputy governor": a description, not a bare noun


def lead_speaker(sp: Speakers, tok: Token, tokens: list[Token]) -> str | None:
    """The role description of the last person who spoke before the article first
    wrote the bare definite role noun ``tok`` ("the preacher", ``tokens`` its phrase),
    when that person has no proper name; the later uses of the noun stand for the same."""
    if not _bare_definite(tok, tokens) or inside(sp.refs.quoted(), tok.idx):
        return None  # not "the foreman" in a speaker's own words
    first = _first_use(tok)
    if first.i != tok.i and not _after_the(first):
        return None  # "a preacher from X ... the preacher": it has an antecedent
    spoke = [s for i, s in sp.history() if i < first.i]
    if not spoke or spoke[-1].kind != "person":
        return None
    name = spoke[-1].name or ""
    if not _described(name):
        return None
    if tok.lower_ in name.lower().split():
        return None  # "the governor of X ... the governor": other rules know that one
    if _other_role(tok, name, sp.lex.person_nouns):
        return None  # "the prosecutor's representative said ... the judge": someone else
    return name


def _other_role(tok: Token, name: str, nouns: frozenset[str]) -> bool:
    """Whether ``tok`` and the description ``name`` each name a known kind of person
    ("judge", "representative"), and different kinds: two people, not one."""
    if tok.lemma_.lower() not in nouns:
        return False
    words = {w.lower().removesuffix("'s").removesuffix("’s") for w in name.split()}
    return bool(words & nouns)


def _bare_definite(tok: Token, tokens: list[Token]) -> bool:
    """Whether ``tok`` is a lone lower-case singular noun after "the" ("the preacher")."""
    words = [t for t in tokens if not t.is_punct and t.dep_ != "det"]
    if len(words) != 1 or words[0].i != tok.i or not tok.text.islower():
        return False
    if tok.tag_ != "NN":
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _after_the(tok: Token) -> bool:
    """Whether ``tok`` comes right after "the", however the parser attached it."""
    return tok.i > 0 and tok.doc[tok.i - 1].lower_ == "the"


def _first_use(tok: Token) -> Token:
    """The first token of the article with the same noun as ``tok``."""
    lemma = tok.lemma_.lower()
    return next(
        t for t in tok.doc[: tok.i + 1] if t.lemma_.lower() == lemma or t.lower_ == tok.lower_
    )


def _described(name: str) -> bool:
    """Whether a speaker's name is a role description as written ("interim prayer
    leader of X"), not a proper name ("Ali Rezaei") nor a bare noun."""
    words = name.split()
    return len(words) >= _MIN_DESCRIPTION_WORDS and name[:1].islower()
