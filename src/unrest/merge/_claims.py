"""Claims side by side: per figure kind, every value with who asserts it and how independently.

A claim is one (value, qualifier) of one figure kind. Its assertions are the
mentions stating it; they form one *origin* when they come from the same named
source, the same article, or sentences that are near-duplicates of each other
(a wire story copied or lightly rewritten by several outlets).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence

from unrest.merge._settings import settings
from unrest.model import Article, Figure, Mention

_WORD = re.compile(r"[^\W_]+")
_DIGITS = re.compile(r"\d[\d,.]*")

#: Qualifiers whose value is a floor of the true figure (None: an exact figure).
FLOOR_QUALIFIERS = frozenset({None, "at least", "more than", "approximately"})


def shingles(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    """Word ``n``-grams of a folded text (numbers kept, punctuation dropped)."""
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = _DIGITS.sub(lambda m: m.group(0).replace(",", ""), folded)
    words = _WORD.findall(folded)
    if len(words) < n:
        return frozenset({tuple(words)}) if words else frozenset()
    return frozenset(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def near_duplicate(a: str, b: str, threshold: float | None = None) -> bool:
    """True when ``a`` and ``b`` share most of their word 3-grams (overlap coefficient)."""
    limit = settings().near_duplicate if threshold is None else threshold
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return False
    return len(sa & sb) / min(len(sa), len(sb)) >= limit


def origins(texts: Sequence[str], keys: Sequence[str | None] = ()) -> list[int]:
    """An origin number per text: equal for near-duplicates or an equal non-None key.

    Numbers are 0, 1, 2... in order of first appearance.
    """
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key is not None:
            union(i, first.setdefault(key, i))
    grams = [shingles(t) for t in texts]
    limit = settings().near_duplicate
    for i in range(len(texts)):
        for j in range(i):
            if find(i) != find(j) and _overlap(grams[i], grams[j]) >= limit:
                union(i, j)
    numbers: dict[int, int] = {}
    return [numbers.setdefault(find(i), len(numbers)) for i in range(len(texts))]


def _overlap(a: frozenset[tuple[str, ...]], b: frozenset[tuple[str, ...]]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _origin_key(m: Mention) -> str:
    """Assertions by one named speaker or organization, or in one article, share an origin."""
    if m.source.kind in ("person", "organization") and m.source.name:
        return "source:" + m.source.name.strip().lower()
    return "document:" + m.document


def claims(
    mentions: Sequence[Mention], docs: dict[str, Article]
) -> dict[str, list[dict[str, object]]]:
    """Per figure kind, each distinct (value, qualifier) with its mentions, sources and origins."""
    table: dict[str, dict[tuple[int, str | None], list[tuple[Mention, Figure]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for m in mentions:
        for f in m.figures:
            table[f.kind][(f.value, f.qualifier)].append((m, f))
    return {
        kind: [
            _claim(value, qualifier, table[kind][(value, qualifier)], docs)
            for value, qualifier in sorted(table[kind], key=lambda k: (k[0], k[1] or ""))
        ]
        for kind in sorted(table)
    }


def _claim(
    value: int,
    qualifier: str | None,
    asserted: list[tuple[Mention, Figure]],
    docs: dict[str, Article],
) -> dict[str, object]:
    asserted = sorted(asserted, key=lambda mf: mf[0].id)
    sources: list[dict[str, object]] = []
    for m, f in asserted:
        doc = docs.get(m.document)
        source: dict[str, object] = {"kind": m.source.kind, "document": m.document}
        if m.source.name:
            source["name"] = m.source.name
        if doc and doc.outlet:
            source["outlet"] = doc.outlet
        source["mention"] = m.id
        source["evidence"] = m.evidence.text
        if f.text:
            source["text"] = f.text
        if m.modality != "asserted":
            source["modality"] = m.modality
        sources.append(source)
    groups = origins([m.evidence.text for m, _ in asserted], [_origin_key(m) for m, _ in asserted])
    for source, group in zip(sources, groups, strict=True):
        source["origin"] = group
    return {
        "value": value,
        "qualifier": qualifier,
        "mentions": sorted({m.id for m, _ in asserted}),
        "sources": sources,
        "origins": len(set(groups)),
    }


def conservative(claim_list: Sequence[dict[str, object]]) -> int | None:
    """The figure ACLED would code: the lowest floor reported, None if no claim gives a floor.

    Exact, "approximately", "at least" and "more than" values are floors (vague
    amounts and ranges arrive as "at least" their lower end); an "up to" value
    is only a ceiling.
    """
    floors = [_int(c["value"]) for c in claim_list if c.get("qualifier") in FLOOR_QUALIFIERS]
    return min(floors) if floors else None


def summary(table: dict[str, list[dict[str, object]]]) -> dict[str, dict[str, object]]:
    """Per figure kind: lowest, highest, the ACLED conservative figure, claims and origins."""
    out: dict[str, dict[str, object]] = {}
    for kind, claim_list in table.items():
        values = [_int(c["value"]) for c in claim_list]
        out[kind] = {
            "lowest": min(values),
            "highest": max(values),
            "acled": conservative(claim_list),
            "claims": len(claim_list),
            "origins": sum(_int(c["origins"]) for c in claim_list),
        }
    return out


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer figure, got {value!r}")
    return value
