"""Capitalised words that look like towns but name something else, for
:mod:`unrest.extract._where_toponyms`:

- a *month* of a calendar the gazetteer does not know, between a day and a year
  ("Issued on 13 Mehr 1401", "on 4 Bahman"): "Mehr" and "Bahman" are also villages;
- a *name given* to a person in quotes ("asked to be identified as "Bahram"",
  "a protester we will call "Ilam""): a pseudonym, not where anything happened.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["not_a_place"]

#: Months of the Iranian solar calendar (Latin spellings), also said without a year.
_SOLAR_MONTHS = {
    "farvardin",
    "ordibehesht",
    "khordad",
    "tir",
    "mordad",
    "amordad",
    "shahrivar",
    "mehr",
    "aban",
    "azar",
    "dey",
    "dei",
    "bahman",
    "esfand",
}
#: Words after which a quoted name is one given to someone ("known as "X"").
_NAMING = {"as", "call", "called", "name", "named", "nickname", "nicknamed", "dub", "dubbed"}
_QUOTES = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "``", "''"}


def not_a_place(span: Span) -> bool:
    """Whether ``span`` is a calendar month or a name given in quotes, not a place."""
    return _calendar_month(span) or _given_name(span)


def _day_number(tok: Token) -> bool:
    """Whether ``tok`` is a day of a month written in digits ("13")."""
    return tok.text.isdigit() and 1 <= int(tok.text) <= 31


def _year_number(tok: Token) -> bool:
    """Whether ``tok`` is a year written in four digits ("1401", "2022")."""
    return tok.text.isdigit() and len(tok.text) == 4


def _calendar_month(span: Span) -> bool:
    """A one-word name after a day number and before a year ("13 Mehr 1401"), or a
    solar month after a day number ("on 4 Bahman")."""
    doc = span.doc
    if len(span) != 1 or span.start == 0 or not _day_number(doc[span.start - 1]):
        return False
    if span[0].lower_ in _SOLAR_MONTHS:
        return True
    return span.end < len(doc) and _year_number(doc[span.end])


def _given_name(span: Span) -> bool:
    """A name in quotes right after a naming word ("identified as "Bahram."")."""
    doc = span.doc
    before = span.start - 1
    if before < 1 or doc[before].text not in _QUOTES:
        return False
    if doc[before - 1].lower_ not in _NAMING:
        return False
    after = span.end
    while after < len(doc) and doc[after].is_punct and doc[after].text not in _QUOTES:
        after += 1  # a full stop or comma inside the quotes
    return after < len(doc) and doc[after].text in _QUOTES
