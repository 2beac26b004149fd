"""Interviews laid out as speaker turns ("Host: ...?" / "Mirzaei: ..."), and written
answers ("Answered by X", see :mod:`unrest.extract._names_written`): whose voice the
answers are in.

Private helper of :mod:`unrest.extract.sources`. Where two labels alternate at the
start of paragraphs, the label whose turns are questions is the interviewer's and
the other the interviewee's: an answer reports what the interviewee says even
where it paraphrases without "she said". The interviewee is the person the label
names, under the fullest form of the name in the article; a role label
("Spokesperson:") is the one person the text gives that title, else the role as
written. Turns of a journalist ("Correspondent:", "Anchor:") are the outlet's own
reporting, not an interview.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

from unrest.extract._names_index import NameIndex
from unrest.extract._names_interview import answer_spans, interviewee
from unrest.extract._names_written import written_answer
from unrest.model import Source
from unrest.nlp import doc_text

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}"  # one to three capitalized words
_LABEL = re.compile(rf"^[ \t]*({_NAME})[ \t]*:[ \t]+(?=\S)", re.M)
_MIN_TURNS = 2  # each voice speaks at least twice
_MIN_ASKING = 0.5  # share of the interviewer's turns that ask something
_MAX_ASKING = 0.25  # share of the interviewee's turns that may
_MIN_ALTERNATING = 0.75  # share of turns that change voice
# Labels of the outlet's own journalists: their turns are reporting, not answers.
_JOURNALISTS = frozenset(
    {
        "anchor",
        "correspondent",
        "reporter",
        "host",
        "presenter",
        "interviewer",
        "moderator",
        "journalist",
        "editor",
        "narrator",
        "newsreader",
    }
)


@dataclass(frozen=True)
class _Turn:
    label: str
    start: int  # the first character after the label and colon
    end: int

    def asks(self, text: str) -> bool:
        return "?" in text[self.start : self.end]


def _turns(text: str) -> list[_Turn]:
    """Every labelled paragraph, running to the next label (the last one to the end
    of its paragraph)."""
    found = list(_LABEL.finditer(text))
    turns = []
    for k, match in enumerate(found):
        if k + 1 < len(found):
            end = found[k + 1].start()
        else:
            line_end = text.find("\n", match.end())
            end = len(text) if line_end == -1 else line_end
        turns.append(_Turn(" ".join(match.group(1).split()), match.end(), end))
    return turns


def turn_labels(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """The interviewee's label and the character ranges of its answers, when the
    text alternates the turns of an interviewer (mostly questions) and of one other
    voice that is not a journalist's; None otherwise."""
    turns = _turns(text)
    counts = Counter(t.label for t in turns)
    voices = [label for label, n in counts.items() if n >= _MIN_TURNS]
    if len(voices) != 2:
        return None
    kept = [t for t in turns if t.label in voices]
    changes = sum(a.label != b.label for a, b in zip(kept, kept[1:], strict=False))
    if changes < _MIN_ALTERNATING * (len(kept) - 1):
        return None
    share = {v: sum(t.asks(text) for t in kept if t.label == v) / counts[v] for v in voices}
    asker, answerer = sorted(voices, key=lambda v: -share[v])
    if share[asker] < _MIN_ASKING or share[answerer] > _MAX_ASKING:
        return None
    if answerer.split()[-1].lower() in _JOURNALISTS:
        return None
    return answerer, [(t.start, t.end) for t in kept if t.label == answerer]


def label_speaker(label: str, names: NameIndex) -> Source:
    """Who a turn label stands for: the person the article names so (fullest form),
    the one holder of a title ("Spokesperson"), else the label as written."""
    last = label.split()[-1].lower()
    for _, name in names.persons:
        if name.split()[-1].lower() == last:
            return Source("person", _fuller(names, names.fullest_person(name, 0)), label)
    words = {w.lower() for w in label.split()}
    holder = names.holder_of(words, len(names.doc))
    if holder is None and not words & names.lex.title_words:
        return Source("person", _fuller(names, label), label)
    return Source("person", holder or label, label)


def _fuller(names: NameIndex, name: str) -> str:
    """The longest run of capitalized words the text writes ending in ``name`` ("Leyla
    Moradkhani" for "Moradkhani"), outside the turn labels."""
    found = re.finditer(
        rf"((?:[A-Z][\w'’-]+[ \t]+){{1,3}}){re.escape(name)}\b(?![ \t]*:)", doc_text(names.doc)
    )
    runs = [m.group(0) for m in found]
    return max(runs, key=len) if runs else name


def interview(doc: Doc, names: NameIndex) -> tuple[list[tuple[int, int]], Source | None]:
    """The answers of an interview layout ("Q:" lines, alternating speaker turns, or a
    written answer "Answered by X") and whose voice they are in; none and None for any
    other article."""
    text = doc_text(doc)
    answers = answer_spans(text)
    if answers:
        return answers, interviewee(names.persons, doc, answers)
    turns = turn_labels(text) or written_answer(text)  # "Answered by the Minister for X"
    if turns is None:
        return [], None
    return turns[1], label_speaker(turns[0], names)
