"""Unrest: news articles about protests and repression in, a sourced event dataset out."""

from unrest.errors import (
    ConfigError,
    EvalError,
    ExtractError,
    IngestError,
    StoreError,
    UnrestError,
)

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "EvalError",
    "ExtractError",
    "IngestError",
    "StoreError",
    "UnrestError",
    "__version__",
]
