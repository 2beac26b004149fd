"""One exception hierarchy for the whole library.

Every error Unrest raises on purpose derives from :class:`UnrestError`, so a
caller can catch them all with one clause.  Messages say what went wrong, where
(file and line when known) and how to fix it.
"""

from __future__ import annotations


class UnrestError(Exception):
    """Base class of every error raised by Unrest."""


class ConfigError(UnrestError):
    """A setting, option or data file is invalid."""


class IngestError(UnrestError):
    """An input file could not be read as an article.

    ``path`` names the file, ``line`` the line of a JSON Lines file (or None).
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ExtractError(UnrestError):
    """Extraction failed on a document."""


class StoreError(UnrestError):
    """The database could not be opened, migrated, read or written."""


class EvalError(UnrestError):
    """Gold files or evaluation inputs are missing or malformed."""
