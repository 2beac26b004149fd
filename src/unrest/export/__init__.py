"""Exports: JSON Lines (the contract in EXPORT.md), CSV of mentions, ACLED-style CSV and
GeoJSON of events."""

from collections.abc import Callable
from typing import TextIO

from unrest.export._acled import ACLED_COLUMNS, write_acled
from unrest.export._acled import COLUMNS as ACLED_CSV_COLUMNS
from unrest.export._csv import MENTION_COLUMNS, write_csv
from unrest.export._geojson import write_geojson
from unrest.export._jsonl import records, write_jsonl
from unrest.store import Store

Writer = Callable[[Store, TextIO], int]

#: Each format and its writer; ``csv`` is mentions, ``acled`` and ``geojson`` are events.
WRITERS: dict[str, Writer] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "acled": write_acled,
    "geojson": write_geojson,
}
FORMATS = tuple(WRITERS)

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_CSV_COLUMNS",
    "FORMATS",
    "MENTION_COLUMNS",
    "WRITERS",
    "records",
    "write_acled",
    "write_csv",
    "write_geojson",
    "write_jsonl",
]
