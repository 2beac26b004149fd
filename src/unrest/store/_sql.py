"""The SQL behind every store, written once for SQLite and PostgreSQL.

:class:`SQLStore` holds all the SQL (``?`` placeholders, standard upserts); a
dialect subclass opens the connection and says how to begin a write, how to
serialise migrations, and which exceptions its driver raises. Every write is
one transaction; ``ON CONFLICT`` clauses make concurrent writers of the same
article safe.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
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


class SQLStore:
    """Documents, mentions, quotes and events in a SQL database.

    Writes go through :meth:`write_document` (one transaction per article) and
    :meth:`replace_events`; a failed write leaves what was stored before intact.
    Subclasses set ``_db`` (a DB-API connection in autocommit mode whose rows
    can be read by column name), ``path`` and the dialect hooks below.
    """

    path: str
    _db: Any
    #: exceptions of the database driver, turned into StoreError
    driver_errors: tuple[type[BaseException], ...] = ()
    #: the statement that starts a write transaction
    begin_write = "BEGIN"
    #: appended to text columns in ORDER BY, so every backend sorts by code point
    text_order = ""

    def _sql(self, sql: str) -> str:
        """``sql`` in the driver's placeholder style (written with ``?``)."""
        return sql

    def _run(self, sql: str, args: Sequence[Any] = ()) -> Any:
        return self._db.execute(self._sql(sql), tuple(args))

    def _run_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._db.cursor().executemany(self._sql(sql), [tuple(r) for r in rows])

    @contextmanager
    def _transaction(self, what: str) -> Iterator[None]:
        """One write transaction: committed if the block ends, rolled back if it raises.

        ``what`` completes "cannot ..." in the StoreError raised for a driver error.
        """
        try:
            self._run(self.begin_write)
        except self.driver_errors as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        try:
            yield
        except BaseException as exc:
            self._run("ROLLBACK")
            if isinstance(exc, self.driver_errors):
                raise StoreError(f"cannot {what}: {exc}") from exc
            raise
        self._run("COMMIT")

    def _lock_migrations(self) -> None:
        """Inside the migration transaction: keep other processes from migrating at once."""

    # -- lifecycle -----------------------------------------------------------------
    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> SQLStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _migrate(self) -> None:
        for version, name, sql in MIGRATIONS:
            with self._transaction(f"apply migration {version} to {self.path}"):
                self._lock_migrations()
                self._run(
                    "CREATE TABLE IF NOT EXISTS schema_migrations ("
                    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                done = self._run(
                    "SELECT 1 FROM schema_migrations WHERE version = ?", (version,)
                ).fetchone()
                if not done:
                    for statement in sql.split(";"):
                        if statement.strip():
                            self._run(statement)
                    self._run(
                        "INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, _now())
                    )

    def migrations(self) -> list[tuple[int, str]]:
        """Applied migrations, oldest first."""
        rows = self._run("SELECT version, name FROM schema_migrations ORDER BY version")
        return [(r["version"], r["name"]) for r in rows]

    # -- writing -------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        row = self._run("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def write_document(
        self, article: Article, mentions: Iterable[Mention], quotes: Iterable[Quote]
    ) -> bool:
        """Store an article with its mentions and quotes in one transaction.

        Returns False (and changes nothing) if the article is already stored,
        also when another process stores it at the same moment.
        """
        with self._transaction(f"store {article.path}"):
            if not self._insert_document(article):
                return False  # nothing was written: the empty transaction commits
            for seq, mention in enumerate(mentions):
                self._insert_mention(seq, mention)
            self._run_many(
                'INSERT INTO quotes (id, document, speaker, text, start, "end") '
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(q.id, q.document, q.speaker, q.text, q.start, q.end) for q in quotes],
            )
        return True

    def _insert_document(self, a: Article) -> bool:
        """Insert the document row; False if a row with its id is already there."""
        cur = self._run(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO NOTHING",
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
        return bool(cur.rowcount == 1)

    def _insert_mention(self, seq: int, m: Mention) -> None:
        d = m.date
        self._run(
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
        self._run_many(
            "INSERT INTO mention_places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (m.id, i, p.country, p.admin1, p.city, p.lat, p.lon, p.geonameid, p.text)
                for i, p in enumerate(m.places)
            ],
        )
        self._run_many(
            "INSERT INTO mention_figures VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (m.id, i, f.kind, f.value, f.qualifier, f.unit, f.text)
                for i, f in enumerate(m.figures)
            ],
        )
        self._run_many(
            "INSERT INTO mention_actors VALUES (?, ?, ?, ?, ?, ?)",
            [(m.id, i, a.role, a.name, a.text, a.kind) for i, a in enumerate(m.actors)],
        )

    def replace_events(self, events: Iterable[Event]) -> int:
        """Make the stored events exactly ``events``, in one transaction, touching only changes.

        An event whose content is unchanged keeps its row; mentions get their
        new event id only where it changed. Returns the number of events.
        """
        new = {ev.id: ev for ev in events}
        with self._transaction(f"store events in {self.path}"):
            old = {r["id"]: r["digest"] for r in self._run("SELECT id, digest FROM events")}
            gone = [(eid,) for eid in old if eid not in new]
            self._run_many("DELETE FROM events WHERE id = ?", gone)
            changed = [row for row in map(_event_row, new.values()) if old.get(row[0]) != row[-1]]
            self._run_many(_EVENT_UPSERT, changed)
            assigned = {mid: eid for eid, ev in new.items() for mid in ev.mentions}
            current = {r["id"]: r["event"] for r in self._run("SELECT id, event FROM mentions")}
            self._run_many(
                "UPDATE mentions SET event = ? WHERE id = ?",
                [
                    (assigned.get(mid), mid)
                    for mid, eid in current.items()
                    if assigned.get(mid) != eid
                ],
            )
        return len(new)

    # -- reading -------------------------------------------------------------------
    def count(self, table: str) -> int:
        if table not in {"documents", "mentions", "quotes", "events"}:
            raise StoreError(f"unknown table {table!r}; use documents, mentions, quotes or events")
        return int(self._run(f"SELECT COUNT(*) AS n FROM {table}").fetchone()["n"])

    def documents(self) -> Iterator[Article]:
        c = self.text_order
        return self._documents_where(f"1 = 1 ORDER BY path{c}, id{c}", ())

    def document(self, doc_id: str) -> Article | None:
        for art in self._documents_where("id = ?", (doc_id,)):
            return art
        return None

    def _documents_where(self, where: str, args: tuple[Any, ...]) -> Iterator[Article]:
        for r in self._run(f"SELECT * FROM documents WHERE {where}", args):
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
            + f"ORDER BY d.path{self.text_order}, d.id{self.text_order}, m.seq"
        )
        rows = self._run(sql, (document,) if document else ()).fetchall()
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
        for r in self._run(
            f"SELECT * FROM mention_places {where} ORDER BY mention{self.text_order}, seq", args
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
        for r in self._run(
            f"SELECT * FROM mention_figures {where} ORDER BY mention{self.text_order}, seq", args
        ):
            parts.setdefault(r["mention"], ([], [], []))[1].append(
                Figure(r["kind"], r["value"], r["qualifier"], r["unit"], r["text"])
            )
        for r in self._run(
            f"SELECT * FROM mention_actors {where} ORDER BY mention{self.text_order}, seq", args
        ):
            parts.setdefault(r["mention"], ([], [], []))[2].append(
                Actor(r["role"], r["name"], r["text"], r["kind"])
            )
        return parts

    def quotes(self, document: str | None = None) -> Iterator[Quote]:
        sql = (
            "SELECT q.* FROM quotes q JOIN documents d ON d.id = q.document "
            + ("WHERE q.document = ? " if document else "")
            + f"ORDER BY d.path{self.text_order}, d.id{self.text_order}, q.start"
        )
        for r in self._run(sql, (document,) if document else ()).fetchall():
            yield Quote(r["id"], r["document"], r["speaker"], r["text"], r["start"], r["end"])

    def events(self) -> Iterator[Event]:
        """Every event, by date, type and id."""
        c = self.text_order
        order = f"COALESCE(date_start, ''){c}, type{c}, id{c}"
        for r in self._run(f"SELECT * FROM events ORDER BY {order}").fetchall():
            yield _event_from_row(r)

    def event(self, prefix: str) -> Event | None:
        """The event whose id is or starts with ``prefix`` (None if none or ambiguous)."""
        rows = self._run(
            "SELECT * FROM events WHERE id = ? OR id LIKE ? ORDER BY id LIMIT 2",
            (prefix, prefix.replace("%", "").replace("_", "") + "%"),
        ).fetchall()
        exact = [r for r in rows if r["id"] == prefix]
        if exact:
            return _event_from_row(exact[0])
        return _event_from_row(rows[0]) if len(rows) == 1 else None


_EVENT_COLUMNS = (
    "id",
    "type",
    "label",
    "date_start",
    "date_end",
    "date_precision",
    "body",
    "places_text",
    "documents",
    "digest",
)
_EVENT_UPSERT = (
    f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(_EVENT_COLUMNS))}) ON CONFLICT (id) DO UPDATE SET "
    + ", ".join(f"{c} = excluded.{c}" for c in _EVENT_COLUMNS[1:])
)


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


def _event_from_row(r: Any) -> Event:
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
