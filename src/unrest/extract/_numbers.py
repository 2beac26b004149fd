"""Number expressions in a sentence: digits, number words, vague amounts and their qualifiers.

This module only reads the surface: where a number is, what it is worth, whether it is
vague ("thousands") and which qualifier ("at least", "more than"...) precedes it. Deciding
what the number counts is :mod:`unrest.extract.figures`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Span

from unrest.errors import ConfigError

_DIGITS = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
_RANGE_JOINERS = {"to", "-", "–", "—", "or"}
#: Verbs before "from" that make "from 40 to 100" a range: "estimates range from 40 to 100".
_RANGE_VERBS = {"range", "ranged", "ranges", "ranging", "vary", "varied", "varies", "varying"}


@dataclass(frozen=True)
class NumberExpr:
    """A number in a span: tokens ``[start, end)`` of the doc, worth ``value``.

    ``qualifier`` is the normalized qualifier and ``qual_start`` the first token of the
    qualifier phrase (``start`` when there is none). ``vague`` marks amounts such as
    "thousands" whose value is a floor.
    """

    start: int
    end: int
    value: int
    vague: bool = False
    qualifier: str | None = None
    qual_start: int = -1
    context_end: int = -1

    @property
    def first(self) -> int:
        """First token of the expression including its qualifier."""
        return self.qual_start if self.qual_start >= 0 else self.start


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``data/numbers.yaml``."""

    units: dict[str, int]
    tens: dict[str, int]
    scales: dict[str, int]
    vague: dict[tuple[str, ...], int]
    qualifiers: dict[tuple[str, ...], str]
    raw: dict[str, Any]

    def words(self, key: str) -> frozenset[str]:
        """The word list stored under ``key`` as a set of lower-case strings."""
        return frozenset(str(w).lower() for w in self.raw.get(key, []))


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load and cache ``unrest/data/numbers.yaml``."""
    try:
        text = resources.files("unrest.data").joinpath("numbers.yaml").read_text("utf-8")
        raw = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read unrest/data/numbers.yaml: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError("unrest/data/numbers.yaml must hold a mapping")
    missing = {"units", "tens", "scales", "vague", "qualifiers", "kinds"} - set(raw)
    if missing:
        raise ConfigError(f"unrest/data/numbers.yaml lacks {sorted(missing)}")
    return Lexicon(
        units={str(k): int(v) for k, v in raw["units"].items()},
        tens={str(k): int(v) for k, v in raw["tens"].items()},
        scales={str(k): int(v) for k, v in raw["scales"].items()},
        vague={tuple(str(k).split()): int(v) for k, v in raw["vague"].items()},
        qualifiers={tuple(str(k).split()): str(v) for k, v in raw["qualifiers"].items()},
        raw=raw,
    )


def _lowers(doc: Doc) -> list[str]:
    """The lower-cased text of every token of ``doc``, computed once per Doc."""
    cached: list[str] | None = doc.user_data.get("unrest.lower_texts")
    if cached is None:
        cached = [t.text.lower() for t in doc]
        doc.user_data["unrest.lower_texts"] = cached
    return cached


def _lower(span: Span, i: int) -> str:
    words = _lowers(span.doc)
    return words[i] if 0 <= i < len(words) else ""


_Phrases = dict[tuple[str, ...], Any]
_BY_FIRST: dict[int, tuple[_Phrases, dict[str, list[tuple[tuple[str, ...], Any]]]]] = {}


def _by_first(phrases: _Phrases) -> dict[str, list[tuple[tuple[str, ...], Any]]]:
    """The items of ``phrases`` grouped by first word, in their order; built once per table."""
    hit = _BY_FIRST.get(id(phrases))
    if hit is None or hit[0] is not phrases:
        index: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for words, val in phrases.items():
            index.setdefault(words[0], []).append((words, val))
        hit = (phrases, index)
        _BY_FIRST[id(phrases)] = hit
    return hit[1]


def _match_phrase(span: Span, i: int, phrases: _Phrases, limit: int) -> tuple[int, Any] | None:
    """The longest phrase of ``phrases`` starting at token ``i`` (before ``limit``)."""
    best: tuple[int, Any] | None = None
    first = _lower(span, i)
    for words, val in _by_first(phrases).get(first, ()):
        n = len(words)
        if i + n > limit:
            continue
        if all(_lower(span, i + k) == w for k, w in enumerate(words)) and (
            best is None or n > best[0]
        ):
            best = (n, val)
    return best


def _is_number_word(word: str, lex: Lexicon) -> bool:
    return word in lex.units or word in lex.tens or word in lex.scales


def _word_value(words: list[str], lex: Lexicon) -> int:
    """Value of a run of number words and digits: "two hundred and fifty", "1.5 million"."""
    total, current = 0.0, 0.0
    for w in words:
        if _DIGITS.match(w):
            current += float(w.replace(",", ""))
        elif w in lex.units:
            current += lex.units[w]
        elif w in lex.tens:
            current += lex.tens[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in lex.scales:
            total += (current or 1) * lex.scales[w]
            current = 0
    return int(round(total + current))


def _numeric_run(span: Span, i: int, lex: Lexicon) -> int:
    """End (exclusive) of the run of number tokens starting at ``i``, or ``i`` if none."""
    j = i
    limit = span.end
    while j < limit:
        w = _lower(span, j)
        leading_scale = j == i and w in lex.scales and w != "dozen"
        if j > i and _DIGITS.match(_lower(span, j - 1)) and w not in lex.scales:
            break  # "in 2018 six people": digits take only a scale ("1.5 million")
        if (_DIGITS.match(w) and j == i) or (_is_number_word(w, lex) and not leading_scale):
            j += 1
        elif w in {"-", "and"} and j > i and j + 1 < limit:
            nxt = _lower(span, j + 1)
            prev = _lower(span, j - 1)
            joinable = nxt in lex.units or nxt in lex.tens
            if w == "and" and prev not in lex.scales:
                joinable = False
            if not joinable:
                break
            j += 1
        else:
            break
    return j


def _number_at(span: Span, i: int, lex: Lexicon) -> tuple[int, int, bool] | None:
    """(end, value, vague) of a number expression starting at token ``i``."""
    vague = _match_phrase(span, i, lex.vague, span.end)
    if vague is not None:
        n, val = vague
        return i + n, int(val), True
    w = _lower(span, i)
    if w in {"a", "one"} and _lower(span, i + 1) in lex.scales and i + 1 < span.end:
        end = _numeric_run(span, i + 1, lex) if _lower(span, i + 1) != "dozen" else i + 2
        if w == "one" and _lower(span, i + 1) != "dozen":
            end = _numeric_run(span, i, lex)  # "one hundred and four"
        end = max(end, i + 2)
        words = ["one"] + [_lower(span, k) for k in range(i + 1, end)]
        return end, _word_value(words, lex), False
    end = _numeric_run(span, i, lex)
    if end == i:
        return None
    words = [_lower(span, k) for k in range(i, end) if _lower(span, k) not in {"-", "and"}]
    if not any(_DIGITS.match(x) or x in lex.units or x in lex.tens for x in words):
        return None
    return end, _word_value(words, lex), False


def _qualifier_before(span: Span, start: int, lex: Lexicon) -> tuple[str | None, int]:
    """The qualifier phrase ending just before token ``start`` and its first token."""
    for n in (3, 2, 1):
        i = start - n
        if i < span.start:
            continue
        hit = _match_phrase(span, i, lex.qualifiers, start)
        if hit is not None and hit[0] == n:
            return str(hit[1]), i
    return None, start


def _range_end(span: Span, end: int, lex: Lexicon) -> int:
    """End of a range's upper bound ("200 to 300", "between 200 and 300"), else ``end``."""
    if end + 1 < span.end and _lower(span, end) in _RANGE_JOINERS | {"and"}:
        nxt = _number_at(span, end + 1, lex)
        if nxt is not None and not nxt[2]:
            return nxt[0]
    return end


