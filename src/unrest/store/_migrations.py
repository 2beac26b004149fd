"""Ordered schema migrations. Append only: never edit a migration that has shipped."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "initial schema",
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            url TEXT,
            title TEXT,
            outlet TEXT,
            text TEXT NOT NULL,
            published TEXT,
            published_method TEXT NOT NULL,
            published_detail TEXT,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_url ON documents(url);

        CREATE TABLE mentions (
            id TEXT PRIMARY KEY,
            document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            type TEXT NOT NULL,
            evidence_text TEXT NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            trigger_text TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT,
            date_text TEXT,
            source_kind TEXT NOT NULL,
            source_name TEXT,
            source_text TEXT,
            modality TEXT NOT NULL,
            confidence DOUBLE PRECISION NOT NULL,
            event TEXT
        );
        CREATE INDEX mentions_document ON mentions(document, seq);
        CREATE INDEX mentions_type_date ON mentions(type, date_start);
        CREATE INDEX mentions_event ON mentions(event);

        CREATE TABLE mention_places (
            mention TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            country TEXT NOT NULL,
            admin1 TEXT,
            city TEXT,
            lat DOUBLE PRECISION,
            lon DOUBLE PRECISION,
            geonameid INTEGER,
            text TEXT,
            PRIMARY KEY (mention, seq)
        );
        CREATE INDEX mention_places_where ON mention_places(country, admin1, city);

        CREATE TABLE mention_figures (
            mention TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            value INTEGER NOT NULL,
            qualifier TEXT,
            unit TEXT,
            text TEXT,
            PRIMARY KEY (mention, seq)
        );

        CREATE TABLE mention_actors (
            mention TEXT NOT NULL REFERENCES mentions(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            role TEXT NOT NULL,
            name TEXT NOT NULL,
            text TEXT NOT NULL,
            kind TEXT,
            PRIMARY KEY (mention, seq)
        );

        CREATE TABLE quotes (
            id TEXT PRIMARY KEY,
            document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            speaker TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL
        );
        CREATE INDEX quotes_document ON quotes(document, start);

        CREATE TABLE events (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            label TEXT NOT NULL,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT,
            body TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        "event places, document counts and a digest for incremental updates",
        """
        ALTER TABLE events ADD COLUMN places_text TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN documents INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE events ADD COLUMN digest TEXT NOT NULL DEFAULT '';
        CREATE INDEX events_type_date ON events(type, date_start)
        """,
    ),
)
