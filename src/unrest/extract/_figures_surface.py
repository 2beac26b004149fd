"""Figures read from word order and quotation marks (private to ``figures``).

When the parser hangs a count away from the verb right before it ("killing at
least 16 people, the group said" parsed with "people" as the subject of "said"),
the verb that immediately precedes the count still says what happened to it.
Word order also tells a subset ("among them two teenagers") and a number
inside a chanted slogan.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from unrest.extract._figures_words import lemma_of as _lemma
from unrest.extract._figures_words import words as _words
from unrest.extract._numbers import NumberExpr

_OPEN_QUOTES = {"\u201c", "\u2018", "\u00ab"}
_CLOSE_QUOTES = {"\u201d", "\u2019", "\u00bb"}

KindOf = Callable[[Token], "str | None"]


def adjacent_kind(span: Span, num: NumberExpr, kind_of: KindOf) -> dict[str, Token]:
    """The kind of a verb right before a count ("killing at least 16 people"), or of an
    adjective closing it ("a figure of 61 dead", however the parser hung "dead")."""
    if num.first - 1 < span.start:
        return _closing_kind(span, num, kind_of)
    prev = span.doc[num.first - 1]
    if prev.pos_ != "VERB" and not prev.tag_.startswith("VB"):
        return _closing_kind(span, num, kind_of)
    kind = kind_of(prev)
    return {kind: prev} if kind else _closing_kind(span, num, kind_of)


def _closing_kind(span: Span, num: NumberExpr, kind_of: KindOf) -> dict[str, Token]:
    """``{kind: word}`` for a kind adjective right after a count that ends its phrase."""
    if num.end >= span.end:
        return {}
    nxt = span.doc[num.end]
    if nxt.pos_ != "ADJ" or (num.end + 1 < span.end and span.doc[num.end + 1].pos_ == "NOUN"):
        return {}  # "61 wounded protesters": the noun is what is counted
    kind = kind_of(nxt)
    return {kind: nxt} if kind else {}


def in_slogan(span: Span, num: NumberExpr) -> bool:
    """True when the number sits inside quotation marks of a chant or slogan."""
    opened = False
    for tok in span.doc[span.start : num.start]:
        if tok.text in _OPEN_QUOTES:
            opened = True
        elif tok.text in _CLOSE_QUOTES:
            opened = False
        elif tok.text == '"':
            opened = not opened
    if not opened:
        return False
    slogan = _words().slogan
    return any(_lemma(t) in slogan for t in span[: num.start - span.start])


def after_subset_pronoun(span: Span, num: NumberExpr) -> bool:
    """ "among them two teenagers": a subset of the people just counted."""
    if num.first - 2 < span.start:
        return False
    marker, pronoun = span.doc[num.first - 2], span.doc[num.first - 1]
    return pronoun.pos_ == "PRON" and _lemma(marker) in _words().subset


_AGE_WORDS = {"young", "old"}


def day_or_age(span: Span, num: NumberExpr) -> bool:
    """A day before or after a month ("on 16 and *17* November", "OCT. *1* - ...") or an
    age told as a bound ("children as young as *15*")."""
    doc = span.doc
    if num.end < len(doc):
        nxt = doc[num.end]
        if nxt.lower_ in _words().months and (nxt.is_title or nxt.lower_ != "may"):
            return True
    if num.first >= 1 and _after_month(doc[num.first - 1], doc[num.start].text):
        return True
    if num.first >= 2:
        before, word = doc[num.first - 1], doc[num.first - 2]
        return before.lower_ == "as" and word.lower_ in _AGE_WORDS
    return False


def _after_month(before: Token, text: str) -> bool:
    """A day of the month right after its capitalised name ("OCT. 1", "Nov. 4", "December
    8"), however the tagger labels it: a date, not a count."""
    if not (text.isdigit() and 1 <= int(text) <= 31):
        return False
    word = before.lower_
    if before.text == "." and before.i > 0 and not before.doc[before.i - 1].whitespace_:
        before = before.doc[before.i - 1]  # "OCT" "." split by the tokenizer
        word = before.lower_ + "."
    if not before.text[:1].isupper() or before.lower_ == "may":
        return False
    return word in _words().months


def among_kinds(prep: Token, kind_of: KindOf) -> dict[str, Token]:
    """What befell the group a count is placed among: "were among *those killed*",
    "among *the dead* were 19"."""
    kinds: dict[str, Token] = {}
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        for tok in obj.subtree:
            kind = kind_of(tok)
            if kind:
                kinds.setdefault(kind, tok)
    return kinds


_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her"}
_RATE_PREPS = {"to", "per", "against"}
_CURRENCIES = {"dollar", "euro", "pound", "rial", "toman"}


def year_or_rate(span: Span, num: NumberExpr) -> bool:
    """A year naming an event ("the *2018* Iranian truck drivers' strike") or an
    exchange rate ("the rial reached *90,000* to the dollar")."""
    doc = span.doc
    first = doc[num.start]
    text = first.text
    if num.qualifier is None and len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100:
        prev = doc[num.first - 1] if num.first > 0 else None
        nxt = doc[num.end] if num.end < len(doc) else None
        if prev is not None and prev.lower_ in _DETERMINERS:
            return True
        if nxt is not None and (nxt.ent_type_ == "NORP" or nxt.pos_ == "PROPN"):
            return True
    after = doc[num.end : min(num.end + 5, len(doc))]
    for i, tok in enumerate(after):
        if tok.lower_ in _RATE_PREPS:
            return any(_lemma(t) in _CURRENCIES for t in after[i + 1 : i + 4])
    return False


def named_one(rep: Token, noun: Token | None) -> bool:
    """One person whose name the text gives ("One man, *Javad Karimi*, was killed")."""
    head = noun if noun is not None else rep
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in head.children):
        return True
    return head.dep_ == "appos" and head.head.ent_type_ == "PERSON"


def in_attribution(start: Token) -> bool:
    """A count inside the source of a report: "according to *two relatives*", "according
    to *three officials*" counts the sources, not the people the report is about."""
    return any(anc.lower_ == "to" and anc.head.lower_ == "according" for anc in start.ancestors)
