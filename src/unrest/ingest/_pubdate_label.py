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

Also here, :func:`from_written_on`: a top sentence saying when the text was put
together ("Compiled for the embassy's website on 26 November 2019.").

These wordings are read only on the first :data:`~unrest.ingest._pubdate_top.TOP_LINES`
non-blank lines: in the body, "the report, published 5 May 2021." dates another document.
"""

from __future__ import annotations

import re

from unrest.ingest._pubdate import LABEL_TAIL, nonblank_lines, written_at
from unrest.ingest._pubdate_top import TOP_LINES
from unrest.model import PublishedDate

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


#: A top sentence that says when the text was put together: "Compiled for the
#: embassy's website on 26 November 2019.", "This digest was prepared by our desk on ...".
_WRITTEN_ON = re.compile(
    r"^(?:this [a-z]+ was )?(?P<label>compiled|prepared|written|published|posted|issued)"
    r"(?:\s+(?:for|by)\s+[^.;:\n]{1,60}?)?\s+on\s+",
    re.IGNORECASE,
)
#: What may follow that date: the end of the sentence or of the line.
_SENTENCE_END = re.compile(r"\s*(?:\.|$)")


def from_header_label(text: str) -> PublishedDate | None:
    """The full date after a publication label in one of the first header lines."""
    for raw in nonblank_lines(text)[:TOP_LINES]:
        line = _EMPHASIS.sub("", raw)
        for pattern in _LABELS:
            if found := _labelled_date(line, pattern, (LABEL_TAIL, _COLON)):
                return found
    return None


def from_written_on(text: str) -> PublishedDate | None:
    """The date of a sentence opening an early line that says when the text was written.

    The sentence must end right after its full date, so "Posted by activists on 5
    May 2021, the video shows ..." (the date of something else) is not read.
    """
    for line in nonblank_lines(text)[:TOP_LINES]:
        if found := _labelled_date(line, _WRITTEN_ON, (_SENTENCE_END,)):
            return found
    return None


def _labelled_date(
    line: str, label: re.Pattern[str], ends: tuple[re.Pattern[str], ...]
) -> PublishedDate | None:
    """The first full date written right after a ``label`` match in ``line`` and
    followed by one of ``ends``."""
    for m in label.finditer(line):
        found = written_at(line, m.end())
        if found and len(found[0]) == 10 and any(end.match(line, found[1]) for end in ends):
            name = " ".join(m.group("label").lower().split())
            return PublishedDate(found[0], "dateline", name)
    return None
