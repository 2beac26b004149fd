"""A letter reproduced under an editor's note: whose voice its text is in.

Private helper of :mod:`unrest.extract.sources`. An outlet that prints a letter, an
appeal or a testimony in full introduces it with a note ("Editor's note: The letter
below was written by a student held in Evin prison ... The writer asked to be
identified as "Bahram."") and may close it with another ("Editor's postscript: ...").
What the letter tells, it tells in its writer's voice, as a quotation does: a turn of
that person from the paragraph after the note to the next note or the end of the text.

The note must say that the document follows ("the letter below", "the following
statement") and name its writer ("identified as X", "signed X", "written by X", "the
writer, X,"); a writer described but never named leaves the text to the outlet.
Reads the document's text; writes nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from unrest.extract._attrib_turns import Turn
from unrest.model import Source
from unrest.nlp import doc_text

_DOCUMENT = r"(?:letter|statement|testimony|appeal|message|account|diary)"
_FOLLOWS = re.compile(
    rf"\b(?:the|this)\s+{_DOCUMENT}\s+(?:below|that follows)\b|\bthe following\s+{_DOCUMENT}\b",
    re.I,
)
_NAME = r"[\"“‘']?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}?)[.,]?[\"”’']?"
_NAMED_BY = r"(?:identified (?:only )?as|signed(?: by)?|written by|under the name)"
_WRITER = re.compile(rf"\b{_NAMED_BY}\s+{_NAME}(?=[\s.,;)]|$)")
_NOTE = re.compile(r"^[ \t]*(?:editor'?s'?|editors'|translator'?s'?)\s+(?:note|postscript)\b", re.I)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def letter_turns(doc: Doc) -> list[Turn]:
    """The reproduced letter of ``doc`` as one turn of its named writer, if any."""
    text = doc_text(doc)
    starts = [0, *(m.end() for m in _PARAGRAPH.finditer(text))]
    bounds = list(zip(starts, [*starts[1:], len(text)], strict=True))
    for k, (start, end) in enumerate(bounds):
        note = text[start:end]
        if not (_NOTE.match(note) and _FOLLOWS.search(note)):
            continue
        writer = _WRITER.search(note)
        if writer is None:
            continue
        closing = next((s for s, _ in bounds[k + 1 :] if _NOTE.match(text[s : s + 40])), len(text))
        name = writer.group(1)
        return [Turn(end, closing, Source("person", name, name))]
    return []
