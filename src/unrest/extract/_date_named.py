"""Dates of earlier dated nouns that a later clause points back to: "within days of that
uprising", "since the protests began" (after "the protests that erupted on 15
November"). Used by :mod:`unrest.extract.when`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._date_base import Interval, ending_by
from unrest.extract._date_syntax import relation

# Determiners that point back to a thing already named ("that uprising").
_POINTING = frozenset({"that", "this", "those", "these"})


def _pointed(noun: Token) -> bool:
    """Whether "that" or "this" determines ``noun``, or the phrase it is a compound of
    ("that revolt starting", parsed with "that" on the phrase's head)."""
    phrase = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    return any(c.dep_ == "det" and c.lower_ in _POINTING for t in phrase for c in t.children)


def named_back(sent: Span, head: Token, named: dict[str, list[Interval]]) -> Interval | None:
    """The date of an earlier dated noun that the trigger's clause points back to with
    "that" or "this" ("the November 2019 uprising ... within days of that uprising")."""
    for tok in sent:
        known = named.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if known and tok.i != head.i and _pointed(tok) and relation(tok, head, False) is not None:
            return known[-1]
    return None


def since_named(
    sent: Span, head: Token, named: dict[str, list[Interval]], now: Interval | None = None
) -> Interval | None:
    """The date of an earlier dated noun that an undated "since" clause of the trigger
    names ("since the protests began", after "the protests that erupted on 15 November"):
    where the span up to the sentence's "now" starts (a date after that "now" is another
    occurrence)."""
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ == "mark" and c.lower_ == "since" for c in tok.children
        ):
            continue
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        known = [
            dates[-1]
            for c in subjects
            if (dates := ending_by(named.get(c.lemma_.lower(), []), now))
        ]
        if known and relation(tok, head, False) is not None:
            return known[0]
    return None
