"""End to end: the app served on 127.0.0.1, driven in Debian's headless chromium by
playwright-core (``e2e.cjs``): events page, filter, an event with its evidence highlighted,
the document page; screenshots of the three pages go to ``docs/screenshots/``."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from unrest.web import create_app

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("e2e.cjs")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
PLAYWRIGHT = ROOT / "web" / "node_modules" / "playwright-core"
SHOTS = ROOT / "docs" / "screenshots"


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is not installed (run scripts/setup-web)"
    if not PLAYWRIGHT.is_dir() or shutil.which("node") is None:
        return "node or web/node_modules/playwright-core is missing (run scripts/setup-web)"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def server(web_db: Path) -> Iterator[str]:
    port = _free_port()
    config = uvicorn.Config(create_app(web_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start within 15 s")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


def test_browser_filters_opens_event_and_sees_evidence(server: str) -> None:
    reason = _missing()
    if reason:
        if os.environ.get("CI") == "true":
            pytest.fail(f"end-to-end test cannot run on CI: {reason}")
        pytest.skip(reason)
    SHOTS.mkdir(parents=True, exist_ok=True)
    run = subprocess.run(
        ["node", str(SCRIPT), server, str(SHOTS)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    found = json.loads(run.stdout.strip().splitlines()[-1])
    assert found["filteredRows"] < found["allRows"]
    assert "killed" in found["evidence"] or "shot" in found["evidence"]
    assert found["dialogs"] == 0 and found["javascriptLinks"] == 0
    for name in ("events", "event", "document"):
        assert (SHOTS / f"{name}.png").stat().st_size > 10_000
