"""Ordinal words spelled out, with their numbers: one list for the date rules ("entered a
third day") and the place rules ("the third protester executed")."""

from __future__ import annotations

__all__ = ["ORDINAL_WORDS", "ordinals_between"]

ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
}


def ordinals_between(low: int, high: int) -> dict[str, int]:
    """The ordinal words from ``low`` to ``high`` (both included), in order."""
    return {w: n for w, n in ORDINAL_WORDS.items() if low <= n <= high}
