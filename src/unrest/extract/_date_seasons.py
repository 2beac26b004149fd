"""Seasons named without a year: "that autumn", "the following spring", "the previous
winter" (counted from the last date mentioned) and "in the summer", "during late winter"
(the occurrence nearest the narrative's time, at or before publication).

Used by :mod:`unrest.extract._date_rules`.
"""

from __future__ import annotations

import re

from unrest.extract._date_base import (
    Anchor,
    Interval,
    Resolver,
    _distance,
    _lexicon,
    _month_occurrence,
    month_interval,
)

# What may not follow a season for these patterns: a year or a year word, which the
# patterns of absolute seasons read ("the summer of 1988", "that autumn of 2019").
_NO_YEAR = (
    r"(?!\s+(?:of\b|\d|(?:that|this|last|next|the\s+same|the\s+following|the\s+previous)"
    r"\s+year\b))"
)
_PREPOSITIONS = ("in", "by", "during", "through", "throughout", "over", "until", "since")


def season_patterns() -> list[tuple[str, str]]:
    """(regex, kind) of the two patterns: anaphoric seasons and seasons after a
    preposition (matched from the season on, the preposition looked behind)."""
    lx = _lexicon()
    se, part = lx.season_re, lx.part_re
    after_prep = "|".join(rf"(?<=\b{p}\s)" for p in _PREPOSITIONS)
    # Nor a second season that a year closes ("the summer and autumn of 1988").
    pair = rf"(?!\s+(?:and|or|to|through|into)\s+(?:the\s+)?(?:{part})?(?:{se}))"
    anaphoric = (
        rf"\b(that|the\s+same|the\s+following|the\s+next|the\s+previous)\s+(?:{part})?"
        rf"({se})\b{_NO_YEAR}{pair}"
    )
    bare = rf"(?:{after_prep})()(?:the\s+)?(?:{part})?({se})\b{_NO_YEAR}{pair}"
    return [(anaphoric, "narrative"), (bare, "relative")]


def _months(s: tuple[int, int], year: int) -> Interval:
    return month_interval(year, s[0], s[1], year + (s[1] < s[0]))


def season_of(g: re.Match[str]) -> Resolver:
    """The season of ``g``: counted from the antecedent for "that", "the following", "the
    previous"; the occurrence nearest the narrative for a bare season."""
    s = _lexicon().seasons[g[2].lower()]
    which = re.sub(r"\s+", " ", (g[1] or "").lower())

    def res(a: Anchor) -> Interval | None:
        if not which:
            return _month_occurrence(s[0], s[1], "bare", a)
        ref = a.antecedent
        if ref is None:
            return None
        cands = [_months(s, ref.lo.year + k) for k in (-2, -1, 0, 1, 2)]
        if which in ("the following", "the next"):
            return next((c for c in cands if c.lo > ref.hi), None)
        if which == "the previous":
            return next((c for c in reversed(cands) if c.hi < ref.lo), None)
        # "That autumn" after a day in May is that year's, not the one before it.
        same = [c for c in cands if c.lo.year == ref.hi.year and c.hi >= ref.lo]
        return same[0] if same else min(cands, key=lambda c: (_distance(c, ref), -c.lo.toordinal()))

    return res
