"""Text folding, word tokens, evidence overlap and one-to-one matching."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TypeVar

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u02bc": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")

A = TypeVar("A")
B = TypeVar("B")


def fold(text: str) -> str:
    """Fold a text for comparison.

    Unicode NFKC, curly quotes and apostrophes to straight ones, dashes to ``-``,
    runs of white space to one space, lower case; leading and trailing space removed.
    """
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)
    text = _DASHES.sub("-", text)
    text = _SPACE.sub(" ", text)
    return text.strip().lower()


def word_tokens(text: str) -> list[str]:
    """The word tokens (runs of letters, digits and underscores) of the folded text."""
    return _WORD.findall(fold(text))


def shared_tokens(a: Sequence[str], b: Sequence[str]) -> int:
    """How many tokens two token lists share, counted as a multiset."""
    return sum((Counter(a) & Counter(b)).values())


def overlap_ratio(a: Sequence[str], b: Sequence[str]) -> float:
    """Shared tokens over the length of the shorter token list (0.0 if either is empty)."""
    shorter = min(len(a), len(b))
    if shorter == 0:
        return 0.0
    return shared_tokens(a, b) / shorter


def overlaps(a: Sequence[str], b: Sequence[str]) -> bool:
    """True when the token lists share at least half of the shorter one's tokens."""
    return overlap_ratio(a, b) >= 0.5


def last_word(name: str | None) -> str | None:
    """The last word token of a folded name, or None for an empty or missing name."""
    if not name:
        return None
    words = word_tokens(name)
    return words[-1] if words else None


def names_match(gold: str | None, pred: str | None) -> bool:
    """Two names match when their folded last words are equal (both must be present)."""
    g, p = last_word(gold), last_word(pred)
    return g is not None and g == p


def match_one_to_one(
    golds: Sequence[A],
    preds: Sequence[B],
    gold_tokens: Callable[[A], Sequence[str]],
    pred_tokens: Callable[[B], Sequence[str]],
    compatible: Callable[[A, B], bool],
) -> list[tuple[int, int]]:
    """Pair gold and predicted items one-to-one, best overlap first.

    A candidate pair must be ``compatible`` and its tokens must overlap (see
    :func:`overlaps`).  Candidates are taken greedily by overlap ratio, then by
    number of shared tokens, then by closeness of length, then by gold and
    predicted position, so the result is deterministic.  Returns
    ``(gold_index, pred_index)`` pairs sorted by gold index.
    """
    g_toks = [list(gold_tokens(g)) for g in golds]
    p_toks = [list(pred_tokens(p)) for p in preds]
    candidates: list[tuple[float, int, int, int, int]] = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if not compatible(gold, pred):
                continue
            shorter = min(len(g_toks[gi]), len(p_toks[pi]))
            if shorter == 0:
                continue
            shared = shared_tokens(g_toks[gi], p_toks[pi])
            if shared / shorter < 0.5:
                continue
            gap = abs(len(g_toks[gi]) - len(p_toks[pi]))
            candidates.append((-shared / shorter, -shared, gap, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, _, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)
