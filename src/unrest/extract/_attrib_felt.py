"""Evaluations that attribute: what an official "is appalled by", "is deeply concerned
about", and what a speaker "described as" something.

Private helper of :mod:`unrest.extract.sources`. In the style of official briefings
("The High Commissioner is alarmed by the arrests of ...") the one who feels is the
one who tells of the event: its stimulus ("by", "at", "about", "over" the event) is
reported by the experiencer, the subject of the passive or adjectival verb.
"""

from __future__ import annotations

from spacy.tokens import Token

# Verbs of feeling whose passive or adjectival form takes the event as its stimulus.
_FEELING = frozenset(
    {
        "appal",
        "appall",
        "alarm",
        "shock",
        "horrify",
        "dismay",
        "disturb",
        "trouble",
        "sadden",
        "concern",
        "outrage",
        "distress",
        "worry",
        "disappoint",
        "anger",
        "deplore",
    }
)
_STIMULUS = frozenset({"by", "at", "about", "over", "with"})
# Verbs naming what something is in the speaker's words ("described it as ...").
_NAMING = frozenset({"describe", "characterize", "characterise", "portray", "call"})


_FELT = frozenset({"worried", "concerned", "troubled", "disturbed", "alarmed", "appalled"})


def _feeling(tok: Token) -> bool:
    return tok.lemma_.lower() in _FEELING or tok.lower_ in _FELT


def stimulus(child: Token, head: Token) -> bool:
    """Whether ``child`` ("by ...") gives the stimulus of a verb of feeling ``head``."""
    if child.dep_ not in ("agent", "prep") or child.lower_ not in _STIMULUS:
        return False
    return _feeling(head) and head.tag_ in ("VBN", "JJ")


def experiencer(head: Token) -> Token | None:
    """Who feels: the subject of "is appalled", of "is concerned" (an adjective
    complement of "is"), or of "voiced alarm" forms the parser makes the root."""
    for node in (head, head.head if head.dep_ in ("acomp", "xcomp", "oprd") else head):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
    return None


def named_as(child: Token, head: Token) -> bool:
    """Whether ``child`` is the "as ..." of "described X as ...": the speaker's words."""
    return child.dep_ == "prep" and child.lower_ == "as" and head.lemma_.lower() in _NAMING
