"""The PostgreSQL store: the same schema and SQL as SQLite, for many concurrent writers."""

from __future__ import annotations

import re
from typing import Any

from unrest.errors import ConfigError, StoreError
from unrest.store._sql import SQLStore

# a constant of our own: the key of the advisory lock that serialises migrations
_MIGRATION_LOCK = 0x756E72657374


def redact(url: str) -> str:
    """``url`` with any password replaced by ``***`` (for messages)."""
    return re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", url)


class PostgresStore(SQLStore):
    """The dataset in a PostgreSQL database given by a ``postgresql://`` URL."""

    begin_write = "BEGIN"
    text_order = ' COLLATE "C"'

    def __init__(self, url: str) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise ConfigError(
                "PostgreSQL needs the psycopg driver: pip install 'unrest[postgres]'"
            ) from exc
        self.path = redact(url)
        self.driver_errors = (psycopg.Error,)
        try:
            self._db = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {self.path}: {exc}".strip()) from exc
        try:
            self._migrate()
        except psycopg.Error as exc:
            self._db.close()
            raise StoreError(f"cannot prepare the Unrest schema in {self.path}: {exc}") from exc

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _lock_migrations(self) -> None:
        self._run("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    def _run(self, sql: str, args: Any = ()) -> Any:
        return self._db.execute(self._sql(sql), tuple(args), prepare=False)
