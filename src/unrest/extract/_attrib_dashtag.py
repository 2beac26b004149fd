"""A source tagged onto a headline after a dash: "Calm returns as ringleaders are
arrested - officials", "toll rises to eight - rights group".

Wire headlines name who gives a claim by closing the line with a spaced dash and a
short noun phrase. The tag speaks for the clause it closes, not for a main clause
that clause hangs on ("protests spread as toll rises to eight - rights group": the
toll only). Reads the parse; writes nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._attrib_tag import _nominal
from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_DASHES = frozenset({"-", "–", "—"})
_MAX_TAG = 4  # words in a headline's source tag


def _line_end(tok: Token) -> int:
    """The index just past the last token of ``tok``'s line."""
    doc = tok.doc
    k = tok.i
    while k < len(doc) and "\n" not in doc[k].text:
        k += 1
    return k


def _clause(tok: Token) -> Token:
    """The verb heading the clause ``tok`` belongs to (``tok`` itself for a verb)."""
    node = tok
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node


def dash_tag(tok: Token) -> list[Token] | None:
    """The words of the "- X" tag closing the line of the trigger ``tok``, when the
    trigger is in the clause the tag closes."""
    doc = tok.doc
    end = _line_end(tok)
    dashes = [
        t
        for t in doc[tok.i + 1 : end]
        if t.text in _DASHES and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_
    ]
    if not dashes:
        return None
    dash = dashes[-1]
    words = [t for t in doc[dash.i + 1 : end] if not t.is_space]
    if not 0 < len(words) <= _MAX_TAG or not _nominal(words) or words[-1].is_punct:
        return None
    if any(t.text in ".!?" for t in doc[tok.i : dash.i]):
        return None  # a sentence of its own ends before the tag
    if _clause(doc[dash.i - 1]).i != _clause(tok).i:
        return None  # the tag closes a later clause
    return words


def headline_tag(sp: Speakers, tok: Token) -> Source | None:
    """Who the "- X" tag closing the trigger's headline names, if anyone."""
    words = dash_tag(tok)
    if words is None:
        return None
    found = sp.speaker(words[-1], own=False)
    if found is not None and found.name is not None and found.name == found.text:
        text = " ".join(t.text for t in words)  # named as written: the tag's words alone
        return Source(found.kind, text, text)
    return found
