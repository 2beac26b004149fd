"""Headlines that assert events (private to ``events``).

A visible headline or sub-heading that states an occurrence ("Police kill three as
protests spread", "Kazakhstan says nearly 8,000 detained") is a mention like any
sentence of the body. Lines that only label what follows are not: section labels
without a verb ("Strikes", "Death toll: competing figures"), the writer's own
framing ("Deaths we have documented", "what we know so far") and list items that
continue a list (ending in ";" or ":").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from unrest.nlp import doc_text

__all__ = ["asserting_headline", "headline_sentence", "is_headline"]

_HEADLINE_WORDS = 25
_CITATIONS = re.compile(r"(?:\[(?:\d+|[a-z][a-z ]*)\])+$")  # "...earlier.[25]", "[citation needed]"

_FIRST_PERSON = {"we", "our", "us", "i", "my", "ours"}
_LIST_ENDS = (";", ":", ",")
_FINITE = {"VBD", "VBZ", "VBP", "VBN", "VBG"}
_MIN_WORDS = 3  # "Strikes", "Arrests": a one- or two-word line labels a section


def asserting_headline(line: Span) -> bool:
    """``line`` (a headline, see :func:`is_headline`) states an event rather than
    labelling a section: it has a verb of its own, does not speak for the writer,
    and is not an item of a running list."""
    text = line.text.rstrip()
    if not text or text.endswith(_LIST_ENDS):
        return False
    words = [t for t in line if not (t.is_punct or t.is_space)]
    if len(words) < _MIN_WORDS or any(t.lower_ in _FIRST_PERSON for t in words):
        return False
    return any(_predicate(t) for t in line)


def _predicate(tok: Token) -> bool:
    """A verb form that can carry a headline's claim ("protests *spread*", "104
    *killed*"); a participle modifying a noun ("*detained* protesters") cannot."""
    if tok.pos_ not in ("VERB", "AUX") or tok.tag_ not in _FINITE | {"VB"}:
        return False
    return tok.dep_ not in ("amod", "compound")


def is_headline(sent: Span) -> bool:
    """A headline or sub-heading: a short line of its own with no closing punctuation
    ("Police kill three as protests spread")."""
    text = _CITATIONS.sub("", sent.text.strip()).rstrip()
    if not text or text[-1] in ".!?\"\u201d\u2019')":
        return False
    full = doc_text(sent.doc)
    alone = _line_starts(full, sent.start_char) and _line_ends(full, sent.end_char)
    return alone and len([t for t in sent if not t.is_punct]) <= _HEADLINE_WORDS


def _line_starts(text: str, at: int) -> bool:
    """Whether only spaces and tabs stand between the start of a line and ``at``."""
    k = at - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] == "\n"


def _line_ends(text: str, at: int) -> bool:
    """Whether only spaces and tabs stand between ``at`` and the end of its line."""
    k = at
    while k < len(text) and text[k] in " \t":
        k += 1
    return k == len(text) or text[k] == "\n"


def headline_sentence(sent: Span) -> bool:
    """``sent`` is a headline that asserts events, whose simple present tells a past
    occurrence ("Farmers *rally* over water", "Police *fire* tear gas"), not a habit."""
    start, end = sent.start, sent.end
    while end > start and sent.doc[end - 1].is_space:
        end -= 1
    line = sent.doc[start:end]
    return is_headline(line) and asserting_headline(line)
