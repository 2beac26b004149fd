"""An organization named before the words telling its kind: "the Hengaw rights group",
"the Sirwan monitoring group", "the Paykan group".

Private helper of :mod:`unrest.extract._names`. The tagger often takes such a
name for a nationality or a place (NORP, GPE), so the name is told from a place
by the gazetteer rather than by its entity label: "the Tehran police" and "the
Ahwazi rights group" name no organization of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._gazetteer import default_gazetteer
from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_MAX_KIND_WORDS = 3  # "human rights monitoring group"
_MIN_STEM = 4  # "Kazakh" starts "Kazakhstan"; shorter starts ("Ira") are chance
_NAME_DEPS = frozenset({"compound", "nmod", "amod"})
# Heads of a group's description; not "force", "websites", "agency": "the IRGC ground
# force", "Dervish websites" and "the Mizan news agency" are named as written.
_GROUP_HEADS = frozenset(
    {"group", "organisation", "organization", "network", "monitor", "campaign", "collective"}
)


def kind_named(sp: Speakers, tok: Token) -> Source | None:
    """The organization a proper name before ``tok``'s kind words names, ``tok`` being a
    lower-case organization noun ("group", "network"): "the Hengaw rights group said"
    gives Hengaw. None when no such name precedes or the name is a place's."""
    if tok.tag_ != "NN" or not tok.text.islower() or tok.lemma_.lower() not in _GROUP_HEADS:
        return None  # one group: not "Rights groups say"
    k = tok.i - 1
    kinds = 0
    while k >= tok.sent.start and _kind_word(tok.doc[k], tok) and kinds < _MAX_KIND_WORDS:
        k, kinds = k - 1, kinds + 1
    name = _name_before(tok, k)
    if not name or _place(" ".join(t.text for t in name)):
        return None  # a place
    if name[-1].text.isupper() and not _kind_heads(tok, name[-1]):
        return None  # an acronym the index expands ("the IRGC network")
    text = " ".join(t.text for t in name)
    phrase = " ".join(t.text for t in tok.doc[name[0].i : tok.i + 1])
    return Source("organization", sp.names.fullest_org(text, name[0].i), phrase)


def _kind_heads(head: Token, name: Token) -> bool:
    """Whether kind words stand between an acronym and the group noun ("the HRANA
    monitoring network"): the acronym names the group, not a part of it."""
    return any(_kind_word(t, head) for t in head.doc[name.i + 1 : head.i])


def _kind_word(t: Token, head: Token) -> bool:
    """A lower-case word inside the noun phrase of ``head`` telling the kind ("rights")."""
    inside = t.head.i <= head.i and t.dep_ in _NAME_DEPS and head.i in {a.i for a in t.ancestors}
    kind = t.pos_ in ("NOUN", "ADJ") or t.tag_ == "VBG"  # "monitoring" in "monitoring group"
    return inside and t.text.isalpha() and t.text.islower() and kind


def _name_before(head: Token, end: int) -> list[Token]:
    """The capitalized proper nouns ending at index ``end``, all inside ``head``'s phrase."""
    doc = head.doc
    tokens: list[Token] = []
    k = end
    while k >= head.sent.start:
        t = doc[k]
        proper = t.pos_ == "PROPN" and t.text[:1].isupper() and t.text.isalpha()
        if not proper or t.dep_ not in _NAME_DEPS or head.i not in {a.i for a in t.ancestors}:
            break
        tokens.insert(0, t)
        k -= 1
    if tokens and k >= head.sent.start and doc[k].pos_ == "PROPN":
        return []  # part of a longer name the index handles
    return tokens


def _place(name: str) -> bool:
    """Whether ``name`` is a place or a people ("Tehran", "Ahwazi", "Iranian")."""
    gaz = default_gazetteer()
    if gaz.candidates(name) or gaz.demonym(name) or nationality(name):
        return True
    return name.endswith("i") and bool(gaz.candidates(name[:-1]))


def nationality(word: str) -> bool:
    """Whether ``word`` names a country's people: a listed demonym, or the start of a
    country's name ("Kazakh" of Kazakhstan, "Uzbek" of Uzbekistan)."""
    gaz = default_gazetteer()
    if gaz.demonym(word):
        return True
    low = word.lower()
    return len(low) >= _MIN_STEM and any(
        c.name.lower().startswith(low) and c.name.lower() != low for c in gaz.countries()
    )
