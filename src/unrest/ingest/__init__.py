"""Ingest: files in, clean :class:`~unrest.model.Article` records out.

Supported inputs are plain text (``.txt``/``.md``, page chrome is removed), HTML pages
(``.html``/``.htm``, main text by trafilatura), JSON Lines (``.jsonl``, one
object per line with ``text`` or ``html``) and JSON (``.json``, one such object or
an array of them).  Bad files and bad JSONL lines are
*yielded* as :class:`~unrest.errors.IngestError` values so a caller can report
them and go on.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from unrest.errors import ConfigError, IngestError, UnrestError
from unrest.ingest import (
    _boilerplate,
    _html,
    _pubdate,
    _pubdate_label,
    _pubdate_solar,
    _pubdate_top,
    _read,
)
from unrest.model import Article, PublishedDate

__all__ = [
    "MAX_BYTES",
    "SUPPORTED_SUFFIXES",
    "article_id",
    "discover",
    "find_published",
    "iter_articles",
    "read_file",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".json")
#: Suffixes read as plain text (page chrome and heading markup removed).
TEXT_SUFFIXES = (".txt", ".md")
MAX_BYTES = 50 * 1024 * 1024


def article_id(clean_text: str) -> str:
    """Stable id of an article: ``"doc-"`` and the first 16 hex digits of SHA-256 of its text."""
    return "doc-" + hashlib.sha256(clean_text.encode("utf-8")).hexdigest()[:16]


def discover(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Input files: files as given, folders expanded recursively (sorted, supported suffixes).

    Hidden files and folders inside a folder are skipped; duplicates are listed once.
    Raises :class:`IngestError` for a path that does not exist.
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found.extend(_walk(path))
        elif path.exists():
            found.append(path)
        else:
            raise IngestError(str(given), "no such file or folder")
    return list(dict.fromkeys(found))


def _walk(folder: Path) -> list[Path]:
    """Supported files under ``folder``, sorted, skipping hidden entries."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def iter_articles(
    paths: Sequence[str | os.PathLike[str]], *, published: str | None = None
) -> Iterator[Article | IngestError]:
    """Articles from all ``paths`` (files or folders); problems are yielded, not raised.

    ``published`` (an ISO date given by the user) overrides every article's own date.
    Raises :class:`ConfigError` at once when ``published`` is not a date.
    """
    _given_date(published)
    return _iter_articles(paths, published)


def _iter_articles(
    paths: Sequence[str | os.PathLike[str]], published: str | None
) -> Iterator[Article | IngestError]:
    for given in paths:
        try:
            files = discover([given])
        except IngestError as error:
            yield error
            continue
        for path in files:
            try:
                yield from read_file(path, display=str(path), published=published)
            except UnrestError:
                raise
            except Exception as exc:  # a bug in one reader must not stop the corpus
                yield IngestError(str(path), f"could not be read ({type(exc).__name__}: {exc})")


def read_file(
    path: Path, *, display: str | None = None, published: str | None = None
) -> Iterator[Article | IngestError]:
    """Articles in one file: one for ``.txt``/``.html``, one per line for ``.jsonl``.

    ``display`` is the path as the user gave it (``Article.path``; ``display:LINE``
    for JSONL).  ``published``, an ISO date given by the user, wins over any date
    found (method ``given``).  A bad file or line is yielded as an
    :class:`IngestError`; a bad ``published`` raises :class:`ConfigError` at once.
    """
    given = _given_date(published)
    return _read_file(Path(path), display or str(path), given)


