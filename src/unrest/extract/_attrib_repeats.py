"""Every mention of an organization's proper name, where the recognizer misses some.

Private helper of :mod:`unrest.extract._names_index`: the entity recognizer may
tag "Hawar Rights Monitor" in one sentence and not in another; a name of two words
or more it recognized once is that organization wherever the article writes it, so
"the group" after an unrecognized mention refers back to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from unrest.nlp import doc_text


def repeated(doc: Doc, named: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """``named`` (token index and name of each recognized mention) with the other
    places the text writes a recognized name of two words or more, by position."""
    text = doc_text(doc)
    known = {i for i, _ in named}
    found = list(named)
    for name in sorted({n for _, n in named if len(n.split()) >= 2}):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and span.start not in known:
                known.add(span.start)
                found.append((span.start, name))
    return sorted(found)
