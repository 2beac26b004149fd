"""Who issued a report: "X has given an estimate of the number killed".

Private helper of :mod:`unrest.extract.sources`. A report noun ("estimate",
"report", "account") that is the object of a verb of issuing or endorsing has
that verb's subject as its source, not nobody in particular; one that is denied,
dismissed or merely received stays hearsay.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_ISSUING = frozenset(
    {
        "give",
        "issue",
        "release",
        "publish",
        "provide",
        "offer",
        "present",
        "produce",
        "compile",
        "circulate",
        "confirm",
        "announce",
        "make",
    }
)
_AUXILIARIES = frozenset({"have", "be"})


def issuer(sp: Speakers, noun: Token) -> Source | None:
    """The named source that issued the report ``noun`` ("X gave an estimate of ..."),
    when ``noun`` is the object of an issuing verb whose subject names someone."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in _ISSUING:
        return None
    _, source, _ = sp.verb_source(verb)
    if source is None and verb.head.lemma_.lower() in _AUXILIARIES:
        _, source, _ = sp.verb_source(verb.head)  # "has ... given", parsed apart
    if source is None or source.kind not in ("person", "organization"):
        return None
    return source
