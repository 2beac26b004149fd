"""Publication dates labelled inside a document's header lines, in the wordings of
transcripts, broadcasts, reviews and handouts.

The labels :func:`unrest.ingest._pubdate.from_dateline` reads open a line or a
strip field ("Published: ...", "Broadcast: ...").  Header lines also put the label
after the kind of document or after a comma, and in markdown they bolden it:

- "Transcript published 20 November 2020", "Episode aired Wednesday 16 October 2019";
- "The Quarterly Review, Spring issue, published 10 March 2019", "... (published 12
  June 2023)";
- "Lecture date: 14 February 2023", "Date of summary: 12 November 2022";
- "Editor's note, 20 February 2018: The letter below ...";
- "**Published:** 26 July 2021".

These wordings are read only on the first :data:`HEADER_LINES` non-blank lines: in
the body, "the report, published 5 May 2021." dates another document.
"""

from __future__ import annotations

import re

from unrest.ingest._pubdate import LABEL_TAIL, nonblank_lines, written_at
from unrest.model import PublishedDate

#: Non-blank lines at the top of a text that may hold its header.
HEADER_LINES = 8

#: Kinds of document that may name themselves before a publication label.
_DOC_NOUNS = (
    r"transcript|episode|programme|program|summary|lecture|edition|issue|bulletin|statement"
    r"|note|memo|letter|review|column|interview|podcast|speech|briefing|handout|report"
    r"|release|notice|submission|document|publication|article|page|post|story|entry|video"
)
_LABELS: tuple[re.Pattern[str], ...] = (
    # "Transcript published 20 November 2020", "..., Spring issue, published ...",
    # "(published 12 June 2023)".
    re.compile(
        rf"(?:^|[,(|·•—–;]\s*)(?:(?:{_DOC_NOUNS})\s+)?"
        r"(?P<label>published|aired|broadcast|posted|issued)(?:\s+on)?\s*[:\-–]?\s*",
        re.IGNORECASE,
    ),
    # "Lecture date: 14 February 2023", "Date of summary: 12 November 2022".
    re.compile(
        rf"(?:^|[|·•—–;]\s*)(?P<label>(?:{_DOC_NOUNS})\s+date|date\s+of\s+(?:{_DOC_NOUNS}))"
        r"\s*:\s*",
        re.IGNORECASE,
    ),
    # "Editor's note, 20 February 2018: ..."
    re.compile(r"^(?P<label>editor[’']?s\s+note),?\s*", re.IGNORECASE),
)
#: Markdown emphasis around a label ("**Published:** 26 July 2021").
_EMPHASIS = re.compile(r"\*\*|__")
#: A label's date may also end its clause with a colon ("Editor's note, 20 February 2018:").
_COLON = re.compile(r"\s*:(?:\s|$)")


def from_header_label(text: str) -> PublishedDate | None:
    """The full date after a publication label in one of the first header lines."""
    for raw in nonblank_lines(text)[:HEADER_LINES]:
        line = _EMPHASIS.sub("", raw)
        for pattern in _LABELS:
            for m in pattern.finditer(line):
                found = written_at(line, m.end())
                if found is None or len(found[0]) != 10:
                    continue
                if LABEL_TAIL.match(line, found[1]) or _COLON.match(line, found[1]):
                    label = " ".join(m.group("label").lower().split())
                    return PublishedDate(found[0], "dateline", label)
    return None
