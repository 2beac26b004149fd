"""The SQLite store: WAL journal, one writer, ordered migrations recorded in a table."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from unrest.errors import StoreError
from unrest.model import (
    Actor,
    Article,
    DateValue,
    Event,
    Figure,
    Mention,
    Place,
    PublishedDate,
    Quote,
    Source,
    TextSpan,
)
from unrest.store._migrations import MIGRATIONS


class SQLiteStore:
    """Documents, mentions, quotes and events in one SQLite file.

    Writes go through :meth:`write_document` (one transaction per article) and
    :meth:`replace_events`; a failed write leaves what was stored before intact.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        self._db.row_factory = sqlite3.Row
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(
                f"{self.path} is not an Unrest database ({exc}); give another path with --db"
            ) from exc

    # -- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _migrate(self) -> None:
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        done = {r[0] for r in self._db.execute("SELECT version FROM schema_migrations")}
        for version, name, sql in MIGRATIONS:
            if version in done:
                continue
            self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in sql.split(";"):
                    if statement.strip():
                        self._db.execute(statement)
                self._db.execute(
                    "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now())
                )
            except sqlite3.Error:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def migrations(self) -> list[tuple[int, str]]:
        """Applied migrations, oldest first."""
        rows = self._db.execute("SELECT version, name FROM schema_migrations ORDER BY version")
        return [(r[0], r[1]) for r in rows]

    # -- writing -------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def write_document(
        self, article: Article, mentions: Iterable[Mention], quotes: Iterable[Quote]
    ) -> bool:
        """Store an article with its mentions and quotes in one transaction.

        Returns False (and changes nothing) if the article is already stored.
        """
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        try:
            if self.has_document(article.id):
                self._db.execute("ROLLBACK")
                return False
            self._insert_document(article)
            for seq, mention in enumerate(mentions):
                self._insert_mention(seq, mention)
            for quote in quotes:
                self._db.execute(
                    'INSERT INTO quotes (id, document, speaker, text, start, "end") '
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (quote.id, quote.document, quote.speaker, quote.text, quote.start, quote.end),
                )
        except BaseException as exc:
            self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot store {article.path}: {exc}") from exc
            raise
        self._db.execute("COMMIT")
        return True

    def _insert_document(self, a: Article) -> None:
        self._db.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.id,
                a.path,
                a.url,
                a.title,
                a.outlet,
                a.text,
                a.published.value,
                a.published.method,
                a.published.detail,
                _now(),
            ),
        )

    def _insert_mention(self, seq: int, m: Mention) -> None:
        d = m.date
        self._db.execute(
            "INSERT INTO mentions VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                m.id,
                m.document,
                seq,
                m.type,
                m.evidence.text,
                m.evidence.start,
                m.evidence.end,
                m.trigger.text,
                m.trigger.start,
                m.trigger.end,
                d.start if d else None,
                d.end if d else None,
                d.precision if d else None,
                d.text if d else None,
                m.source.kind,
                m.source.name,
                m.source.text,
                m.modality,
                m.confidence,
                m.event,
            ),
        )
        self._db.executemany(
            "INSERT INTO mention_places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (m.id, i, p.country, p.admin1, p.city, p.lat, p.lon, p.geonameid, p.text)
                for i, p in enumerate(m.places)
            ],
        )
        self._db.executemany(
            "INSERT INTO mention_figures VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (m.id, i, f.kind, f.value, f.qualifier, f.unit, f.text)
                for i, f in enumerate(m.figures)
            ],
        )
        self._db.executemany(
            "INSERT INTO mention_actors VALUES (?, ?, ?, ?, ?, ?)",
            [(m.id, i, a.role, a.name, a.text, a.kind) for i, a in enumerate(m.actors)],
        )

    def replace_events(self, events: Iterable[Event]) -> int:
        """Make the stored events exactly ``events``, in one transaction, touching only changes.

        An event whose content is unchanged keeps its row; mentions get their
        new event id only where it changed. Returns the number of events.
        """
        new = {ev.id: ev for ev in events}
        self._db.execute("BEGIN IMMEDIATE")
        try:
            old = dict(self._db.execute("SELECT id, digest FROM events").fetchall())
            gone = [(eid,) for eid in old if eid not in new]
            self._db.executemany("DELETE FROM events WHERE id = ?", gone)
            for ev in new.values():
                row = _event_row(ev)
                if old.get(ev.id) != row[-1]:
                    self._db.execute("INSERT OR REPLACE INTO events VALUES " + _EVENT_SLOTS, row)
            assigned = {mid: eid for eid, ev in new.items() for mid in ev.mentions}
            current = dict(self._db.execute("SELECT id, event FROM mentions").fetchall())
            self._db.executemany(
                "UPDATE mentions SET event = ? WHERE id = ?",
                [
                    (assigned.get(mid), mid)
                    for mid, eid in current.items()
                    if assigned.get(mid) != eid
                ],
            )
        except BaseException as exc:
            self._db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot store events in {self.path}: {exc}") from exc
            raise
        self._db.execute("COMMIT")
        return len(new)

    # -- reading -------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in {"documents", "mentions", "quotes", "events"}:
            raise StoreError(f"unknown table {table!r}; use documents, mentions, quotes or events")
        return int(self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def documents(self) -> Iterator[Article]:
        return self._documents_where("1 = 1 ORDER BY path, id", ())

    def document(self, doc_id: str) -> Article | None:
        for art in self._documents_where("id = ?", (doc_id,)):
            return art
        return None

    def _documents_where(self, where: str, args: tuple[Any, ...]) -> Iterator[Article]:
        for r in self._db.execute(f"SELECT * FROM documents WHERE {where}", args):
            yield Article(
                id=r["id"],
                path=r["path"],
                text=r["text"],
                url=r["url"],
                title=r["title"],
                outlet=r["outlet"],
                published=PublishedDate(
                    r["published"], r["published_method"], r["published_detail"]
                ),
            )

    def mentions(self, document: str | None = None) -> Iterator[Mention]:
        """Mentions in document order (all documents ordered by path when ``document`` is None)."""
        sql = (
            "SELECT m.* FROM mentions m JOIN documents d ON d.id = m.document "
            + ("WHERE m.document = ? " if document else "")
            + "ORDER BY d.path, d.id, m.seq"
        )
        rows = self._db.execute(sql, (document,) if document else ()).fetchall()
        parts = self._mention_parts([r["id"] for r in rows] if document else None)
        for r in rows:
            places, figures, actors = parts.get(r["id"], ([], [], []))
            date = (
                DateValue(r["date_start"], r["date_end"], r["date_precision"], r["date_text"])
                if r["date_start"]
                else None
            )
            yield Mention(
                id=r["id"],
                document=r["document"],
                type=r["type"],
                evidence=TextSpan(r["evidence_text"], r["evidence_start"], r["evidence_end"]),
                trigger=TextSpan(r["trigger_text"], r["trigger_start"], r["trigger_end"]),
                date=date,
                places=tuple(places),
                figures=tuple(figures),
                actors=tuple(actors),
                source=Source(r["source_kind"], r["source_name"], r["source_text"]),
                modality=r["modality"],
                confidence=r["confidence"],
                event=r["event"],
            )

    def _mention_parts(
        self, ids: list[str] | None
    ) -> dict[str, tuple[list[Place], list[Figure], list[Actor]]]:
        parts: dict[str, tuple[list[Place], list[Figure], list[Actor]]] = {}
        where = ""
        args: tuple[Any, ...] = ()
        if ids is not None:
            if not ids:
                return parts
            where = f"WHERE mention IN ({','.join('?' * len(ids))})"
            args = tuple(ids)
        for r in self._db.execute(
            f"SELECT * FROM mention_places {where} ORDER BY mention, seq", args
        ):
            parts.setdefault(r["mention"], ([], [], []))[0].append(
                Place(
                    r["country"],
                    r["admin1"],
                    r["city"],
                    r["lat"],
                    r["lon"],
                    r["geonameid"],
                    r["text"],
                )
            )
        for r in self._db.execute(
            f"SELECT * FROM mention_figures {where} ORDER BY mention, seq", args
        ):
            parts.setdefault(r["mention"], ([], [], []))[1].append(
                Figure(r["kind"], r["value"], r["qualifier"], r["unit"], r["text"])
            )
        for r in self._db.execute(
            f"SELECT * FROM mention_actors {where} ORDER BY mention, seq", args
        ):
            parts.setdefault(r["mention"], ([], [], []))[2].append(
                Actor(r["role"], r["name"], r["text"], r["kind"])
            )
        return parts

    def quotes(self, document: str | None = None) -> Iterator[Quote]:
        sql = (
            "SELECT q.* FROM quotes q JOIN documents d ON d.id = q.document "
            + ("WHERE q.document = ? " if document else "")
            + "ORDER BY d.path, d.id, q.start"
        )
        for r in self._db.execute(sql, (document,) if document else ()):
            yield Quote(r["id"], r["document"], r["speaker"], r["text"], r["start"], r["end"])

    def events(self) -> Iterator[Event]:
        """Every event, by date, type and id."""
        for r in self._db.execute("SELECT * FROM events ORDER BY date_start, type, id"):
            yield _event_from_row(r)

    def event(self, prefix: str) -> Event | None:
        """The event whose id is or starts with ``prefix`` (None if none or ambiguous)."""
        rows = self._db.execute(
            "SELECT * FROM events WHERE id = ? OR id LIKE ? ORDER BY id LIMIT 2",
            (prefix, prefix.replace("%", "").replace("_", "") + "%"),
        ).fetchall()
        exact = [r for r in rows if r["id"] == prefix]
        if exact:
            return _event_from_row(exact[0])
        return _event_from_row(rows[0]) if len(rows) == 1 else None


_EVENT_SLOTS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"


def _event_row(ev: Event) -> tuple[Any, ...]:
    """The events table row of ``ev``; the last value is a digest of the whole row."""
    d = ev.date
    body = {
        "places": [dataclasses.asdict(p) for p in ev.places],
        "mentions": list(ev.mentions),
        "figures": ev.figures,
        "summary": ev.summary,
        "actors": [dataclasses.asdict(a) for a in ev.actors],
        "documents": list(ev.documents),
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    places = "; ".join(", ".join(x for x in (p.city, p.admin1, p.country) if x) for p in ev.places)
    row = (
        ev.id,
        ev.type,
        ev.label,
        d.start if d else None,
        d.end if d else None,
        d.precision if d else None,
        text,
        places,
        len(ev.documents),
    )
    digest = hashlib.sha256(json.dumps(row, ensure_ascii=False).encode("utf-8")).hexdigest()
    return (*row, digest)


def _event_from_row(r: sqlite3.Row) -> Event:
    body = json.loads(r["body"])
    date = (
        DateValue(r["date_start"], r["date_end"], r["date_precision"]) if r["date_start"] else None
    )
    return Event(
        id=r["id"],
        type=r["type"],
        label=r["label"],
        date=date,
        places=tuple(Place(**p) for p in body["places"]),
        mentions=tuple(body["mentions"]),
        figures=body["figures"],
        summary=body.get("summary", {}),
        actors=tuple(Actor(**a) for a in body.get("actors", [])),
        documents=tuple(body.get("documents", [])),
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
