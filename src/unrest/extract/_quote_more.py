"""Quotations in reported speech and over several paragraphs.

Private helper of :mod:`unrest.extract._quotes` and :func:`unrest.extract.sources.find_quotes`:
words quoted inside what someone is reported to have said are that someone's ("a
spokeswoman said the government condemned it "in the strongest terms""), and a
quotation whose paragraphs each reopen with a mark is listed once per paragraph.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from unrest.extract._lexicon import Lexicon
from unrest.nlp import doc_text

# A paragraph break followed by a mark that reopens the quotation.
_REOPEN = re.compile(r"\s*\n\s*[\"“«„]\s*")
_OUTER = frozenset({"say", "tell", "state", "add", "announce", "declare", "write"})


def outer_reporter(verb: Token, lex: Lexicon, open_at: int, close_at: int) -> Token | None:
    """The saying verb whose complement holds ``verb`` ("said [the government condemned
    it "…"]"), outside the quotation, if there is one."""
    tok = verb
    while tok.dep_ in ("ccomp", "conj", "acl") and tok.head.i != tok.i:
        up = _statement_verb(tok) if tok.dep_ == "acl" else tok.head
        if up is None or _semicolon_between(tok, up):
            return None
        tok = up
        lemma = tok.lemma_.lower()
        if lemma in _OUTER and lemma in lex.reporting_verbs and not open_at <= tok.idx < close_at:
            return tok
    return None


def _semicolon_between(clause: Token, verb: Token) -> bool:
    """Whether a semicolon parts ``clause`` from the ``verb`` the parser hung it on
    ("X blamed "…"; his family told ..."): two sentences joined, not a reported clause."""
    lo, hi = sorted((clause.i, verb.i))
    return any(t.text == ";" for t in clause.doc[lo:hi])


def _statement_verb(clause: Token) -> Token | None:
    """The verb of "said in a statement [that X had ...]" when the parser hung the
    that-clause on the noun of the prepositional phrase: the verb, else None."""
    noun = clause.head
    if clause.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None  # "a statement issued by X": no reported clause
    return noun.head.head


def per_paragraph(text: str, start: int) -> list[tuple[str, int, int]]:
    """(text, start, end) of each paragraph of a quotation that reopens its marks at each
    new paragraph; one piece when it does not."""
    pieces: list[tuple[str, int, int]] = []
    at = 0
    for m in _REOPEN.finditer(text):
        piece = text[at : m.start()].rstrip()
        if piece:
            pieces.append((piece, start + at, start + at + len(piece)))
        at = m.end()
    piece = text[at:]
    if piece.strip():
        pieces.append((piece, start + at, start + at + len(piece)))
    return pieces or [(text, start, start + len(text))]


def np_after_close(verb: Token, close: int) -> Token | None:
    """The noun phrase right after a closing mark that a later reporting verb of the
    sentence speaks through (""…," a man from X, as the town is called, told Y"), when
    the parser hung it elsewhere: its head noun."""
    doc = verb.doc
    if verb.idx <= close or doc_text(doc)[close - 1 : close] not in (",", "!", "?"):
        return None  # only after a quotation closed as an attribution opens: "…," a man
    for tok in doc[verb.sent.start : verb.i]:
        if tok.idx <= close or tok.is_punct or tok.is_space:
            continue
        if tok.pos_ not in ("DET", "ADJ", "NUM", "NOUN", "PROPN"):
            return None
        if tok.pos_ in ("NOUN", "PROPN"):
            while tok.dep_ in ("compound", "poss") and tok.head.i > tok.i:
                tok = tok.head  # "the group's spokesman": the spokesman
            return tok if tok.i < verb.i and tok.pos_ in ("NOUN", "PROPN") else None
    return None


def chanters(verb: Token, at: int) -> bool:
    """Whether the quotation opening at offset ``at`` lies in the subject of the chant
    verb ``verb`` ("the leader said "a few students" had chanted ..."): the quoted
    words name who chants, and are no slogan."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.dep_ == "nsubjpass" for c in subjects):
        return False  # ""Death to X" was chanted": what is chanted
    if len(subjects) != 1:
        return False  # ""Death to X," the crowd chanted": the slogan parsed as a subject
    first, last = subjects[0].left_edge, subjects[0].right_edge
    return first.idx - 1 <= at < last.idx + len(last.text)
