"""Question-and-answer interviews: whose voice the answers are in.

Private helper of :mod:`unrest.extract.sources`. In an article laid out as
questions ("Q: ...") and answers, an answer paragraph reports what the
interviewee says even where it paraphrases without "she said": the
interviewee, not the writer, asserts what it tells.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from unrest.model import Source

_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.)–—-][ \t]*\S", re.M)
_MIN_QUESTIONS = 2  # one "Q:" line is not yet an interview layout


def answer_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of the answers of a Q-and-A layout (empty when there is none).

    An answer runs from the end of a question line to the next question line;
    the last one is the first paragraph after the last question.
    """
    starts = [m.start() for m in _QUESTION.finditer(text)]
    if len(starts) < _MIN_QUESTIONS:
        return []
    spans = []
    for k, start in enumerate(starts):
        line_end = text.find("\n", start)
        if line_end == -1:
            break
        if k + 1 < len(starts):
            spans.append((line_end + 1, starts[k + 1]))
        else:
            spans.append((line_end + 1, _paragraph_end(text, line_end + 1)))
    return spans


def _paragraph_end(text: str, at: int) -> int:
    """The end of the first non-empty paragraph starting at or after ``at``."""
    k = at
    while k < len(text) and text[k].isspace():
        k += 1
    end = text.find("\n", k)
    return len(text) if end == -1 else end


def interviewee(persons: Sequence[tuple[int, str]]) -> Source | None:
    """The person an interview is with: the one named most often (``persons``: offset
    and name of each mention), under the longest form of the name; ties go to the
    first named."""
    counts: Counter[str] = Counter()
    fullest: dict[str, str] = {}
    for _, name in sorted(persons):
        last = name.split()[-1].lower()
        counts[last] += 1
        if len(name.split()) > len(fullest.get(last, "").split()):
            fullest[last] = name
    if not counts:
        return None
    last, _ = counts.most_common(1)[0]
    return Source("person", fullest[last], fullest[last])


def inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` lies in one of ``spans``."""
    return any(a <= at < b for a, b in spans)
