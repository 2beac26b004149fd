"""ACLED-style CSV and GeoJSON of events, on a store built from test objects."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from tests.factories import article, mention, quote

from unrest.export import ACLED_CSV_COLUMNS, write_acled, write_geojson
from unrest.merge import merge
from unrest.model import Figure
from unrest.store import open_store

EXPECTED = [
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
]


def _store(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "u.db")
    killed = (Figure("killed", 3, "at least"), Figure("killed", 9, "up to"))
    ms = [mention(), mention("men-2", type="attack", figures=killed)]
    store.write_document(article(), ms, [quote()])
    store.replace_events(merge(store.mentions(), {d.id: d for d in store.documents()}))
    return store


def test_acled_csv_columns_and_rows(tmp_path: Path) -> None:
    buf = io.StringIO()
    with _store(tmp_path) as store:
        assert write_acled(store, buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert list(rows[0])[:16] == EXPECTED
    assert list(rows[0]) == list(ACLED_CSV_COLUMNS)
    by_type = {r["event_type"]: r for r in rows}
    attack = by_type["Violence against civilians"]
    assert attack["sub_event_type"] == "Attack"
    assert attack["fatalities"] == "3"  # "up to 9" is no floor
    assert attack["event_date"] == "2021-05-03" and attack["time_precision"] == "1"
    assert attack["country"] == "Iran" and attack["location"] == "Tabriz"
    assert attack["geo_precision"] == "1" and attack["latitude"] == "38.0800"
    assert attack["source"] == "Test Wire"
    claims = json.loads(attack["claims"])
    assert [c["value"] for c in claims["killed"]] == [3, 9]
    arrest = by_type["Strategic developments"]
    assert arrest["sub_event_type"] == "Arrests" and arrest["fatalities"] == "0"


def test_geojson_feature_collection(tmp_path: Path) -> None:
    buf = io.StringIO()
    with _store(tmp_path) as store:
        assert write_geojson(store, buf) == 2
    data = json.loads(buf.getvalue())
    assert data["type"] == "FeatureCollection"
    f = data["features"][0]
    assert f["geometry"] == {"type": "Point", "coordinates": [46.29, 38.08]}
    assert f["properties"]["mentions"] == 1
