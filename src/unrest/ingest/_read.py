"""Safe reading of input files: size limit, binary refusal, UTF-8 decoding."""

from __future__ import annotations

import re
from pathlib import Path

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SNIFF_BYTES = 8192
_MAX_CONTROL_SHARE = 0.05
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


class ReadProblem(Exception):
    """A file cannot be read as text; ``reason`` is a one-line message for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_size(path: Path, max_bytes: int) -> int:
    """Size of ``path`` in bytes; refuse files over ``max_bytes`` without reading them."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadProblem(f"cannot read file: {exc.strerror or exc}") from exc
    if size > max_bytes:
        raise ReadProblem(
            f"file is {size / 1_048_576:.1f} MB, over the {max_bytes / 1_048_576:.0f} MB limit; "
            "split it into smaller files"
        )
    if size == 0:
        raise ReadProblem("empty file")
    return size


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The bytes of ``path`` after the size check; refuses obviously binary content."""
    check_size(path, max_bytes)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReadProblem(f"cannot read file: {exc.strerror or exc}") from exc
    if data.startswith(_UTF16_BOMS):
        raise ReadProblem("UTF-16 text, not UTF-8; re-save as UTF-8")
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise ReadProblem("binary file (contains NUL bytes), not text")
    return data


def decode_text(data: bytes) -> str:
    """UTF-8 text of ``data`` (a BOM is dropped); refuses undecodable or mostly-control data."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if _looks_binary(data):
            raise ReadProblem("binary file, not text") from exc
        raise ReadProblem(
            f"not UTF-8 text (bad byte at offset {exc.start}); re-save as UTF-8"
        ) from exc
    sample = text[:_SNIFF_BYTES]
    if sample and len(_CONTROL.findall(sample)) / len(sample) > _MAX_CONTROL_SHARE:
        raise ReadProblem("binary file (mostly control characters), not text")
    if not text.strip():
        raise ReadProblem("file has no text (only white space)")
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SNIFF_BYTES]
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32 or b == 127)
    return controls / max(len(sample), 1) > _MAX_CONTROL_SHARE


def decode_html(data: bytes) -> str:
    """HTML text of ``data``: UTF-8, else the charset the page declares."""
    try:
        return decode_text(data)
    except ReadProblem as problem:
        declared = re.search(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", data[:4096])
        if not declared or not problem.reason.startswith("not UTF-8"):
            raise
        charset = declared.group(1).decode("ascii")
        try:
            return decode_text(data.decode(charset).encode("utf-8"))
        except (LookupError, UnicodeDecodeError) as exc:
            raise ReadProblem(
                f"cannot decode HTML as UTF-8 or its declared charset {charset!r}"
            ) from exc
