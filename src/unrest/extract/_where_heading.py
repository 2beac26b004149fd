"""Section headings that name a place, for :mod:`unrest.extract.where`.

Reports, briefs, registers and timelines often set the place of a block of text
in a line of its own: a crosshead ("Shadegan", "Dhi Qar (Nasiriyah)", "Dorud,
Lorestan"), a timeline entry's head ("27 December - Tehran") or a record's field
("Place: Shahriar, Tehran province"). The paragraphs below such a line, up to the
next heading, a separator line or the next field naming a place, are set there:
a sentence that names no place of its own and borrows none from its paragraph
takes the heading's place before the story's.

A heading is a line of at most :data:`_HEAD_WORDS` words with no verb and no
closing full stop; a field is a line "Label: value" (only "Place:" and its
synonyms name a place; other fields neither name a place nor close a section).
Only places of the article's main country below country level count, and a line
that speaks of the whole country ("Iran, nationwide") names none.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from unrest.extract._gazetteer import Entry, Gazetteer
from unrest.extract._where_context import says_nationwide
from unrest.model import Place

__all__ = ["Sections"]

#: A heading has at most this many words.
_HEAD_WORDS = 8
#: "Label: value" lines: a field of a record or a form, not a heading.
_FIELD = re.compile(r"^\s*[A-Z][A-Za-z' ]{0,30}:\s+\S")
#: Field labels whose value is the place of the record.
_PLACE_FIELD = re.compile(r"^\s*(?:place|location|locality|town|city|where)s?\s*:\s*(.+)$", re.I)
#: A leading enumerator ("B. ", "2) ", "3.1 ").
_ENUMERATOR = re.compile(r"^\s*(?:[A-Z]|\d+(?:\.\d+)*)[.)]?\s+(?=[A-Z])")
#: Separators between the names of a heading.
_SPLIT = re.compile(r"\s*(?:[,;:()/|&]|\s[-\u2013\u2014]+\s|\band\b)\s*")
#: A compass word before a city's name ("western Tehran", "central Baghdad").
_COMPASS = re.compile(r"^(?:(?:north|south|east|west)(?:ern)?|central|greater)\s+", re.I)
#: A heading ends without these.
_CLOSING = (".", "!", "?", '"', "\u201d", "'")


class Sections:
    """The heading each sentence of an article stands under, and the places it names."""

    def __init__(
        self, sents: list[Span], paragraphs: list[int], gazetteer: Gazetteer, home: str | None
    ) -> None:
        """``paragraphs`` gives each sentence's line number; ``home`` is the main country."""
        lines: dict[int, list[Span]] = {}
        for sent, para in zip(sents, paragraphs, strict=True):
            lines.setdefault(para, []).append(sent)
        #: sentence start -> (start of its heading, the heading's places, paragraphs since)
        self._under: dict[int, tuple[int, list[Place], int]] = {}
        current: tuple[int, list[Place], int] = (-1, [], 0)
        for para in sorted(lines):
            line = lines[para]
            text = " ".join(s.text.strip() for s in line).strip()
            field = _PLACE_FIELD.match(text)
            if field:
                current = (line[0].start, _named(field.group(1), gazetteer, home), 0)
            elif not any(c.isalpha() for c in text):
                current = (-1, [], 0)  # a separator line closes the record
            elif _heading(line, text):
                current = (line[0].start, _named(text, gazetteer, home), 0)
            elif not _FIELD.match(text):
                current = (current[0], current[1], current[2] + 1)
            self._under.update((s.start, current) for s in line)

    def near(self, sent: Span) -> list[Place]:
        """The places of the heading just above ``sent``: in the first paragraph
        under it or in a field of its record."""
        _, named, depth = self._under.get(sent.start, (-1, [], 0))
        return named if depth <= 1 else []

    def closer(self, sent: Span, before: Span | None) -> list[Place]:
        """The places of the heading ``sent`` stands under when it comes after
        ``before``, the closest earlier sentence that names a place."""
        head, named, _ = self._under.get(sent.start, (-1, [], 0))
        return named if before is None or before.start < head else []


def _heading(line: list[Span], text: str) -> bool:
    """Whether the line of sentences ``line`` (text ``text``) is a heading."""
    if _FIELD.match(text) or text.endswith(_CLOSING):
        return False
    words = [t for s in line for t in s if t.is_alpha or t.like_num]
    if not words or len(words) > _HEAD_WORDS:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for s in line for t in s)


def _named(text: str, gazetteer: Gazetteer, home: str | None) -> list[Place]:
    """The home places a heading names, one per name; a province that only
    qualifies a city named beside it ("Dorud, Lorestan") is dropped."""
    if home is None or says_nationwide(text.lower()):
        return []
    entries: list[Entry] = []
    for chunk in _SPLIT.split(_ENUMERATOR.sub("", text)):
        entry = _entry(chunk.strip(), gazetteer, home)
        if entry is not None and entry not in entries:
            entries.append(entry)
    cities = {e.admin1 for e in entries if e.kind == "city"}
    kept = [e for e in entries if e.kind == "city" or e.admin1 not in cities]
    kept = [e for e in kept if not _qualifier(e, entries, gazetteer)]
    return [e.place(e.name) for e in kept]


def _entry(chunk: str, gazetteer: Gazetteer, home: str) -> Entry | None:
    """The home province or city that the whole of ``chunk`` names, if any ("West
    Azerbaijan"; "western Tehran" is Tehran)."""
    for name in (chunk, _COMPASS.sub("", chunk)):
        if not name or not name[0].isupper():
            continue
        entry = gazetteer.resolve(name, home)
        if entry is not None and entry.country == home and entry.kind in ("admin1", "city"):
            return entry
    return None


def _qualifier(entry: Entry, entries: list[Entry], gazetteer: Gazetteer) -> bool:
    """Whether city ``entry`` stands for the province of another city of ``entries``
    ("Tuyserkan, Hamadan": Hamadan is the province)."""
    if entry.kind != "city":
        return False
    others = [e for e in entries if e is not entry and e.kind == "city"]
    provinces = {e.admin1 for e in gazetteer.candidates(entry.name) if e.kind == "admin1"}
    return any(o.admin1 in provinces and o.admin1 == entry.admin1 for o in others) and any(
        entries.index(o) < entries.index(entry) for o in others
    )
