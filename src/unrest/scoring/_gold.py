"""Gold annotations and the place alias table: loading and validation."""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from unrest.errors import EvalError
from unrest.model import EVENT_TYPES

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SOURCE_KINDS: tuple[str, ...] = ("author", "person", "organization", "unnamed")


@dataclass(frozen=True)
class GoldDate:
    """A gold date range; either end may be None when the annotator left it open."""

    start: str | None
    end: str | None


@dataclass(frozen=True)
class GoldPlace:
    """A ``(country, admin1, city)`` triple; None fields are unknown at that level."""

    country: str | None
    admin1: str | None
    city: str | None


@dataclass(frozen=True)
class GoldMention:
    """One annotated mention of an event."""

    evidence: str
    type: str
    date: GoldDate | None
    places: tuple[GoldPlace, ...]
    figures: tuple[tuple[str, int], ...]
    source_kind: str
    source_name: str | None
    event: str | None


@dataclass(frozen=True)
class GoldQuote:
    """One annotated quote."""

    speaker: str | None
    text: str


@dataclass(frozen=True)
class GoldDoc:
    """The gold annotations of one article.

    ``name`` is the gold file name minus ``.json`` (the article's file name);
    ``url``, when given, is what documents are matched on instead.
    """

    name: str
    url: str | None
    published: str | None
    mentions: tuple[GoldMention, ...]
    quotes: tuple[GoldQuote, ...]


class _Where:
    """Builds error messages naming the gold file and the item inside it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, where: str, reason: str) -> EvalError:
        inside = f" {where}:" if where else ""
        return EvalError(f"{self.path}:{inside} {reason}")


def _opt_str(obj: dict[str, Any], key: str, at: _Where, where: str) -> str | None:
    value = obj.get(key)
    if value is not None and not isinstance(value, str):
        raise at.error(where, f"'{key}' must be a string or null, got {type(value).__name__}")
    return value


def _req_dict(value: Any, at: _Where, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise at.error(where, f"expected an object, got {type(value).__name__}")
    return value


def _req_list(obj: dict[str, Any], key: str, at: _Where, where: str) -> list[Any]:
    value = obj.get(key, [])
    if not isinstance(value, list):
        raise at.error(where, f"'{key}' must be a list, got {type(value).__name__}")
    return value


def _iso(value: str | None, at: _Where, where: str) -> str | None:
    if value is not None and not ISO_DATE.match(value):
        raise at.error(where, f"date {value!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def _parse_date(raw: Any, at: _Where, where: str) -> GoldDate | None:
    if raw is None:
        return None
    obj = _req_dict(raw, at, where + ".date")
    start = _iso(_opt_str(obj, "start", at, where + ".date"), at, where + ".date")
    end = _iso(_opt_str(obj, "end", at, where + ".date"), at, where + ".date")
    if start is None and end is None:
        return None
    return GoldDate(start, end)


def _parse_place(raw: Any, at: _Where, where: str) -> GoldPlace:
    obj = _req_dict(raw, at, where)
    return GoldPlace(
        _opt_str(obj, "country", at, where),
        _opt_str(obj, "admin1", at, where),
        _opt_str(obj, "city", at, where),
    )


def _parse_figure(raw: Any, at: _Where, where: str) -> tuple[str, int]:
    obj = _req_dict(raw, at, where)
    kind, value = obj.get("kind"), obj.get("value")
    if not isinstance(kind, str) or not kind:
        raise at.error(where, "figure 'kind' must be a non-empty string")
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise at.error(where, f"figure 'value' must be an integer, got {value!r}")
    return kind, int(value)


def _parse_mention(raw: Any, at: _Where, where: str) -> GoldMention:
    obj = _req_dict(raw, at, where)
    evidence = obj.get("evidence")
    if not isinstance(evidence, str) or not evidence.strip():
        raise at.error(where, "'evidence' must be a non-empty string")
    etype = obj.get("type")
    if etype not in EVENT_TYPES:
        raise at.error(where, f"'type' {etype!r} is not one of {', '.join(EVENT_TYPES)}")
    source = _req_dict(obj.get("source", {"kind": "author"}), at, where + ".source")
    kind = source.get("kind")
    if kind not in SOURCE_KINDS:
        raise at.error(where, f"source kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
    places = _req_list(obj, "places", at, where)
    figures = _req_list(obj, "figures", at, where)
    return GoldMention(
        evidence=evidence,
        type=etype,
        date=_parse_date(obj.get("date"), at, where),
        places=tuple(_parse_place(p, at, f"{where}.places[{i}]") for i, p in enumerate(places)),
        figures=tuple(_parse_figure(f, at, f"{where}.figures[{i}]") for i, f in enumerate(figures)),
        source_kind=kind,
        source_name=_opt_str(source, "name", at, where + ".source"),
        event=_opt_str(obj, "event", at, where),
    )


def _parse_quote(raw: Any, at: _Where, where: str) -> GoldQuote:
    obj = _req_dict(raw, at, where)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise at.error(where, "quote 'text' must be a non-empty string")
    return GoldQuote(_opt_str(obj, "speaker", at, where), text)


def parse_gold(data: Any, path: Path) -> GoldDoc:
    """Validate one gold file's decoded JSON and build its :class:`GoldDoc`."""
    at = _Where(path)
    obj = _req_dict(data, at, "")
    mentions = _req_list(obj, "mentions", at, "")
    quotes = _req_list(obj, "quotes", at, "")
    return GoldDoc(
        name=path.name.removesuffix(".json"),
        url=_opt_str(obj, "url", at, "") or None,
        published=_iso(_opt_str(obj, "published", at, ""), at, "published"),
        mentions=tuple(_parse_mention(m, at, f"mentions[{i}]") for i, m in enumerate(mentions)),
        quotes=tuple(_parse_quote(q, at, f"quotes[{i}]") for i, q in enumerate(quotes)),
    )


def load_gold(gold_dir: Path) -> list[GoldDoc]:
    """Load every ``*.json`` gold file of a directory, sorted by file name.

    Raises :class:`EvalError` naming the file (and the item inside it) when the
    directory is missing or empty, a file is not valid JSON, or a field is invalid.
    """
    if not gold_dir.is_dir():
        raise EvalError(f"{gold_dir}: gold directory not found")
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        raise EvalError(f"{gold_dir}: no *.json gold files in this directory")
    docs: list[GoldDoc] = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise EvalError(f"{path}: cannot read gold file: {exc}") from exc
        except json.JSONDecodeError as exc:
            raise EvalError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
        docs.append(parse_gold(data, path))
    return docs


def load_place_aliases(path: Path) -> dict[str, str]:
    """Read a ``canonical,alias`` CSV into an ``alias -> canonical`` dict.

    A first row ``canonical,alias`` is a header and skipped, as are blank rows
    and rows starting with ``#``.  Raises :class:`EvalError` on a missing file, a
    row without exactly two non-empty fields, or an alias given two canonicals.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(f"{path}: cannot read place aliases: {exc}") from exc
    aliases: dict[str, str] = {}
    for line_no, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in row]
        if line_no == 1 and [c.lower() for c in cells] == ["canonical", "alias"]:
            continue
        if len(cells) != 2 or not all(cells):
            raise EvalError(f"{path}:{line_no}: expected 'canonical,alias', got {row!r}")
        canonical, alias = cells
        if aliases.get(alias, canonical) != canonical:
            raise EvalError(
                f"{path}:{line_no}: alias {alias!r} maps to both "
                f"{aliases[alias]!r} and {canonical!r}"
            )
        aliases[alias] = canonical
    return aliases
