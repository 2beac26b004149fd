"""Events in the store: round trip of claims, incremental replacement, lookup by prefix."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from tests.factories import article, mention

from unrest.merge import merge
from unrest.model import Actor, Figure
from unrest.store import open_store


def test_event_round_trip_and_incremental_replace(tmp_path: Path) -> None:
    with open_store(tmp_path / "u.db") as store:
        a = dataclasses.replace(mention("men-a"), actors=(Actor("actor", "Riot police", "police"),))
        store.write_document(article(), [a], [])
        [ev] = merge(store.mentions(), {d.id: d for d in store.documents()})
        store.replace_events([ev])
        [back] = store.events()
        assert back == ev
        assert back.summary["arrested"]["acled"] == 12
        assert store.event(ev.id[:8]) == ev and store.event("evt-nope") is None

        other = article(text="Another text.", doc_id="doc-test0000000002", path="b.txt")
        b = mention("men-b", doc=other.id, figures=(Figure("arrested", 30),))
        store.write_document(other, [b], [])
        events = merge(store.mentions())
        assert store.replace_events(events) == 1
        [again] = store.events()
        assert set(again.mentions) == {"men-a", "men-b"}
        assert {m.event for m in store.mentions()} == {again.id}

        store.replace_events([])
        assert store.count("events") == 0
        assert {m.event for m in store.mentions()} == {None}
