"""Small marks around a speaker's name, for :mod:`unrest.extract._names`: a list or
section number glued before the subject ("4.3 A nurse ... said"), and a name the
speaker gave ("a resident who gave his name as Adel said"), which names a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.model import Source
from unrest.nlp import doc_text

if TYPE_CHECKING:
    from unrest.extract._attrib_refs import Candidate
    from unrest.extract._names import Speakers

_DOTTED = re.compile(r"^(\d+(\.\d+)+\.?|\d+[.)]|\(\d+\)|\(?[a-z][.)])$")
_ARTICLES = frozenset({"A", "An", "The"})
_GIVEN = frozenset({"name", "names"})
_IDENTIFIED = frozenset({"identified", "called", "named"})
_OPENING = re.compile(r"\s*[A-Z][\w.'’ -]{0,40}:\s")
_LABEL = re.compile(r"(?:^|\n)[A-Z][\w.'’ -]{0,40}:[ \t]*$")


def section_mark(tok: Token) -> bool:
    """A list or section number opening the sentence ("4.3", "2)", "(b)") before a
    capitalized article ("4.3 A nurse ..."), not a count ("3 residents said")."""
    if tok.i != tok.sent.start or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    if _DOTTED.match(tok.text):
        return nxt.text[:1].isupper()
    return tok.like_num and tok.text.isdigit() and nxt.text in _ARTICLES


def strip_marks(tokens: list[Token]) -> list[Token]:
    """``tokens`` without a leading list or section number."""
    while tokens and section_mark(tokens[0]):
        tokens = tokens[1:]
    return tokens


def given_name(tok: Token) -> bool:
    """Whether the name starting at ``tok`` is one a person gave or was known by:
    "gave his name as X", "identified only as X", "a woman called X"."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].lower_ != "as":
        back = doc[tok.i - 1] if tok.i >= 1 else None
        return back is not None and back.lower_ in ("called", "named") and back.tag_ == "VBN"
    before = doc[tok.i - 2]
    if before.lower_ in _GIVEN:
        return any(t.lemma_.lower() in ("give", "gave") for t in doc[max(0, tok.i - 5) : tok.i])
    if before.lower_ == "only":
        before = doc[tok.i - 3] if tok.i >= 3 else before
    return before.lower_ in _IDENTIFIED


def named_in_answer(sp: Speakers, pronoun: Token, candidates: Sequence[Candidate]) -> Source | None:
    """Whom "he" or "she" in an interview answer stands for when the answer itself
    names a person as a subject before it ("The Secretary-General, X, is following
    the situation. He regrets ..."): that person, not the one answering."""
    answer = next((a for a in sp.answers if a[0] <= pronoun.idx < a[1]), None)
    if answer is None or not verbatim(doc_text(sp.doc), answer[0]):
        return None
    doc = sp.doc
    own = sp.interviewee.name if sp.interviewee is not None else None
    local = [c for c in candidates if answer[0] <= doc[c.at].idx < pronoun.idx]
    local = [c for c in local if c.source.kind == "person" and c.source.name != own]
    found = sp.refs.person_for(pronoun, local)
    if found is None or found.kind != "person":
        return None
    return Source("person", found.name, pronoun.text)


def named_before(
    answers: Sequence[tuple[int, int]], at: int, speaker: Source | None, text: str
) -> bool:
    """Whether the answer holding offset ``at`` names ``speaker`` (a person "he" or
    "she" was resolved to) before it: the pronoun is theirs, not the interviewee's."""
    if speaker is None or speaker.kind != "person" or not speaker.name or not text:
        return False
    answer = next((a for a in answers if a[0] <= at < a[1]), None)
    last = speaker.name.split()[-1]
    if answer is None or not verbatim(text, answer[0]):
        return False
    return re.search(rf"\b{re.escape(last)}\b", text[answer[0] : at]) is not None


def member_of(tok: Token) -> Token | None:
    """The proper-named body a group of the writer's belongs to ("our colleagues at
    the Human Rights Office"): the object of its "at" or "from" phrase."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "from")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ == "PROPN" and obj.text[:1].isupper():
                return obj
    return None


def client_of(sp: Speakers, tok: Token) -> Source | None:
    """One person named by a role toward a named person ("the lawyer for footballer
    X", "the father of X"): "X's lawyer", not X, who is only the one represented."""
    lex = sp.lex
    roles = lex.informant_nouns | lex.person_nouns | lex.male_words | lex.female_words
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.lemma_.lower() not in roles:
        return None
    if tok.lower_ in lex.title_words:
        return None  # "the governor of X": a place or body, not a client
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "of")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            name = obj if obj.pos_ == "PROPN" else None
            if name is None and obj.pos_ == "NOUN":  # "for footballer X"
                name = next((a for a in obj.children if a.dep_ == "appos"), None)
                if name is not None and (name.pos_ != "PROPN" or name.left_edge.i != obj.i + 1):
                    name = None
            person = name is not None and (name.ent_type_ == "PERSON" or obj.pos_ == "NOUN")
            if name is None or not (person or sp.names.is_known_surname(name.text)):
                continue
            found = sp.speaker(name)
            if found is not None and found.kind == "person" and found.name:
                written = " ".join(tok.doc[tok.i : name.i + 1].text.split())
                return Source("person", f"{found.name}'s {tok.lower_}", written)
    return None


def verbatim(text: str, start: int) -> bool:
    """Whether the answer starting at ``start`` is a turn opened by its speaker's label
    ("Spokesperson: ..."), spoken word for word: there "he" and "she" are never the
    one speaking, as they may be in an answer the writer retells."""
    if _LABEL.search(text[max(0, start - 60) : start]) is not None:
        return True
    return _OPENING.match(text, start) is not None
