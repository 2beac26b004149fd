"""Counts of the dead as attack cues (private to ``events``).

A report that gives a number of dead reports the killings it counts, even
without a killing verb:

* a toll given a number: "rights groups *put the toll* at 41", "raised its toll to 321";
* a number of dead: "gave a figure of 230 *dead*", "counted more than 90 dead",
  "put the number of dead at 25", "estimates of the dead range from 40 to 100";
* "*among the dead* were two officers": the dead named or counted;
* a counted death: "between 200 and 225 people *had died*".

A toll, dead or death with no number ("the real toll is higher", "vigils for the
dead") stays a reference, and a death of illness or accident ("died of a heart
attack", "the covid toll") is no attack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology

_VAGUE_COUNTS = {"dozens", "hundreds", "thousands", "scores", "tens"}
_AT_PREPS = {"at", "to", "of"}
_CAUSE_PREPS = {"of", "from"}
_CUSTODY = {"custody", "detention", "prison", "jail", "cell"}


def _numeric(tok: Token) -> bool:
    """A cardinal ("41", "two", "dozens"), not an ordinal ("a second man")."""
    return (tok.like_num and tok.pos_ == "NUM") or tok.lower_ in _VAGUE_COUNTS


def _number_in(tok: Token) -> bool:
    """Whether ``tok``'s subtree holds a number."""
    return any(_numeric(t) for t in tok.subtree)


def _blocked(noun: Token, onto: Ontology) -> bool:
    """A toll of something else than violence ("the covid toll", "a road toll")."""
    blocks = {w for lex in onto.types for w in lex.noun_blocks.get("toll", ())}
    words = {t.lemma_.lower() for t in noun.sent} | {t.lower_ for t in noun.sent}
    return bool(words & blocks)


def toll_given(noun: Token, onto: Ontology) -> bool:
    """ "put *the toll* at 41", "raised its toll to 321", "a toll of 93": a number given."""
    if noun.lemma_.lower() != "toll" or noun.pos_ != "NOUN" or _blocked(noun, onto):
        return False
    return number_child(noun, lambda c: c.dep_ == "prep" and c.lower_ in _AT_PREPS) is not None


def number_child(noun: Token, fits: Callable[[Token], bool]) -> Token | None:
    """The first child of ``noun``, or of the verb it is the object or subject of, that
    ``fits`` and holds a number: "put the toll *at 41*", "a toll *of 93*"."""
    holders = [noun]
    if noun.dep_ in ("dobj", "nsubjpass", "nsubj"):
        holders.append(noun.head)
    for holder in holders:
        for child in holder.children:
            if fits(child) and _number_in(child):
                return child
    return None


def counted_dead(tok: Token, onto: Ontology) -> bool:
    """ "230 *dead*", "the number of dead at 25", "estimates of the dead ... 40 to 100",
    "among the dead were ..."."""
    if tok.lower_ != "dead" or tok.pos_ not in ("ADJ", "NOUN"):
        return False
    if _blocked(tok, onto):
        return False
    doc = tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and _numeric(before):
        return True  # "230 dead", "more than 90 dead"
    if any(c.dep_ == "nummod" for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "among":
        verb = head.head
        return verb.lemma_ == "be" and any(c.dep_ in ("nsubj", "attr") for c in verb.children)
    if tok.dep_ == "pobj" and head.lower_ == "of":
        owner = head.head
        if owner.lemma_.lower() in onto.words("count_nouns"):
            return _number_in(owner.head) if owner.dep_ != "ROOT" else _number_in(owner)
    return False


def counted_deaths(verb: Token, onto: Ontology) -> bool:
    """ "between 200 and 225 people *had died*", "fewer than 20 people died": a count of
    deaths, unless a cause other than violence is named ("died of cholera")."""
    if verb.lemma_.lower() != "die" or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lemma_.lower() in onto.words("prisoner_nouns") for s in subjects) or _in_custody(verb):
        return False  # a death in custody is told as such, not as a killing
    if not any(_numeric(t) and t.i < s.i for s in subjects for t in s.subtree):
        return False
    causes = onto.words("violent_death_causes")
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPS):
        if not {g.lemma_.lower() for g in prep.subtree} & causes:
            return False
    return True


def _in_custody(verb: Token) -> bool:
    """ "died *in custody*", "died in prison"."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "while")
        and any(g.lemma_.lower() in _CUSTODY for g in c.subtree)
        for c in verb.children
    )


def toll_cue(tok: Token, onto: Ontology) -> bool:
    """Any count of the dead this module knows, cued at ``tok``."""
    if tok.pos_ == "VERB":
        return counted_deaths(tok, onto)
    return toll_given(tok, onto) or counted_dead(tok, onto)
