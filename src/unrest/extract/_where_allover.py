"""Counted wholes: "in all 31 provinces", "all of the country's provinces" is nationwide.

A qualified whole is not: "all southern provinces", "all Kurdish provinces".
"""

from __future__ import annotations

import re

_ALL_PROVINCES = re.compile(
    r"\b(?:all|every one) (?:of )?(?:the |its |the country's )?"
    r"(?:\d+ |(?:twenty|thirty)(?:-[a-z]+)? )?provinces\b"
)


def all_provinces(text: str) -> bool:
    """Whether lower-cased ``text`` speaks of every province ("in all 31 provinces")."""
    return _ALL_PROVINCES.search(text) is not None
