"""Storage: the only code that writes SQL.

:func:`open_store` takes a path (SQLite, the default) and returns a store with
one small interface: ``write_document``, ``replace_events``, and readers for
documents, mentions, quotes and events.
"""

from __future__ import annotations

from pathlib import Path

from unrest.errors import StoreError
from unrest.store._sqlite import SQLiteStore

__all__ = ["SQLiteStore", "open_store", "Store"]

Store = SQLiteStore


def open_store(target: str | Path) -> Store:
    """Open (creating and migrating if needed) the database at ``target``."""
    text = str(target)
    if "://" in text:
        scheme = text.split("://", 1)[0]
        raise StoreError(
            f"database scheme {scheme!r} is not supported yet; give a SQLite file path with --db"
        )
    parent = Path(text).parent
    if not parent.exists():
        raise StoreError(f"folder {parent} does not exist; create it or give another --db path")
    return SQLiteStore(text)
