"""A local web app over a stored dataset: events with map and timeline, the evidence behind
every figure, highlighted articles, and a JSON API with an OpenAPI description.

It is offline (Leaflet and the map outlines are served from the package's own static folder),
binds 127.0.0.1 by default, and is read-only unless created with ``writable=True``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles

from unrest.errors import StoreError
from unrest.store import open_store

__all__ = ["STATIC", "create_app", "serve"]

STATIC = Path(__file__).parent / "static"

# Only the app's own scripts run: no inline script, no other origin, no plug-ins, no framing.
CSP = (
    "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'; img-src 'self' data:; "
    "style-src 'self' 'unsafe-inline'; connect-src 'self'"
)


def create_app(db_path: str | Path, *, writable: bool = False) -> FastAPI:
    """The web app over the database at ``db_path`` (which must exist).

    With ``writable=False`` (the default) no route changes the database.
    """
    path = Path(db_path)
    if not path.is_file():
        raise StoreError(f"{path} does not exist; run `unrest ingest` first or give another --db")
    open_store(path).close()  # fails early, with a clear message, on a file that is not a db

    from unrest.web import _api, _pages

    app = FastAPI(
        title="Unrest",
        summary="Events of protest and repression, with the evidence behind every figure.",
        version="1",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = str(path)
    app.state.writable = writable
    app.include_router(_api.router)
    app.include_router(_pages.router)
    app.mount("/static", StaticFiles(directory=STATIC, follow_symlink=False), name="static")
    app.middleware("http")(_security_headers)
    return app


async def _security_headers(
    request: Request, call_next: Callable[[Request], Awaitable[Response]]
) -> Response:
    response = await call_next(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Frame-Options"] = "DENY"
    return response


def serve(
    db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, writable: bool = False
) -> None:
    """Serve the app until interrupted (127.0.0.1 unless another ``host`` is given)."""
    import uvicorn

    uvicorn.run(create_app(db_path, writable=writable), host=host, port=port, log_level="warning")
