"""Subjects named by a role, for :class:`unrest.extract._names.Speakers`: the role
phrase as written, whether its head is definite, and the person a title or role noun
stands for ("the minister", "the official").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._attrib_one import glued
from unrest.extract._attrib_phrase import note_mark
from unrest.extract._names_index import _strip_det
from unrest.extract._names_local import local_place

if TYPE_CHECKING:
    from unrest.extract._names import Speakers


def definite(tok: Token, tokens: list[Token], kinds: bool = False) -> bool:
    """A definite head ("the organization", "the London-based group") with nothing
    after it and no possessor of its own; with ``kinds``, common nouns may tell
    its kind ("the Kurdish rights group")."""
    det = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")]
    if not det or (tokens and tokens[-1].i != tok.i):
        return False
    described = {
        t.i
        for c in tok.children
        if c.dep_ == "amod"
        or (kinds and c.dep_ == "compound" and all(t.pos_ != "PROPN" for t in c.subtree))
        for t in c.subtree
    }
    return all(t.i == tok.i or t.i in described or t.is_punct for t in tokens)


def person_before(sp: Speakers, tok: Token, lemma: str) -> str | None:
    """Who "the governor" or "the official" is: the last person who spoke before,
    one whose description holds the same noun, or any for a generic noun."""
    start = sp.window_start(tok.sent)
    spoke = [
        s
        for i, s in sp.history()
        if start <= i < tok.i and s.kind == "person" and (s.name or "").lower() != lemma
    ]
    if lemma in sp.lex.generic_person_nouns:
        return spoke[-1].name if spoke else None
    for source in reversed(spoke):
        if lemma in _role_words(source.text) + _role_words(source.name):
            return source.name
    return None


def _role_words(phrase: str | None) -> list[str]:
    """The words of a role phrase, a hyphenated title standing for its first word: the
    noun of "governor-general" or "commander-in-chief" is its first word, so "the
    governor" goes back to it; "vice-president" (a prefix before the noun) does not."""
    return [w.split("-")[0] for w in (phrase or "").lower().split()]


def person_role(sp: Speakers, tok: Token, tokens: list[Token]) -> str | None:
    """The person a title stands for ("the minister" -> the one minister named),
    else its fullest form in the article ("High Commissioner" -> "UN High ..."); not
    when the title comes with its own complement ("the Minister of Information"), nor
    a national holder's for a local office ("the city's prosecutor")."""
    words = {t.lower_ for t in tokens if t.dep_ in ("compound", "amod") or t.i == tok.i}
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None  # "a member of parliament": one of several, as written
    if (place := local_place(tok)) is not None:
        words.add(place.lower_)  # "the city's prosecutor": only a holder given that place
    holder = sp.names.holder_of(words, tok.i)
    if holder is not None:
        return holder
    if any(t.i > tok.i and t.lower_ == "of" and t.head.i == tok.i for t in tokens):
        return None  # "the Minister of Information": written out, not another minister's
    own = [t for t in tokens if t.i <= tok.i and not t.is_punct]
    return sp.names.fuller_title(own)


def role_tokens(sp: Speakers, tok: Token) -> list[Token]:
    """The subject phrase without determiners, clauses or appositions after a comma."""
    stop = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}
    right = tok.i
    for child in tok.rights:
        if child.dep_ in stop and not glued(child):  # "brother-in-law" goes on
            break
        right = max(right, child.right_edge.i)
    ends = (t.i for t in sp.doc[tok.i + 1 : right + 1] if t.text == "," or note_mark(t))
    comma = next(ends, None)
    if comma is not None:  # "a sociologist at a university, who asked ...": the role ends
        right = comma - 1
    return _strip_det(list(sp.doc[tok.left_edge.i : right + 1]))


def described_before(sp: Speakers, tok: Token, tokens: list[Token]) -> str | None:
    """Who "the deputy governor" is when a person named by a role holding all its
    words ("the deputy governor for security affairs announced") spoke before."""
    if not definite(tok, tokens, True):
        return None
    words = {t.lower_ for t in tokens if not t.is_punct}
    start = sp.window_start(tok.sent)
    for i, source in reversed(sp.history()):
        if not start <= i < tok.i or source.kind != "person" or not source.name:
            continue
        said = set((source.text or "").lower().split())
        if words <= said and source.name.lower() != (source.text or "").lower():
            return source.name
    return None
