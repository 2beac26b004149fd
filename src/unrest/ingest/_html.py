"""Main text and metadata of an HTML page (trafilatura, htmldate)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

_TAG = re.compile(r"<\s*[A-Za-z!/]")
_FIGURE = re.compile(r"<\s*/?\s*figure\b[^>]*>", re.IGNORECASE)
_CAPTION = re.compile(r"<(\s*/?\s*)figcaption\b", re.IGNORECASE)


@dataclass(frozen=True)
class Page:
    """What an HTML page gives: main text (one paragraph per line), title and site name."""

    text: str
    title: str | None
    outlet: str | None


class HtmlProblem(Exception):
    """The page is not usable HTML or has no article text; ``reason`` is for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _quiet() -> None:
    """Silence the libraries' own warnings about odd pages; errors are reported by us."""
    for name in ("trafilatura", "htmldate", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.ERROR)


def meta_date(html: str) -> str | None:
    """Publication date from the page's metadata (htmldate, original date, no text search)."""
    import htmldate

    _quiet()
    try:
        found = htmldate.find_date(html, original_date=True, extensive_search=False)
    except (ValueError, TypeError):
        return None
    return found if isinstance(found, str) else None


def keep_captions(html: str) -> str:
    """Photo captions as paragraphs of their own, so that the main text keeps them.

    trafilatura drops ``<figure>`` blocks with their ``<figcaption>``, yet a
    caption often reports an event in its own words ("Riot police fire tear gas
    at students in Tabriz on Sunday"); a photo essay may be nothing else.
    """
    if not _CAPTION.search(html):
        return html
    return _CAPTION.sub(r"<\1p", _FIGURE.sub("", html))


def parse(html: str, *, url: str | None = None) -> Page:
    """Extract the main text and metadata of ``html``.

    Raises :class:`HtmlProblem` when the input has no HTML markup or no article text.
    """
    import trafilatura

    _quiet()
    if not _TAG.search(html[:65536]):
        raise HtmlProblem("malformed HTML: no markup found")
    try:
        text = trafilatura.extract(
            keep_captions(html),
            url=url,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
        )
        meta = trafilatura.extract_metadata(html, default_url=url)
    except (ValueError, TypeError) as exc:
        raise HtmlProblem(f"malformed HTML: {exc}") from exc
    if not text or not text.strip():
        raise HtmlProblem("no article text found in the HTML (malformed or empty page)")
    title = getattr(meta, "title", None) if meta else None
    outlet = getattr(meta, "sitename", None) if meta else None
    return Page(text, title or None, outlet or None)
