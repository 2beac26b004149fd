"""Exports: JSON Lines (the contract in EXPORT.md) and CSV of mentions."""

from unrest.export._csv import MENTION_COLUMNS, write_csv
from unrest.export._jsonl import records, write_jsonl

FORMATS = ("jsonl", "csv")

__all__ = ["FORMATS", "MENTION_COLUMNS", "records", "write_csv", "write_jsonl"]
