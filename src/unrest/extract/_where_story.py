"""Article-level context for :mod:`unrest.extract.where`: datelines, paragraphs, story city.

- A *dateline* ("TEHRAN, Nov 17 (Wire) -", "DUBAI, United Arab Emirates (AP) —") says
  where the reporter files from; its toponyms are never event places, but a dateline
  city in the article's own country tells where the story is set.
- *Paragraphs* are the lines of the clean text: a sentence that names no place of its
  own inherits the place of its paragraph.
- The *story city* is the city that the article is about: the lead's city and a home
  dateline weigh double, and it must clearly outweigh every other city.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from spacy.tokens import Doc, Span

from unrest.nlp import is_month_name

__all__ = ["dateline_tokens", "paragraph_ids", "story_city"]

#: Tokens that close a dateline ("TEHRAN -", "KAZERUN, May 17 (IRNA) --").
_DATELINE_END = {"-", "--", "—", "–", "(", ":"}
#: A dateline is at most this many tokens before its closing dash.
_DATELINE_MAX = 10
#: Votes of the lead sentence's city and of a home dateline city.
LEAD_WEIGHT = 2.0
DATELINE_WEIGHT = 1.0
#: The story city needs this many votes, this share of all city votes and this many
#: times the votes of the runner-up.
_STORY_VOTES = 3.0
_STORY_SHARE = 0.4
_STORY_LEAD = 2.0


def _line_starts(doc: Doc) -> list[int]:
    """Indices of the tokens that begin a line of text."""
    starts = [0]
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            starts.append(tok.i + 1)
    return starts


def dateline_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens of every dateline in ``doc`` (cached on the Doc).

    A dateline begins a line with a word in capitals ("SANTIAGO") and ends, within
    a few tokens, at a dash or an opening bracket.
    """
    cached = doc.user_data.get("unrest.where.datelines")
    if cached is not None:
        return frozenset(cached)
    found: set[int] = set()
    for start in _line_starts(doc):
        if start >= len(doc):
            continue
        first = doc[start]
        if not (first.is_alpha and first.text.isupper() and len(first.text) > 2):
            continue
        if is_month_name(first.text):
            continue  # a timeline entry ("OCT. 25 - Protests resume ..."), not a place
        for i in range(start + 1, min(len(doc), start + _DATELINE_MAX)):
            if "\n" in doc[i].text:
                break
            if doc[i].text in _DATELINE_END:
                found.update(range(start, i))
                break
    doc.user_data["unrest.where.datelines"] = found
    return frozenset(found)


def paragraph_ids(doc: Doc, sents: list[Span]) -> list[int]:
    """The paragraph (line) number of each sentence of ``sents``."""
    starts = _line_starts(doc)
    return [bisect_right(starts, s.start) - 1 for s in sents]


def story_city(votes: Iterable[tuple[object, float]]) -> object | None:
    """The key with a clear majority of the ``(key, weight)`` votes, or None.

    It needs :data:`_STORY_VOTES` votes, a share of :data:`_STORY_SHARE` of all votes
    and :data:`_STORY_LEAD` times the votes of any other key.
    """
    totals: dict[object, float] = {}
    for key, weight in votes:
        totals[key] = totals.get(key, 0.0) + weight
    if not totals:
        return None
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    total = sum(totals.values())
    if top >= _STORY_VOTES and top >= _STORY_SHARE * total and top >= _STORY_LEAD * second:
        return best
    return None
