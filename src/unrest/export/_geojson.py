"""GeoJSON export: a FeatureCollection with one Point feature per located event.

An event's point is the mean of its places' coordinates in its main country;
events with no coordinates get a null geometry (valid GeoJSON) so none is lost.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from unrest.export._acled import fatalities
from unrest.model import Event
from unrest.store import Store


def feature(event: Event) -> dict[str, Any]:
    """The GeoJSON feature of one event."""
    country = event.places[0].country if event.places else None
    points = [
        (p.lon, p.lat)
        for p in event.places
        if p.country == country and p.lat is not None and p.lon is not None
    ]
    geometry = None
    if points:
        lon = sum(x for x, _ in points) / len(points)
        lat = sum(y for _, y in points) / len(points)
        geometry = {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]}
    d = event.date
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": geometry,
        "properties": {
            "type": event.type,
            "label": event.label,
            "date_start": d.start if d else None,
            "date_end": (d.end or d.start) if d else None,
            "places": [
                ", ".join(x for x in (p.city, p.admin1, p.country) if x) for p in event.places
            ],
            "mentions": len(event.mentions),
            "documents": len(event.documents),
            "fatalities": fatalities(event),
            "figures": event.summary,
        },
    }


def write_geojson(store: Store, out: TextIO) -> int:
    """Write every event as one FeatureCollection; returns the number of features."""
    features = [feature(e) for e in store.events()]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    out.write("\n")
    return len(features)
