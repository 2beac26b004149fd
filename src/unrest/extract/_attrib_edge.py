"""Where "according to X" stands in its sentence.

Private helper of :mod:`unrest.extract.sources`: a phrase opening or closing the
sentence scopes over all of it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def at_edge(according: Token, sent: Span) -> bool:
    """Whether "according to X" opens the sentence or closes it (punctuation aside)."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return False
    if words[0].i == according.i:
        return True
    doc = according.doc
    after = doc[according.i : sent.end]
    if doc[according.i - 1].text == "," and not any(_clause(t) for t in after):
        return True  # ", according to X and videos shared online." closes the sentence
    phrase_end = max(according.right_edge.i, according.i + 1)
    for t in according.doc[according.i + 1 : according.i + 2]:
        phrase_end = max(phrase_end, t.right_edge.i)
    return words[-1].i <= phrase_end


def _clause(verb: Token) -> bool:
    """Whether ``verb`` is a finite verb with a subject of its own."""
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.tag_ in _FINITE and subject
