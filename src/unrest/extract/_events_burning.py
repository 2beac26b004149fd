"""Property seen burning or burned (private to ``events``).

"State television showed *burned-out* bank branches": wrecked property that someone
saw or filmed reports a property attack too.

"Video showed *a petrol station burning*", "the headquarters *was* also
*burning*", "when banks *were burning*": an intransitive "burning" whose
subject, or the noun it describes, is a building, vehicle or other property
reports a property attack even with no one named setting the fire. What counts
as property is what the ontology lets a property attack target; burning tyres,
candles or bonfires are not property.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology

_TARGET_VERBS = ("target", "attack", "assault")
# Participles that say property was wrecked: "burned-out banks", "torched cars".
_RUINED = frozenset(
    {
        "burned",
        "burnt",
        "torched",
        "gutted",
        "charred",
        "looted",
        "vandalised",
        "vandalized",
        "ransacked",
    }
)
_SEEING_VERBS = frozenset(
    {
        "see",
        "show",
        "film",
        "photograph",
        "record",
        "capture",
        "find",
        "witness",
        "reveal",
        "depict",
        "broadcast",
        "air",
    }
)
_REMAINS = frozenset({"shell", "wreck", "wreckage", "remains", "ruin"})
_OWN_OBJECTS = {"dobj", "prt"}


def burning_property(tok: Token, onto: Ontology) -> bool:
    """Whether ``tok`` is an intransitive "burning" said of property."""
    if tok.lower_ != "burning" or tok.tag_ != "VBG":
        return False
    if any(c.dep_ in _OWN_OBJECTS for c in tok.children):
        return False  # "burning their headscarves" is done by someone to something
    burnt = [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "acl":
        burnt.append(tok.head)  # "showed a petrol station burning"
    burnt += [g for b in burnt for c in b.children if c.lower_ == "of" for g in c.children]
    burnt += [c for b in burnt for c in b.conjuncts]  # "video of banks ... burning"
    property_words = _property_words(onto)
    return any(b.lemma_.lower() in property_words for b in burnt)


def ruined_property_seen(tok: Token, onto: Ontology) -> bool:
    """ "State television *showed* burned-out bank branches", "a reporter saw the
    burnt-out shell of the mayor's office": wrecked property
    that someone saw or showed reports a property attack."""
    if tok.lower_ not in _RUINED or tok.dep_ != "amod":
        return False
    noun = tok.head
    things = {noun.lemma_.lower()}
    if noun.lemma_.lower() in _REMAINS:
        things = {g.lemma_.lower() for c in noun.children if c.lower_ == "of" for g in c.children}
    if not things & _property_words(onto):
        return False
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _SEEING_VERBS


def _property_words(onto: Ontology) -> set[str]:
    """The things a property attack may target, as the ontology lists them."""
    lex = onto.lexicon("property_attack")
    if lex is None:
        return set()
    return {w for verb in _TARGET_VERBS for w in lex.objects.get(verb, ())}