def _read_file(
    path: Path, display: str, given: PublishedDate | None
) -> Iterator[Article | IngestError]:
    suffix = path.suffix.lower()
    if path.is_dir():
        yield IngestError(display, "is a folder, not a file")
    elif suffix not in SUPPORTED_SUFFIXES:
        yield IngestError(
            display,
            f"unsupported file type {suffix or '(none)'!r}; expected one of "
            + ", ".join(SUPPORTED_SUFFIXES),
        )
    elif suffix == ".jsonl":
        yield from _read_jsonl(path, display, given)
    elif suffix == ".json":
        yield from _read_json(path, display, given)
    else:
        try:
            data = _read.read_bytes(path, MAX_BYTES)
            if suffix in TEXT_SUFFIXES:
                yield _from_text(_read.decode_text(data), display, given=given)
            else:
                yield _from_html(_read.decode_html(data), display, given=given)
        except (_read.ReadProblem, _html.HtmlProblem) as problem:
            yield IngestError(display, problem.reason)


def find_published(text: str, *, url: str | None = None, html: str | None = None) -> PublishedDate:
    """When an article was published, and how that was found.

    In order: the HTML's metadata (htmldate), a date in the URL, a labelled dateline
    in the text ("Published On: June 5, 2020"), a date the text ties to the time of
    writing ("so far in 2019"); else unknown.  An unlabelled date at the top of a
    page (often the day it was viewed) is taken only when the text bears it out
    (:mod:`unrest.ingest._pubdate_top`).  A Solar Hijri date glossed in Gregorian
    ("4 Bahman 1398 [24 January 2020]") is read as its gloss.
    """
    if html:
        found = _html.meta_date(html)
        if found:
            return PublishedDate(found, "metadata", "meta")
    if url:
        from_url = _pubdate.from_url(url)
        if from_url:
            return from_url
    text = _pubdate_solar.with_gloss(text)
    return (
        _pubdate.from_dateline(text)
        or _pubdate_label.from_header_label(text)
        or _pubdate_label.from_written_on(text)
        or _pubdate_top.from_top_date(text)
        or _pubdate_top.from_top_weekday(text)
        or _pubdate_top.from_years_ago_today(text)
        or _pubdate.infer(text)
    )


def _given_date(published: str | None) -> PublishedDate | None:
    """The user's ``--published`` date as a PublishedDate (method ``given``)."""
    if published is None:
        return None
    value = normalise_date(published)
    if value is None:
        raise ConfigError(
            f"published date {published!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
        )
    return PublishedDate(value, "given", "user")


def normalise_date(value: str) -> str | None:
    """ISO form (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) of a date string, or None if not a date.

    Accepts ISO dates and datetimes and written dates ("June 5, 2020").
    """
    value = value.strip()
    if len(value) == 4 and value.isdigit():
        return value
    if len(value) == 7 and value[4] == "-" and _pubdate.find_dates(value + "-01"):
        return value
    dates = _pubdate.find_dates(value)
    return dates[0].value if len(dates) == 1 else None


def _from_text(
    raw: str,
    display: str,
    *,
    given: PublishedDate | None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: PublishedDate | None = None,
) -> Article:
    """An Article from plain text: date read first (from the raw page), then chrome removed."""
    date = given or published or find_published(raw, url=url)
    cleaned = _boilerplate.clean(raw, title)
    if not cleaned.text:
        raise _read.ReadProblem("no article text left after removing page chrome")
    return Article(
        id=article_id(cleaned.text),
        path=display,
        text=cleaned.text,
        url=url,
        title=title or cleaned.title,
        outlet=outlet,
        published=date,
    )


def _from_html(
    html: str,
    display: str,
    *,
    given: PublishedDate | None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    published: PublishedDate | None = None,
) -> Article:
    """An Article from an HTML page: trafilatura's main text, metadata title, site and date."""
    page = _html.parse(html, url=url)
    date = given or published or find_published(page.text, url=url, html=html)
    return _from_text(
        page.text,
        display,
        given=date,
        url=url,
        title=title or page.title,
        outlet=outlet or page.outlet,
    )


