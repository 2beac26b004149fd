"""What "the minister" stands for when the article wrote out the full title a few
sentences before ("... the Minister of Foreign Affairs ... The minister has said").

Private helper of :mod:`unrest.extract._names`: a bare definite role noun takes the
capitalized title with an "of" complement written before it whose head is the same
noun, so that the speaker is named in its fullest form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_GLUE = frozenset({"of", "for", "and", "the", "&"})
_MAX_TITLE_WORDS = 8


def title_before(sp: Speakers, tok: Token, tokens: list[Token]) -> str | None:
    """The full title ("Minister of Foreign Affairs") written before the bare role
    ``tok`` ("the minister", ``tokens`` its phrase) in the sentences before it, the
    latest one; None when the role carries words of its own or none was written."""
    words = [t for t in tokens if not t.is_punct and t.dep_ != "det"]
    if len(words) != 1 or words[0].i != tok.i or not tok.text.islower():
        return None
    doc = tok.doc
    for t in reversed(doc[sp.window_start(tok.sent) : tok.i]):
        if t.lower_ != tok.lower_ or not t.text[:1].isupper() or t.is_sent_start:
            continue
        title = _title_at(t)
        if title is not None:
            return title
    return None


def _title_at(head: Token) -> str | None:
    """The capitalized title opened by ``head`` and its "of" complement ("Minister of
    Foreign Affairs"), or None when no capitalized complement follows."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].lower_ != "of":
        return None
    end = head.i + 1
    for t in doc[head.i + 2 : head.i + 2 + _MAX_TITLE_WORDS]:
        if t.text[:1].isupper() and t.is_alpha:
            end = t.i
        elif t.lower_ not in _GLUE:
            break
    if end == head.i + 1:
        return None
    return doc[head.i : end + 1].text
