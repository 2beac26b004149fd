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

from spacy.tokens import Doc, Token

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


def interviewee(
    persons: Sequence[tuple[int, str]],
    doc: Doc | None = None,
    answers: Sequence[tuple[int, int]] = (),
) -> Source | None:
    """The person an interview is with: the one named most often (``persons``: token
    index and name of each mention), under the longest form of the name; ties go to
    the first named.

    Given the ``doc`` and its ``answers``, only persons the introduction (the text
    before the first answer) names count, as its subject ("Kaveh is a 24-year-old
    graduate") or otherwise, but not the writer of a byline ("Interview by X"):
    people an answer mentions are the interviewee's acquaintances. An introduction
    that names nobody ("This fact sheet answers the questions we are asked most
    often") has no interviewee: the answers are the writer's.
    """
    intro = _introduced(doc, answers[0][0]) if doc is not None and answers else []
    if doc is not None and answers and not intro:
        start = answers[0][0]
        if not any(doc[i].idx < start for i, _ in persons):
            return None  # a fact sheet answering its own questions: the writer's voice
    if doc is not None and intro:
        kept = [(i, n) for i, n in persons if n.split()[-1].lower() in intro]
        persons = kept or [(0, _cased(doc, intro[0]))]
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


def _introduced(doc: Doc, end: int) -> list[str]:
    """Folded last names of the persons the text before offset ``end`` introduces:
    the subjects of "X is a ..." if any, else the persons named, never one named
    after "by" (a byline)."""
    subjects: list[str] = []
    named: list[str] = []
    for tok in doc:
        if tok.idx >= end:
            break
        if tok.pos_ != "PROPN" or _name_goes_on(tok) or _byline(tok):
            continue
        if _copula_subject(tok):
            subjects.append(tok.lower_)
        elif tok.ent_type_ == "PERSON":
            named.append(tok.lower_)
    return subjects or named


def _name_goes_on(tok: Token) -> bool:
    """Whether the next token continues the name ``tok`` is part of."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_iob_ == "I"


def _byline(tok: Token) -> bool:
    """Whether ``tok`` ends a name written after "by" ("Interview by Shirin Azadi")."""
    k = tok.i
    while k > 0 and tok.doc[k].ent_iob_ == "I" and tok.doc[k - 1].pos_ == "PROPN":
        k -= 1
    return k > 0 and tok.doc[k - 1].lower_ == "by"


def _copula_subject(tok: Token) -> bool:
    """Whether ``tok`` is the subject of "is a <noun>" ("Kaveh is a 24-year-old graduate")."""
    head = tok.head
    return (
        tok.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in head.children)
    )


def _cased(doc: Doc, last: str) -> str:
    """``last`` as the document writes it."""
    for tok in doc:
        if tok.lower_ == last:
            return tok.text
    return last


def inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` lies in one of ``spans``."""
    return any(a <= at < b for a, b in spans)
