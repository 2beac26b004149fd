"""Ingest: files in, clean :class:`~unrest.model.Article` records out (helper fills this)."""
