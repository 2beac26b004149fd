"""The country's highest court, and the capital where national bodies sit.

"The Supreme Court later upheld both sentences", "the verdicts were confirmed by the
Supreme Court": the court rules for the whole country, so its act takes the country
alone, whatever city the case came from (the convention of the newer gold sets). A place
named in the sentence ("upheld the sentences of three men in Shiraz") still comes first.
:func:`court_capital` gives the capital for bodies that meet there (parliament).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._gazetteer import Gazetteer
from unrest.model import Place

__all__ = ["court_capital", "top_court"]

#: Words that, on "court", name the country's highest court.
_TOP = {"supreme"}


def _is_top_court(tok: Token) -> bool:
    """Whether ``tok`` is "court" with "Supreme" on it ("the Supreme Court")."""
    return tok.lower_ == "court" and any(
        c.lower_ in _TOP and c.dep_ in ("compound", "amod") for c in tok.children
    )


def top_court(trigger: Span) -> bool:
    """Whether the highest court does what the trigger says ("the Supreme Court upheld
    the sentences", "sentences confirmed by the Supreme Court")."""
    root = trigger.root
    verbs = [root]
    if root.pos_ in ("NOUN", "PROPN") and root.dep_ in ("dobj", "nsubjpass"):
        verbs.append(root.head)  # "upheld both death sentences"
    for verb in verbs:
        for child in verb.children:
            if child.dep_ == "nsubj" and _is_top_court(child):
                return True
            if child.dep_ == "agent" and any(_is_top_court(o) for o in child.children):
                return True
    return False


def court_capital(gazetteer: Gazetteer, country: str | None) -> Place | None:
    """The capital city of ``country`` as a place, or None when the gazetteer lacks it."""
    name = gazetteer.capital(country) if country else None
    entry = gazetteer.resolve(name, prefer=country) if name else None
    if entry is None or entry.kind != "city" or entry.country != country:
        return None
    return entry.place(entry.name)
