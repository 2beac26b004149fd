"""Whose count a figure is: "the commission's figure of 22 deaths", "106 killed, the
figure Amnesty International gave on Tuesday", "the police's total: 4,000 arrested".

Private helper of :mod:`unrest.extract.sources`. A noun of counting ("figure",
"toll", "tally", "total") tied to the mention (on the trigger's path, modifying a
head on it, or set before a colon that opens the trigger's phrase) and owned by
someone the text names makes the count that someone's: its possessor, the subject
of a relative clause that gives it, or the agent of "given by". A count owned by
nobody named says nothing of who asserts the mention. Likewise an outlet that
"showed" or "broadcast" the event ("State television showed burned-out banks")
asserts it; videos that show it are not an outlet and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_COUNT_NOUNS = frozenset({"figure", "toll", "tally", "count", "total", "estimate", "list"})
_SIDE_DEPS = frozenset({"npadvmod", "appos"})  # "..., the figure X gave": set beside
# Words setting an estimate's value: "put the toll at 93", "put the figure above 1,000".
ESTIMATE_MARKS = frozenset(
    {"at", "as", "above", "over", "below", "under", "near", "around", "beyond", "closer"}
)
_GIVING = frozenset(
    {"give", "publish", "release", "cite", "use", "issue", "announce", "report", "put"}
)


def tally_owner(sp: Speakers, tok: Token) -> Source | None:
    """The person or organization whose count the mention cued by ``tok`` gives."""
    for noun in _count_nouns(tok):
        owner = _owner(sp, noun)
        if owner is not None and owner.kind in ("person", "organization"):
            return owner
    return None


def _count_nouns(tok: Token) -> Iterator[Token]:
    """Nouns of counting tied to ``tok``: on its path up, beside a head on it, or
    before a colon opening the phrase it heads."""
    path = [tok, *tok.ancestors]
    for node in path:
        if node.lemma_.lower() in _COUNT_NOUNS and node.pos_ == "NOUN":
            yield node
        for child in node.children:
            if child.dep_ in _SIDE_DEPS and child.lemma_.lower() in _COUNT_NOUNS:
                yield child
    for node in path:
        if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "amod"):
            break  # the colon must open the trigger's own noun phrase
        first = node.left_edge.i
        if first >= 2 and tok.doc[first - 1].text == ":":
            before = tok.doc[first - 2]
            if before.lemma_.lower() in _COUNT_NOUNS and before.pos_ == "NOUN":
                yield before


def _owner(sp: Speakers, noun: Token) -> Source | None:
    """Who owns the count ``noun``: "X's figure", "the figure X gave", "given by X"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return sp.speaker(child)
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in _GIVING:
            subj = _giver(child)
            if subj is not None:
                return sp.speaker(subj)
    return None


def _giver(verb: Token) -> Token | None:
    """The subject of "X gave" or the agent of "given by X" (not a relative pronoun)."""
    for child in verb.children:
        if child.dep_ == "nsubj" and child.tag_ not in ("WDT", "WP"):
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


_SHOWING = frozenset({"show", "broadcast", "air", "screen", "televise"})


def broadcaster(sp: Speakers, tok: Token) -> Source | None:
    """The outlet that showed what the mention tells: "State television showed burned-out
    bank branches", "state media broadcast footage of shops being looted"."""
    for child in (tok, *tok.ancestors):
        head = child.head
        if head.i == child.i:
            break
        if child.dep_ != "dobj" or head.lemma_.lower() not in _SHOWING or head.pos_ != "VERB":
            continue
        subj, passive = sp.subject_of(head)
        words = sp.lex.medium_words | sp.lex.org_words
        if subj is None or passive or (subj.lower_ not in words and subj.lemma_ not in words):
            return None
        found = sp.speaker(subj)
        return found if found is not None and found.kind == "organization" else None
    return None
