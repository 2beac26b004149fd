"""A later episode of a story: "later sentenced", "detained again", "re-arrested",
"a further sentence". It happened after the events the story sets in its place, and
the text does not say where, so it borrows no place of the story."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["later_episode"]

#: Adverbs that set an act after the story's events.
_LATER = {"later", "again", "subsequently", "afterwards"}
#: Adjectives on an act's noun that make it a new one ("a further sentence").
_FURTHER = {"further", "new", "another", "second", "fresh"}
#: Acts of the courts and of custody, which take place where the text says, not where
#: the story of the protest is set.
_CUSTODY = {"arrest", "detain", "sentence", "convict", "execute", "hang", "jail", "imprison"}


def later_episode(trigger: Span) -> bool:
    """Whether the act ``trigger`` cues is told as a later, repeated episode."""
    root = trigger.root
    if root.lemma_.lower().removeprefix("re-") not in _CUSTODY:
        return False
    if root.lower_.startswith("re-") or _prefixed(root):
        return True
    verb = root if root.pos_ in ("VERB", "AUX") else _verb_of(root)
    if verb is not None and any(c.dep_ == "advmod" and c.lower_ in _LATER for c in verb.children):
        return True
    return root.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in _FURTHER for c in root.children
    )


def _prefixed(tok: Token) -> bool:
    """Whether ``tok`` follows "re" and a hyphen split off it ("re", "-", "arrested")."""
    doc = tok.doc
    return tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "re"


def _verb_of(tok: Token) -> Token | None:
    """The verb whose object or complement the noun ``tok`` is ("given a sentence")."""
    head = tok.head
    if tok.dep_ in ("dobj", "attr", "pobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head
    return None
