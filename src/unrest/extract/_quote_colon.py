"""Quotations introduced by a colon with no reporting verb.

Private helper of :mod:`unrest.extract._quotes`: in live notes, transcripts and
briefs a quotation often follows a phrase that names its speaker and ends with a
colon, with no verb of saying ("Our reporter Jane Doe is at the square: "…"",
"A caller who gives her name as Mina, a nurse: "…""). The person named in that
phrase speaks the quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from unrest.extract._lexicon import Lexicon
from unrest.nlp import doc_text

_QUOTE_MARKS = '"“”«»„'
_MAX_WORDS = 25  # a longer lead-in is a sentence of its own, not an introduction


def _colon_before(doc: Doc, open_at: int) -> Token | None:
    """The colon token just before the opening mark at ``open_at`` (only spaces between)."""
    text = doc_text(doc)
    head = text[:open_at].rstrip(" \t")
    if not head.endswith(":"):
        return None
    span = doc.char_span(len(head) - 1, len(head), alignment_mode="expand")
    # "(his brother):" may end in one token "):", which spaCy reads as an emoticon
    return span[0] if span is not None and span[0].text in (":", "):") else None


def lead_in(doc: Doc, open_at: int, above: bool = True) -> list[Token]:
    """The words of the phrase ending with a colon right before the opening mark at
    ``open_at``, from the start of its sentence or line, or of a label line just above
    a quotation opening its line (with ``above``); empty when there is none, or when
    it quotes or runs too long."""
    colon = _colon_before(doc, open_at)
    if colon is None:
        return label_line(doc, open_at) if above else []
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    words = [t for t in doc[colon.sent.start : colon.i] if t.idx >= line_start and not t.is_space]
    if not words or any(ch in t.text for t in words for ch in _QUOTE_MARKS):
        return []
    if sum(1 for t in words if not t.is_punct) > _MAX_WORDS:
        return []
    return words


def named_in(words: list[Token]) -> list[Token]:
    """Candidate speakers of a lead-in, best first: the last word of each person's name,
    then the subject of a clause ("a caller who gives her name as X")."""
    lasts = [
        t
        for t in words
        if t.ent_type_ == "PERSON" and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")
    ]
    subjects = [  # the parser may hang the lead-in's subject on the quoted clause
        t for t in words if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN")
    ]
    return lasts + [t for t in subjects if t not in lasts]


def label_line(doc: Doc, open_at: int) -> list[Token]:
    """The words of the line just above a quotation that opens its line, when that line
    is a label, not a sentence: short, with no closing stop and no quote marks ("Source
    A: a message from a student in X, sent on 29 December")."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, open_at) + 1
    if text[line_start:open_at].strip():
        return []
    above = text[:line_start].rstrip()
    start = above.rfind("\n") + 1
    line = above[start:].strip()
    if not line or line.endswith((".", "!", "?", ":", ";")) or any(c in line for c in _QUOTE_MARKS):
        return []
    span = doc.char_span(start, len(above), alignment_mode="expand")
    words = [t for t in span if not t.is_space] if span is not None else []
    return words if 0 < sum(1 for t in words if not t.is_punct) <= _MAX_WORDS else []


def role_in(words: list[Token], lex: Lexicon) -> list[Token]:
    """Nouns of a lead-in naming one person by a role or kinship, in order: the sender
    of a message ("a message from a teacher in X"), a role in brackets or apposition
    ("Family's words (his brother)"), or a label that is only the role ("a teacher in
    X, in an interview")."""
    people = (
        lex.person_nouns | lex.informant_nouns | lex.kin_groups | lex.male_words | lex.female_words
    )
    return [
        t
        for t in words
        if t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.lemma_.lower() in people
        and (t.dep_ in ("appos", "ROOT") or (t.dep_ == "pobj" and t.head.lower_ == "from"))
    ]
