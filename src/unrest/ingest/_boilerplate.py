"""Removing page chrome from plain text copied from web pages.

The article's words are never rewritten: whole lines are kept or dropped, white
space is folded and bullet characters are removed.  Patterns live in
``unrest/data/boilerplate.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from unrest.errors import ConfigError
from unrest.ingest._pubdate import MONTH_NAME, is_bare_date_line

_BULLET = re.compile(r"^(?:[•·▪▫◦●○■□‣⁃∙]\s*|[*–—-]\s+)+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_SENTENCE_END = (".", "!", "?", '"', "'", "”", "’", ")", ":", ";")
_ELLIPSIS = ("...", "…")
# Heading markup around a section title: "== References ==", "## Notes", "References[edit]".
_HEADING_MARKUP = re.compile(r"^[=#\s]+|[=#\s]+$|\s*\[\s*edit\s*\]\s*$|:$", re.IGNORECASE)
_MONTH = MONTH_NAME
# A line that opens with a day and month ("7 December -", "Monday 9 January:", "Dec. 7 —").
_DATE_LED = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b)(?:,?\s+\d{{4}})?\s*[-–—:,]",
    re.IGNORECASE,
)
# A line of a reference list: retrieval notes, archive notes, links, identifiers, "^" back-links.
_CITATION = re.compile(
    r"\b(?:retrieved|archived from|accessed)\b|https?://|\bISBN\b|\bdoi:|^\^|^\[?\d{1,3}[.\]]\s",
    re.IGNORECASE,
)

BODY_MIN_WORDS = 20
CAPTION_MAX_WORDS = 7
TEASER_MAX_WORDS = 20
HEADER_MAX_LINES = 12


@dataclass(frozen=True)
class Patterns:
    """Compiled chrome patterns from the data file."""

    chrome: tuple[re.Pattern[str], ...]
    teaser: re.Pattern[str]
    end: re.Pattern[str]
    max_chrome_words: int


@dataclass(frozen=True)
class Cleaned:
    """Clean article text (one paragraph per line, blank line between) and its title."""

    text: str
    title: str | None


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    """Load and compile ``data/boilerplate.yaml`` once."""
    source = resources.files("unrest.data").joinpath("boilerplate.yaml")
    try:
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        chrome = tuple(re.compile(p, re.IGNORECASE) for p in data["chrome_lines"])
        teaser = re.compile(_alternation(data["teaser_headings"]), re.IGNORECASE)
        end = re.compile(_alternation(data["end_headings"]), re.IGNORECASE)
        return Patterns(chrome, teaser, end, int(data["max_chrome_words"]))
    except (OSError, yaml.YAMLError, KeyError, TypeError, re.error) as exc:
        raise ConfigError(f"unrest/data/boilerplate.yaml is invalid: {exc}") from exc


def _alternation(items: list[str]) -> str:
    return "(?:" + "|".join(f"(?:{p})" for p in items) + ")"


def _words(line: str) -> int:
    return len(line.split())


def normalise_line(line: str) -> str:
    """Fold runs of white space, trim, and drop leading bullet characters."""
    line = _SPACES.sub(" ", line).strip()
    return _BULLET.sub("", line, count=1)


def is_body(line: str) -> bool:
    """A line that reads as article prose: long, and ending like a sentence."""
    n = _words(line)
    if line.endswith(_ELLIPSIS):
        return False
    return n >= 2 * BODY_MIN_WORDS or (n >= BODY_MIN_WORDS and line.endswith(_SENTENCE_END))


def is_chrome(line: str) -> bool:
    """A short line that is page furniture (share prompts, tags, copyright, bylines...)."""
    pats = patterns()
    if _words(line) > pats.max_chrome_words:
        return False
    return any(p.fullmatch(line) for p in pats.chrome)


def is_teaser_heading(line: str) -> bool:
    """A heading that opens a block of links to other articles ("Latest news", "Related")."""
    rest = line.strip()
    heading = patterns().teaser
    if not rest or _words(rest) > 8:
        return False
    while rest:
        m = heading.match(rest)
        if not m or m.end() == 0:
            return False
        rest = rest[m.end() :]
        if rest and rest[0].isalnum() and not _glued(line, len(line) - len(rest)):
            return False
        rest = rest.lstrip(" :|-–—»›>")
    return True


def is_end_heading(line: str) -> bool:
    """A heading after which only apparatus follows ("References", "== External links ==")."""
    if _words(line) > 6:
        return False
    return patterns().end.fullmatch(_HEADING_MARKUP.sub("", line).strip()) is not None


def _citations_follow(rest: list[str]) -> bool:
    """Most lines after a heading read as a reference list (however long it is)."""
    if len(rest) < 3:
        return False
    return sum(1 for x in rest if _CITATION.search(x)) * 2 >= len(rest)


def _glued(line: str, pos: int) -> bool:
    """True when two headings are glued at ``pos`` ("likeRELATED": lower then upper case)."""
    return pos > 0 and line[pos - 1].islower() and line[pos].isupper()


def _is_teaser_line(line: str) -> bool:
    """A headline or a "..."-truncated snippet inside a teaser block."""
    if line.endswith(_ELLIPSIS):
        return True
    return _words(line) <= TEASER_MAX_WORDS and not line.endswith((".", ".”", '."', ":", ";"))


def _drop_teasers(lines: list[str]) -> list[str]:
    """Remove teaser headings and the run of headline-like lines after each."""
    out: list[str] = []
    total = sum(len(x) for x in lines) or 1
    seen = 0
    i = 0
    while i < len(lines):
        line = lines[i]
        seen += len(line)
        if is_end_heading(line) and (seen > total / 2 or _citations_follow(lines[i + 1 :])):
            break
        if not is_teaser_heading(line):
            out.append(line)
            i += 1
            continue
        i += 1
        while i < len(lines) and (
            _is_teaser_line(lines[i]) or is_teaser_heading(lines[i]) or is_chrome(lines[i])
        ):
            seen += len(lines[i])
            i += 1
    return out


def _is_breadcrumb(line: str, later: list[str]) -> bool:
    """A navigation trail glued to the title: it ends with (the start of) a later line."""
    stem = line[:-3] if line.endswith("...") else line.rstrip("…")
    for other in later:
        probe = other[:20]
        if len(probe) < 12:
            continue
        idx = stem.find(probe)
        if idx > 0 and other.startswith(stem[idx:]):
            return True
    return False


def _is_heading(line: str) -> bool:
    """A title-like line: short, a single sentence at most, not a teaser or chrome."""
    n = _words(line)
    return 2 <= n <= 25 and not is_body(line) and line.count(". ") == 0


def _opens_timeline(lines: list[str], first_body: int) -> bool:
    """The line before the first paragraph is a date stamp, and stamps recur in the body.

    A live blog or timeline stamps every entry ("18 June 2018, 09:40"); the first
    stamp dates the first entry, so it is text, not a header date to drop.
    """
    if first_body == 0 or not _is_stamp(lines[first_body - 1]):
        return False
    return any(_is_stamp(x) for x in lines[first_body + 1 :])


def _is_stamp(line: str) -> bool:
    """A timeline stamp or dated entry heading ("7 December - Strike ends", "9 Jan 2023, 10:15")."""
    return is_bare_date_line(line) or (
        _words(line) <= CAPTION_MAX_WORDS + 5 and _DATE_LED.match(line) is not None
    )


def _clean_header(lines: list[str], hint: str | None) -> tuple[list[str], str | None]:
    """Clean the lines before the first body paragraph and pick the title.

    Drops bare dates, breadcrumbs, repeated lines and short unpunctuated lines
    (image captions, category labels) other than the title.
    """
    kept = [
        line
        for i, line in enumerate(lines)
        if not is_bare_date_line(line) and not _is_breadcrumb(line, lines[i + 1 :])
    ]
    headings = [x for x in kept if _is_heading(x)]
    title = next((x for x in headings if _words(x) >= 4), headings[0] if headings else None)
    if hint and hint in kept:
        title = hint
    out: list[str] = []
    for line in kept:
        if line in out:
            continue
        caption = _words(line) <= CAPTION_MAX_WORDS and not line.endswith(_SENTENCE_END)
        if caption and line != title:
            continue
        out.append(line)
    return out, title


def clean(raw: str, title_hint: str | None = None) -> Cleaned:
    """Remove page chrome from ``raw`` text; one paragraph per line, blank lines between.

    Returns the text (possibly empty) and the title when a heading-like line opens it;
    a line equal to ``title_hint`` (a title known from metadata) is kept as the title.
    """
    hint = normalise_line(title_hint) if title_hint else None
    lines = [normalise_line(x) for x in raw.splitlines()]
    lines = [x for x in lines if x and not is_chrome(x)]
    lines = _drop_teasers(lines)
    first_body = next((i for i, x in enumerate(lines) if is_body(x)), None)
    title: str | None = None
    if first_body is not None and first_body <= HEADER_MAX_LINES:
        header, title = _clean_header(lines[:first_body], hint)
        if _opens_timeline(lines, first_body):
            header.append(lines[first_body - 1])
        lines = header + lines[first_body:]
    elif len(lines) > 1 and _is_heading(lines[0]):
        title = lines[0]
    return Cleaned("\n\n".join(lines), title)
