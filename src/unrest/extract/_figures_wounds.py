"""People counted by their wounds: "400 people *with eye injuries*", "dozens of people
*with gunshot wounds*" were injured."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["wound_kinds"]

_WOUND_NOUNS = frozenset({"wound", "injury"})


def wound_kinds(noun: Token) -> dict[str, Token]:
    """``{"injured": wound}`` when ``noun`` carries a "with" phrase naming wounds."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _WOUND_NOUNS:
                return {"injured": pobj}
    return {}
