"""ACLED-style CSV of events: ACLED's columns, then our claim columns.

One row per event. ``fatalities`` is the conservative figure ACLED would code
(the lowest floor any source reports, 0 when none reports deaths); every
competing figure stays visible in the claim columns.
"""

from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources
from typing import TextIO

import yaml

from unrest.errors import UnrestError
from unrest.extract.events import event_mapping
from unrest.merge import conservative
from unrest.model import Event, Place
from unrest.store import Store

ACLED_COLUMNS = (
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
)
CLAIM_COLUMNS = ("event_id", "label", "date_end", "mentions", "documents", "figures", "claims")
COLUMNS = ACLED_COLUMNS + CLAIM_COLUMNS


@lru_cache(maxsize=1)
def _settings() -> dict[str, dict[str, object]]:
    text = resources.files("unrest.data").joinpath("acled.yaml").read_text("utf-8")
    try:
        raw = yaml.safe_load(text)
        return {"sub": dict(raw["sub_event_types"]), "fatal": dict(raw["fatality_kinds"])}
    except (KeyError, TypeError, yaml.YAMLError) as exc:
        raise UnrestError(f"unrest/data/acled.yaml is malformed: {exc}") from exc


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    text = resources.files("unrest.data").joinpath("countries.csv").read_text("utf-8")
    return {r["alpha2"]: r["name"] for r in csv.DictReader(text.splitlines())}


def acled_types(event_type: str) -> tuple[str, str]:
    """ACLED (event_type, sub_event_type) of one of our event types."""
    mapped = event_mapping().get(event_type, {}).get("acled", "")
    if ":" in mapped:
        main, sub = (x.strip() for x in mapped.split(":", 1))
        return main, sub
    return mapped, str(_settings()["sub"].get(event_type, ""))


def fatalities(event: Event) -> int:
    """The conservative death toll ACLED would code for ``event`` (0 when none reported)."""
    kinds = _settings()["fatal"]
    wanted = kinds.get(event.type, kinds["default"])
    for kind in wanted if isinstance(wanted, list) else []:
        value = conservative(event.figures.get(str(kind), []))
        if value is not None:
            return value
    return 0


def time_precision(event: Event) -> int:
    """ACLED time precision: 1 a day, 2 a week or so, 3 longer or unknown."""
    d = event.date
    if d is None or d.precision != "day":
        return 3
    end = d.end or d.start
    if end == d.start:
        return 1
    week = len(end) == 10 and end[:7] == d.start[:7] and int(end[8:]) - int(d.start[8:]) <= 7
    return 2 if week else 3


def _where(places: tuple[Place, ...]) -> tuple[str, str, str, str, str, int]:
    """(country, admin1, location, latitude, longitude, geo_precision) of an event's places."""
    if not places:
        return "", "", "", "", "", 3
    country = places[0].country
    same = [p for p in places if p.country == country]
    admin1 = sorted({p.admin1 for p in same if p.admin1})
    cities = sorted({(p.city, p.lat, p.lon) for p in same if p.city}, key=lambda c: c[0] or "")
    name = _country_names().get(country, country)
    if len(cities) == 1:
        city, lat, lon = cities[0]
        return name, admin1[0] if len(admin1) == 1 else "", city or "", _num(lat), _num(lon), 1
    region = admin1[0] if len(admin1) == 1 else ""
    return name, region, region or name, "", "", 3


def _full_date(iso: str) -> str:
    """An ISO date at any precision as a full day (its first day), as ACLED's event_date."""
    parts = iso.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _figures_text(event: Event) -> str:
    parts = []
    for kind, s in sorted(event.summary.items()):
        low, high = s.get("lowest"), s.get("highest")
        span = f"{low}" if low == high else f"{low}-{high}"
        parts.append(
            f"{kind} {span} (ACLED {s.get('acled')}; {s.get('claims')} claims, "
            f"{s.get('origins')} independent origins)"
        )
    return "; ".join(parts)


def row(event: Event, outlets: dict[str, str]) -> list[object]:
    """The CSV row of one event; ``outlets`` maps document ids to outlet names."""
    main, sub = acled_types(event.type)
    actors = [a.name for a in event.actors if a.role == "actor"]
    targets = [a.name for a in event.actors if a.role == "target"]
    country, admin1, location, lat, lon, geo = _where(event.places)
    sources = sorted({outlets[d] for d in event.documents if outlets.get(d)})
    d = event.date
    return [
        _full_date(d.start) if d else "",
        time_precision(event),
        main,
        sub,
        actors[0] if actors else "",
        "; ".join(actors[1:]),
        "; ".join(targets),
        country,
        admin1,
        location,
        lat,
        lon,
        geo,
        "; ".join(sources),
        event.label,
        fatalities(event),
        event.id,
        event.label,
        (d.end or d.start) if d else "",
        len(event.mentions),
        len(event.documents),
        _figures_text(event),
        json.dumps(_compact(event), ensure_ascii=False, sort_keys=True),
    ]


def _compact(event: Event) -> dict[str, list[dict[str, object]]]:
    """Claims without evidence text: value, qualifier, who says so, independent origins."""
    return {
        kind: [
            {
                "value": c.get("value"),
                "qualifier": c.get("qualifier"),
                "origins": c.get("origins"),
                "sources": sorted(
                    {
                        str(s.get("name") or s.get("outlet") or s.get("kind"))
                        for s in c.get("sources", [])  # type: ignore[attr-defined]
                    }
                ),
            }
            for c in claims
        ]
        for kind, claims in event.figures.items()
    }


def write_acled(store: Store, out: TextIO) -> int:
    """Write one ACLED-style row per event (with a header); returns the number of rows."""
    outlets = {d.id: d.outlet or d.path for d in store.documents()}
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    n = 0
    for event in store.events():
        writer.writerow(row(event, outlets))
        n += 1
    return n
