"""Reports that news media as a group carry: "Local media report that ...", "reports in
foreign media that ...".

Private helper of :mod:`unrest.extract.sources`. A report noun whose compound or
"in" complement is "media" belongs to those media, an organization named as written
("local media", "foreign media"), not to nobody in particular. The parser often
takes "report" after a plural noun for a noun ("Local media report that ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.model import Source

_MEDIA = "media"


def media_owner(report: Token) -> Source | None:
    """The media named with the report noun ``report``, as an organization, if any."""
    for child in report.children:
        if child.dep_ == "compound" and child.lower_ == _MEDIA and child.i < report.i:
            return _named(_words_before(report, child))
        if child.dep_ == "prep" and child.lower_ == "in" and child.i > report.i:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if pobj.lower_ == _MEDIA:
                    return _named([t for t in pobj.subtree if t.i <= pobj.i and t.dep_ != "det"])
    return None


def _words_before(report: Token, media: Token) -> list[Token]:
    """The words of the report's phrase from its first modifier to ``media``
    ("Local media" of "Local media report")."""
    left = [c for c in report.children if c.i < media.i and c.dep_ in ("amod", "compound")]
    start = min([media.left_edge.i, *(c.left_edge.i for c in left)])
    return list(report.doc[start : media.i + 1])


def _named(words: list[Token]) -> Source:
    text = " ".join(t.text for t in words)
    return Source("organization", text, text)
