"""A crowd at the national parliament is in the capital.

"several hundred people gathered outside parliament", "police dispersed crowds near
the parliament building", "marchers headed towards parliament", "forced its way into
the National Assembly": the parliament, as the place a preposition puts the event at,
sits in the country's capital. Not a place:
"a member of parliament", "parliament's security committee", "parliament voted".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["at_parliament"]

#: Prepositions that put the event at, by or toward a place.
_AT = {"outside", "near", "at", "towards", "toward", "to", "around", "before", "into"}
#: Words for a parliament ("the parliament", "the Majlis").
_PARLIAMENT = {"parliament", "majlis"}
#: Nouns "parliament" may qualify and still stand for the site ("the parliament building").
_SITE = {"building", "buildings", "complex", "grounds", "gates", "gate"}


def _site_noun(tok: Token) -> Token | None:
    """The noun the preposition governs when ``tok`` names the parliament as a site."""
    if tok.dep_ == "pobj":
        return tok
    if tok.dep_ in ("compound", "nmod") and tok.head.lower_ in _SITE:
        return tok.head
    return None


def _in_front(prep: Token) -> bool:
    """Whether ``prep`` is "of" in "in front of"."""
    head = prep.head
    return (
        prep.lower_ == "of"
        and head.lower_ == "front"
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
    )


def _national_assembly(tok: Token) -> bool:
    """Whether ``tok`` is "Assembly" in "the National Assembly" (a parliament's name)."""
    return tok.lower_ == "assembly" and any(c.lower_ == "national" for c in tok.children)


def at_parliament(trigger: Span) -> bool:
    """Whether the trigger's sentence puts the event at the parliament."""
    for tok in trigger.sent:
        if tok.lower_ not in _PARLIAMENT and not _national_assembly(tok):
            continue
        before = tok.nbor(-1) if tok.i > tok.sent.start else None
        if before is not None and before.lower_ == "the" and before.i > tok.sent.start:
            before = before.nbor(-1)
        if before is not None and before.lower_ in _AT - {"to", "at"}:
            return True  # "gathered outside parliament", however it is parsed
        noun = _site_noun(tok)
        if noun is None or noun.dep_ != "pobj":
            continue
        prep = noun.head
        if prep.lower_ in _AT or _in_front(prep):
            return True
    return False
