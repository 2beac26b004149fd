"""The SQLite store: WAL journal, one writer, the default."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from unrest.errors import StoreError
from unrest.store._sql import SQLStore


class SQLiteStore(SQLStore):
    """The dataset in one SQLite file (WAL journal: readers never block the writer)."""

    driver_errors = (sqlite3.Error,)
    begin_write = "BEGIN IMMEDIATE"

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=30)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc
        self._db.row_factory = sqlite3.Row
        try:
            self._run("PRAGMA journal_mode=WAL")
            self._run("PRAGMA foreign_keys=ON")
            self._run("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise StoreError(
                f"{self.path} is not an Unrest database ({exc}); give another path with --db"
            ) from exc
