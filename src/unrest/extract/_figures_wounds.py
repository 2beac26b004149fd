"""People counted by their wounds: "400 people *with eye injuries*", "dozens of people
*with gunshot wounds*", "hundreds *suffered* eye injuries", "received dozens of people
*with gunshot wounds*" were injured."""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["verb_wound_kinds", "wound_kinds"]

_WOUND_NOUNS = frozenset({"wound", "injury"})
#: Verbs whose subject bears the wounds of their object: "hundreds *suffered* eye injuries".
_BEAR = frozenset({"suffer", "sustain"})


def wound_kinds(noun: Token) -> dict[str, Token]:
    """``{"injured": wound}`` when ``noun`` carries a "with" phrase naming wounds."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in _WOUND_NOUNS:
                return {"injured": pobj}
    return {}


def verb_wound_kinds(verb: Token) -> dict[str, Token]:
    """``{"injured": wound}`` when ``verb`` says its people bear wounds: its subject
    suffered or sustained them ("hundreds suffered eye injuries"), or a "with" phrase on it
    names the wounds of its object ("received dozens of people with gunshot wounds")."""
    bears = verb.lemma_.lower() in _BEAR
    for obj in verb.children:
        if bears and obj.dep_ == "dobj" and obj.lemma_.lower() in _WOUND_NOUNS:
            return {"injured": obj}
    if any(c.dep_ == "dobj" for c in verb.children):
        return wound_kinds(verb)
    return {}
