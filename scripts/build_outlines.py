"""Build the map outlines of the web app: ``src/unrest/web/static/data/outlines.geojson``.

Country outlines (admin-0) come from the npm package ``world-atlas`` (Natural Earth 1:110m,
TopoJSON, ISC licence); province outlines (admin-1) of the study region come from the npm package
``@amcharts/amcharts5-geodata`` (GeoJSON).  Both are installed with npm into a temporary folder
(or read from ``--from``, a folder holding ``node_modules``), simplified (Douglas-Peucker) and
rounded, so the file stays small.  Run::

    .venv/bin/python scripts/build_outlines.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

PACKAGES = ("world-atlas@2.0.2", "@amcharts/amcharts5-geodata@5.1.6")
COUNTRIES = "world-atlas/countries-110m.json"
# admin-1 outlines of the study region: (ISO country code, geodata file)
PROVINCES = (("IR", "@amcharts/amcharts5-geodata/json/iranLow.json"),)
OUT = Path(__file__).resolve().parent.parent / "src/unrest/web/static/data/outlines.geojson"
Point = list[float]
Ring = list[Point]


def _install(folder: Path) -> None:
    subprocess.run(
        ["npm", "install", "--prefix", str(folder), "--no-audit", "--no-fund", *PACKAGES],
        check=True,
    )


def _decode_arcs(topo: dict[str, Any]) -> list[Ring]:
    """Absolute coordinates of every TopoJSON arc (delta-decoded, transform applied)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        x = y = 0
        ring: Ring = []
        for dx, dy in arc:
            x += dx
            y += dy
            ring.append([x * sx + tx, y * sy + ty])
        arcs.append(ring)
    return arcs


def _ring(indices: list[int], arcs: list[Ring]) -> Ring:
    out: Ring = []
    for i in indices:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(arc if not out else arc[1:])
    return out


def _topo_features(topo: dict[str, Any], layer: str) -> list[dict[str, Any]]:
    arcs = _decode_arcs(topo)
    features = []
    for geom in topo["objects"][layer]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [[_ring(r, arcs) for r in geom["arcs"]]]
        elif geom["type"] == "MultiPolygon":
            polys = [[_ring(r, arcs) for r in poly] for poly in geom["arcs"]]
        else:
            continue
        props = geom.get("properties", {})
        features.append(_feature("country", str(props.get("name", "")), polys))
    return features


def _feature(level: str, name: str, polys: list[list[Ring]]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": {"level": level, "name": name},
        "geometry": {"type": "MultiPolygon", "coordinates": polys},
    }


def _simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker simplification of a closed ring, keeping at least four points."""
    if len(ring) <= 4:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = ring[a], ring[b]
        best, index = 0.0, -1
        for i in range(a + 1, b):
            px, py = ring[i]
            dx, dy = bx - ax, by - ay
            norm = (dx * dx + dy * dy) ** 0.5
            dist = abs(dy * px - dx * py + bx * ay - by * ax) / norm if norm else 0.0
            if dist > best:
                best, index = dist, i
        if index > 0 and best > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    out = [p for p, k in zip(ring, keep, strict=True) if k]
    return out if len(out) >= 4 else ring


def _unwrap(ring: Ring) -> Ring:
    """A ring that crosses the antimeridian, continued past 180 degrees east (no map stripe)."""
    if any(abs(a[0] - b[0]) > 180 for a, b in zip(ring, ring[1:], strict=False)):
        return [[x + 360 if x < 0 else x, y] for x, y in ring]
    return ring


def _shrink(feature: dict[str, Any], tolerance: float, digits: int) -> dict[str, Any] | None:
    polys = []
    for poly in feature["geometry"]["coordinates"]:
        rings = [
            [[round(x, digits), round(y, digits)] for x, y in _simplify(_unwrap(r), tolerance)]
            for r in poly
        ]
        if rings and len(rings[0]) >= 4:
            polys.append(rings)
    if not polys:
        return None
    feature["geometry"]["coordinates"] = polys
    return feature


def _provinces(path: Path, country: str) -> list[dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for feat in data["features"]:
        geom = feat["geometry"]
        coords = geom["coordinates"]
        polys = [coords] if geom["type"] == "Polygon" else coords
        name = str(feat.get("properties", {}).get("name", ""))
        feature = _feature("province", name, polys)
        feature["properties"]["country"] = country
        out.append(feature)
    return out


def build(modules: Path) -> dict[str, Any]:
    """The outline FeatureCollection built from the packages under ``modules``."""
    topo = json.loads((modules / COUNTRIES).read_text(encoding="utf-8"))
    countries = [
        f for f in _topo_features(topo, "countries") if f["properties"]["name"] != "Antarctica"
    ]
    features = [_shrink(f, 0.05, 2) for f in countries]
    for country, rel in PROVINCES:
        features += [_shrink(f, 0.02, 3) for f in _provinces(modules / rel, country)]
    return {
        "type": "FeatureCollection",
        "attribution": "Natural Earth via world-atlas (countries); amCharts geodata (provinces)",
        "features": [f for f in features if f is not None],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="folder with node_modules")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.source or Path(tmp)
        if args.source is None:
            _install(folder)
        data = build(folder / "node_modules")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    print(f"{len(data['features'])} outlines, {args.out.stat().st_size} bytes -> {args.out}")


if __name__ == "__main__":
    main()
