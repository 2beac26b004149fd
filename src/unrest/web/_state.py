"""Per-request access to the database the app was created with."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request

from unrest.store import Store, open_store


def open_request_store(request: Request) -> Iterator[Store]:
    """A store opened for this request and closed after it (SQLite handles are per thread)."""
    store = open_store(request.app.state.db_path)
    try:
        yield store
    finally:
        store.close()
