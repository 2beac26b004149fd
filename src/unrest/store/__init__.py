"""Storage: the only code that writes SQL.

:func:`open_store` takes a SQLite file path (the default) or a
``postgresql://`` URL and returns a store with one small interface:
``write_document``, ``replace_events``, and readers for documents, mentions,
quotes and events. Both backends run the same SQL and migrations.
"""

from __future__ import annotations

from pathlib import Path

from unrest.errors import StoreError
from unrest.store._postgres import PostgresStore
from unrest.store._sql import SQLStore
from unrest.store._sqlite import SQLiteStore

__all__ = ["PostgresStore", "SQLStore", "SQLiteStore", "Store", "is_postgres", "open_store"]

Store = SQLStore
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres(target: str | Path) -> bool:
    """Whether ``target`` names a PostgreSQL database rather than a SQLite file."""
    return str(target).startswith(POSTGRES_SCHEMES)


def open_store(target: str | Path) -> Store:
    """Open (creating and migrating if needed) the database at ``target``.

    ``target`` is a SQLite file path or a ``postgresql://user@host:port/db`` URL.
    """
    text = str(target)
    if is_postgres(text):
        return PostgresStore(text)
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise StoreError(
            f"database scheme {scheme!r} is not supported; give a SQLite file path or a "
            "postgresql:// URL with --db"
        )
    parent = Path(text).parent
    if not parent.exists():
        raise StoreError(f"folder {parent} does not exist; create it or give another --db path")
    return SQLiteStore(text)
