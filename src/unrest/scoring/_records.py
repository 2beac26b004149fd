"""Export records (see EXPORT.md) read into the shapes the scorer compares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from unrest.errors import EvalError
from unrest.scoring._gold import ISO_DATE

Triple = tuple[str | None, str | None, str | None]


@dataclass
class PredMention:
    """A predicted mention, reduced to the fields that are scored."""

    id: str | None
    type: str
    evidence: str
    date: tuple[str | None, str | None] | None
    places: list[Triple]
    figures: list[tuple[str, int]]
    source_kind: str | None
    source_name: str | None
    event: str | None
    confidence: float | None = None


@dataclass
class PredQuote:
    """A predicted quote: speaker name and text."""

    speaker: str | None
    text: str


@dataclass
class PredDoc:
    """A predicted document with its mentions and quotes."""

    id: str
    path: str | None
    url: str | None
    published: str | None
    mentions: list[PredMention] = field(default_factory=list)
    quotes: list[PredQuote] = field(default_factory=list)

    @property
    def base_name(self) -> str | None:
        """The file name part of ``path`` (a JSON Lines path keeps its ``:LINE``)."""
        if not self.path:
            return None
        return re.split(r"[\\/]", self.path)[-1]


class _At:
    """Error messages naming the record by its position in the input."""

    def __init__(self, index: int, kind: str) -> None:
        self.index = index
        self.kind = kind

    def error(self, reason: str) -> EvalError:
        return EvalError(f"record {self.index + 1} ({self.kind}): {reason}")


def _str(value: Any, at: _At, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value or None
    raise at.error(f"'{name}' must be a string or null, got {type(value).__name__}")


def _iso(value: Any, at: _At, name: str) -> str | None:
    text = _str(value, at, name)
    if text is not None and not ISO_DATE.match(text):
        raise at.error(f"'{name}' {text!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD")
    return text


def _dict(value: Any, at: _At, name: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise at.error(f"'{name}' must be an object, got {type(value).__name__}")
    return value


def _list(value: Any, at: _At, name: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise at.error(f"'{name}' must be a list, got {type(value).__name__}")
    return value


def _text_of(value: Any, at: _At, name: str) -> str:
    """A text given either as a string or as an object with ``text``."""
    if isinstance(value, dict):
        value = value.get("text")
    if not isinstance(value, str):
        raise at.error(f"'{name}' must be a string or an object with a 'text' string")
    return value


def _published(value: Any, at: _At) -> str | None:
    if isinstance(value, dict):
        value = value.get("value")
    return _iso(value, at, "published")


def _date(value: Any, at: _At) -> tuple[str | None, str | None] | None:
    if value is None:
        return None
    obj = _dict(value, at, "date")
    start, end = _iso(obj.get("start"), at, "date.start"), _iso(obj.get("end"), at, "date.end")
    return None if start is None and end is None else (start, end)


def _figure(value: Any, at: _At) -> tuple[str, int]:
    obj = _dict(value, at, "figures[]")
    kind, number = obj.get("kind"), obj.get("value")
    if not isinstance(kind, str):
        raise at.error("figure 'kind' must be a string")
    if isinstance(number, bool) or not isinstance(number, int | float) or number != int(number):
        raise at.error(f"figure 'value' must be an integer, got {number!r}")
    return kind, int(number)


def _place(value: Any, at: _At) -> Triple:
    obj = _dict(value, at, "places[]")
    return (
        _str(obj.get("country"), at, "country"),
        _str(obj.get("admin1"), at, "admin1"),
        _str(obj.get("city"), at, "city"),
    )


def _confidence(value: Any, at: _At) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise at.error(f"'confidence' must be a number in [0, 1] or absent, got {value!r}")
    if not 0.0 <= float(value) <= 1.0:
        raise at.error(f"'confidence' {value} is outside [0, 1]")
    return float(value)


def _mention(rec: dict[str, Any], at: _At) -> PredMention:
    etype = rec.get("type")
    if not isinstance(etype, str):
        raise at.error("'type' must be a string")
    source = rec.get("source")
    src = _dict(source, at, "source") if source is not None else {}
    return PredMention(
        id=_str(rec.get("id"), at, "id"),
        type=etype,
        evidence=_text_of(rec.get("evidence"), at, "evidence"),
        date=_date(rec.get("date"), at),
        places=[_place(p, at) for p in _list(rec.get("places"), at, "places")],
        figures=[_figure(f, at) for f in _list(rec.get("figures"), at, "figures")],
        source_kind=_str(src.get("kind"), at, "source.kind"),
        source_name=_str(src.get("name"), at, "source.name"),
        event=_str(rec.get("event"), at, "event"),
        confidence=_confidence(rec.get("confidence"), at),
    )


def _quote(rec: dict[str, Any], at: _At) -> PredQuote:
    speaker = rec.get("speaker")
    if isinstance(speaker, dict):
        speaker = speaker.get("name")
    return PredQuote(_str(speaker, at, "speaker"), _text_of(rec.get("text"), at, "text"))


def _document(rec: dict[str, Any], at: _At) -> PredDoc:
    doc_id = _str(rec.get("id"), at, "id")
    if doc_id is None:
        raise at.error("a document needs an 'id'")
    return PredDoc(
        id=doc_id,
        path=_str(rec.get("path"), at, "path"),
        url=_str(rec.get("url"), at, "url"),
        published=_published(rec.get("published"), at),
    )


def _event_members(rec: dict[str, Any], at: _At) -> list[tuple[str, str]]:
    event_id = _str(rec.get("id"), at, "id")
    if event_id is None:
        return []
    members = _list(rec.get("mentions"), at, "mentions")
    return [(m, event_id) for m in members if isinstance(m, str)]


def read_records(records: Iterable[dict[str, Any]]) -> list[PredDoc]:
    """Group export records into documents, in input order.

    Mentions and quotes are attached to their ``document``; a mention without an
    ``event`` takes the id of an event record listing it.  Unknown kinds are
    ignored.  Raises :class:`EvalError` on a malformed record, a duplicate
    document id, or a mention or quote naming an unknown document.
    """
    docs: dict[str, PredDoc] = {}
    pending: list[tuple[str, PredMention | PredQuote, _At]] = []
    event_of: dict[str, str] = {}
    for index, rec in enumerate(records):
        if not isinstance(rec, dict):
            raise _At(index, "?").error(f"expected an object, got {type(rec).__name__}")
        kind = rec.get("kind")
        at = _At(index, str(kind))
        if kind == "document":
            doc = _document(rec, at)
            if doc.id in docs:
                raise at.error(f"duplicate document id {doc.id!r}")
            docs[doc.id] = doc
        elif kind in ("mention", "quote"):
            owner = _str(rec.get("document"), at, "document")
            if owner is None:
                raise at.error("'document' is missing")
            item = _mention(rec, at) if kind == "mention" else _quote(rec, at)
            pending.append((owner, item, at))
        elif kind == "event":
            event_of.update(_event_members(rec, at))
    for owner, item, at in pending:
        if owner not in docs:
            raise at.error(f"names document {owner!r}, which has no document record")
        if isinstance(item, PredMention):
            if item.event is None and item.id is not None:
                item.event = event_of.get(item.id)
            docs[owner].mentions.append(item)
        else:
            docs[owner].quotes.append(item)
    return list(docs.values())
