"""Shared fixtures: a fresh PostgreSQL schema per test when a server is available.

`scripts/test` starts a throwaway server (scripts/pg-start) and sets
UNREST_TEST_PG to its URL. Without it, PostgreSQL tests are skipped locally and
fail on CI, where the server must be there.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

PG_ENV = "UNREST_TEST_PG"


def _server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{PG_ENV} is not set on CI: scripts/test starts PostgreSQL and sets it")
        pytest.skip(f"no PostgreSQL server: run `export {PG_ENV}=$(bash scripts/pg-start)`")
    return url


@pytest.fixture()
def pg_url() -> Iterator[str]:
    """The URL of a fresh, empty schema on the test server; dropped afterwards."""
    import psycopg

    server = _server_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in server else "?"
    yield f"{server}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def db_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database target for each backend: a SQLite file path, then a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return str(request.getfixturevalue("pg_url"))