def find_numbers(span: Span) -> list[NumberExpr]:
    """Every number expression in ``span``, left to right, with its qualifier.

    Vague amounts get their floor and, without an explicit qualifier, ``"at least"``.
    A range ("between 200 and 300", "200 to 300") is read as its lower bound, at least.
    """
    lex = lexicon()
    found: list[NumberExpr] = []
    i = span.start
    while i < span.end:
        hit = _number_at(span, i, lex)
        if hit is None:
            i += 1
            continue
        end, value, vague = hit
        qualifier, qstart = _qualifier_before(span, i, lex)
        context_end = end
        is_range = False
        if not vague:
            range_end = _range_end(span, end, lex)
            prev = _lower(span, qstart - 1)
            between = prev == "between" or _lower(span, i - 1) == "between"
            joined = between or _lower(span, end) != "and"
            ranging = prev != "from" or _lower(span, qstart - 2) in _RANGE_VERBS
            if range_end > end and joined and ranging:  # "rose from 40 to 61" is no range
                is_range, context_end = True, range_end
        if vague and qualifier is None:
            qualifier = "at least"
        if is_range and qualifier is None:
            qualifier = "at least"
        found.append(NumberExpr(i, end, value, vague, qualifier, qstart, context_end))
        i = context_end
    return found
