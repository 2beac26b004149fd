"""Protests named only as the setting of a death toll (private to ``events``).

A toll counts deaths; the protests it is counted over are its background, not a
new report of protest: "the death toll *from six days of protests* rose to 21",
"*Protest* death toll rises to 30" (a headline the parser often reads with
"protest" as its verb). The deaths themselves remain an attack cue elsewhere.
"""

from __future__ import annotations

from spacy.tokens import Token

_TOLL = "toll"
_MODIFIERS = {"death", "deaths", "casualty", "casualties"}
_CLIMB = {"pobj", "prep", "compound", "amod", "nmod", "conj"}
_SCOPE_PREPS = {"from", "in", "of", "during", "over", "since"}
_HOLDER_DEPS = {"dobj", "nsubj", "nsubjpass", "attr"}


def _is_toll(tok: Token) -> bool:
    """Whether ``tok`` is the noun "toll"."""
    return tok.lemma_.lower() == _TOLL and tok.pos_ in ("NOUN", "PROPN")


def _before_toll(tok: Token) -> bool:
    """ "*protest* toll", "*protests* death toll": the word sits right before the toll."""
    doc = tok.doc
    nxt = tok.i + 1
    if nxt < len(doc) and doc[nxt].lower_ in _MODIFIERS:
        nxt += 1
    return nxt < len(doc) and _is_toll(doc[nxt])


def _holds_toll(verb: Token) -> bool:
    """ "*bringing* the death toll ...", "the toll *rose* ...": a verb with a toll argument."""
    return any(_is_toll(c) and c.dep_ in _HOLDER_DEPS for c in verb.children)


def _under_toll(tok: Token) -> bool:
    """ "the toll from [six days of] protests": a prepositional phrase of the toll, or of
    the verb whose subject or object the toll is."""
    cur = tok
    via_prep = False
    for _ in range(6):
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep":
            via_prep = via_prep or cur.lower_ in _SCOPE_PREPS
        cur = cur.head
        if _is_toll(cur) and (via_prep or tok.dep_ in ("compound", "nmod", "amod")):
            return True
        if cur.pos_ in ("VERB", "AUX") and via_prep and _holds_toll(cur):
            return True
    return False


def toll_setting(tok: Token) -> bool:
    """Whether the protest word ``tok`` only names what a death toll is counted over."""
    return _before_toll(tok) or _under_toll(tok)