def _read_jsonl(
    path: Path, display: str, given: PublishedDate | None
) -> Iterator[Article | IngestError]:
    """Articles of a JSON Lines file, one per non-blank line; bad lines yield errors."""
    try:
        _read.check_size(path, MAX_BYTES)
        with path.open("rb") as handle:
            if b"\x00" in handle.read(8192):
                raise _read.ReadProblem("binary file (contains NUL bytes), not JSON Lines")
            handle.seek(0)
            count = 0
            for lineno, raw in enumerate(handle, start=1):
                if not raw.strip():
                    continue
                count += 1
                yield _jsonl_line(raw, lineno, display, given)
    except _read.ReadProblem as problem:
        yield IngestError(display, problem.reason)
        return
    except OSError as exc:
        yield IngestError(display, f"cannot read file: {exc.strerror or exc}")
        return
    if count == 0:
        yield IngestError(display, "no articles: the file holds only blank lines")


def _read_json(
    path: Path, display: str, given: PublishedDate | None
) -> Iterator[Article | IngestError]:
    """Articles of a JSON file: one object like a JSONL line, or an array of them."""
    try:
        text = _read.decode_text(_read.read_bytes(path, MAX_BYTES))
        data = json.loads(text)
    except _read.ReadProblem as problem:
        yield IngestError(display, problem.reason)
        return
    except json.JSONDecodeError as exc:
        yield IngestError(display, f"malformed JSON: {exc.msg} (line {exc.lineno})", exc.lineno)
        return
    records = data if isinstance(data, list) else [data]
    if not records:
        yield IngestError(display, "no articles: the JSON array is empty")
    for n, record in enumerate(records, start=1):
        where = f"{display}:{n}" if isinstance(data, list) else display
        if not isinstance(record, dict):
            yield IngestError(display, f"item {n}: expected an object with 'text' or 'html'")
            continue
        try:
            yield _jsonl_article(record, where, given)
        except (_read.ReadProblem, _html.HtmlProblem) as problem:
            yield IngestError(display, f"item {n}: {problem.reason}")


def _jsonl_line(
    raw: bytes, lineno: int, display: str, given: PublishedDate | None
) -> Article | IngestError:
    """One JSONL line as an Article, or the IngestError naming that line."""
    try:
        record = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        return IngestError(display, "not UTF-8 text; re-save as UTF-8", lineno)
    except json.JSONDecodeError as exc:
        return IngestError(display, f"malformed JSON: {exc.msg} (column {exc.colno})", lineno)
    if not isinstance(record, dict):
        return IngestError(display, "expected a JSON object with a 'text' or 'html' field", lineno)
    try:
        return _jsonl_article(record, f"{display}:{lineno}", given)
    except _read.ReadProblem as problem:
        return IngestError(display, problem.reason, lineno)
    except _html.HtmlProblem as problem:
        return IngestError(display, problem.reason, lineno)


def _jsonl_article(record: dict[str, Any], where: str, given: PublishedDate | None) -> Article:
    """An Article from one JSONL object: ``text`` or ``html``, optional metadata fields."""
    fields = {k: _optional_str(record, k) for k in ("text", "html", "url", "title", "outlet")}
    published: PublishedDate | None = None
    if record.get("published") not in (None, ""):
        value = normalise_date(str(record["published"]))
        if value is None:
            raise _read.ReadProblem(f"field 'published' is not a date: {record['published']!r}")
        published = PublishedDate(value, "metadata", "jsonl")
    meta = {"url": fields["url"], "title": fields["title"], "outlet": fields["outlet"]}
    if fields["text"] and fields["text"].strip():
        return _from_text(fields["text"], where, given=given, published=published, **meta)
    if fields["html"] and fields["html"].strip():
        return _from_html(fields["html"], where, given=given, published=published, **meta)
    raise _read.ReadProblem("no 'text' or 'html' field with content")


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    """``record[key]`` as a string, None when absent; other types are an error."""
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise _read.ReadProblem(f"field {key!r} must be a string, not {type(value).__name__}")
