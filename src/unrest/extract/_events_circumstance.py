"""Protest nouns that only give the setting of a judicial act (private to ``events``).

"30 people were *arrested in the protests*", "executed *in relation to the
unrest*", "detained 100 *leaders of the riots*", "sentenced *for taking part in
the demonstrations*": the protest is named only as the circumstance of an
arrest, a sentence or an execution, and adds nothing of its own (no place, time,
size or clause). Such a noun is no protest mention. A noun that says where or
when ("during *a protest* in Karaj on 3 November") or carries a clause of its
own ("the riots *that followed the funeral*") still reports the protest.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from unrest.extract import _events_comeout as comeout

__all__ = [
    "JUDICIAL_TYPES",
    "attack_setting",
    "attended_in_time",
    "bare_noun",
    "judicial_setting",
    "named_as",
    "said_unrelated",
]

# Event types whose circumstance a bare protest noun may only give.
JUDICIAL_TYPES = ("arrest", "sentencing", "execution")

# Children that leave a noun a bare reference ("the recent protests", "last night's
# gatherings", "the November 2019 protests", "illegal gatherings").
_BARE_DEPS = {"det", "poss", "amod", "compound", "nmod", "case", "punct", "quantmod"}
_INDEFINITE = {"a", "an", "another", "some"}
# Nouns through which a protest relates to what happened to someone: "in relation to",
# "in connection with", "their role in", "the scene of", "leaders of".
_LINK_NOUNS = {
    "relation",
    "connection",
    "link",
    "part",
    "role",
    "participation",
    "involvement",
    "scene",
    "edge",
    "margin",
    "sideline",
    "course",
    "context",
    "leader",
    "ringleader",
    "organiser",
    "organizer",
    "instigator",
    "participant",
}
# Verbs of taking part: "for taking part in", "for participating in", "for joining".
_TAKING_PART = {"take", "participate", "join", "attend", "lead", "organise", "organize"}
# What may stand between a protest noun and the act it is the setting of.
_LINKS = frozenset(_LINK_NOUNS | _TAKING_PART)
# Nouns of judicial acts besides the trigger words: "indictments against 1,000 people".
_JUDICIAL_NOUNS = {"indictment", "conviction", "trial", "prosecution", "detention", "arrest"}
_PREPS = {"in", "during", "of", "to", "with", "at", "for", "over", "from"}


def judicial_setting(noun: Token, judicial: Set[int], judicial_words: Set[str]) -> bool:
    """True when the protest ``noun`` only sets an arrest, sentence or execution.

    ``judicial`` holds the token indices of arrest, sentencing and execution
    triggers of the sentence; ``judicial_words`` lemmas of judicial acts
    ("indict", "try", "charge") that count as such acts too.
    """
    if not bare_noun(noun):
        return False
    cur = noun
    for _ in range(6):
        owner = _owner(cur)
        if owner is None:
            return False
        if _judicial(owner, judicial, judicial_words):
            return True
        if owner.lemma_.lower() not in _LINKS:
            # the people the act befell: "the prison terms of four students *for taking
            # part in* the demonstrations", "detained 40 workers *at* the rally"
            above = _owner(owner) if owner.pos_ in ("NOUN", "PROPN") else None
            return above is not None and _judicial(above, judicial, judicial_words)
        if owner.pos_ in ("VERB", "AUX") and owner.dep_ not in ("pcomp", "advcl", "xcomp"):
            return False
        cur = owner
    return False


def bare_noun(noun: Token) -> bool:
    """A noun with nothing of its own: no place, date, number or clause, and not indefinite."""
    for child in noun.children:
        if child.dep_ not in _BARE_DEPS:
            return False
        if child.dep_ == "det" and child.lower_ in _INDEFINITE:
            return False
    return True


def _owner(tok: Token) -> Token | None:
    """What ``tok`` completes: the head of its preposition, the verb whose object it is,
    or the head of the preposition a gerund completes ("for *taking* part in")."""
    if tok.dep_ in ("pobj", "pcomp") and tok.head.lower_ in _PREPS:
        prep = tok.head
        if prep.dep_ == "pobj" or prep.head.i == prep.i:
            return None
        owner = prep.head
        if owner.lower_ in _PREPS and owner.dep_ == "prep":  # "in relation to"
            return owner.head
        return owner
    if tok.dep_ in ("dobj", "nsubjpass", "conj") and tok.head.i != tok.i:
        return tok.head
    if tok.dep_ in ("pcomp", "advcl", "xcomp") and tok.head.i != tok.i:
        return tok.head
    return None


def _judicial(tok: Token, judicial: Set[int], words: Set[str]) -> bool:
    """``tok`` is a judicial act (a trigger of one or a judicial word), or a verb whose
    conjunct or object is one ("upheld *the sentences* of three men for ...")."""
    if _judicial_word(tok, judicial, words):
        return True
    return any(
        c.dep_ in ("conj", "dobj", "nsubjpass") and _judicial_word(c, judicial, words)
        for c in tok.children
    )


def _judicial_word(tok: Token, judicial: Set[int], words: Set[str]) -> bool:
    lemma = tok.lemma_.lower()
    return tok.i in judicial or lemma in words or lemma in _JUDICIAL_NOUNS


_TIME_PREPS = {"after", "before", "since", "following"}


def attended_in_time(noun: Token) -> bool:
    """ "detained *after attending a vigil*": a gathering someone took part in, named
    only to place another act in time (the gathering is told elsewhere, or not at all)."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and verb.lemma_.lower() in _TAKING_PART
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in _TIME_PREPS
    )


_SETTING_PREPS = {"in", "during", "of"}


def attack_setting(noun: Token, attacks: Set[int]) -> bool:
    """ "304 deaths *in those protests*", "killed *in the context of the protests*": a bare
    protest noun in a prepositional phrase on a death or attack trigger (``attacks``,
    token indices) only gives the setting of the deaths."""
    if not bare_noun(noun):
        return False
    cur = noun
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.lower_ not in _SETTING_PREPS:
            return False
        owner = cur.head.head
        if owner.dep_ == "pobj" and owner.head.dep_ == "agent":
            owner = owner.head.head  # "killed by soldiers in the protests"
        if owner.i in attacks or any(c.dep_ == "dobj" and c.i in attacks for c in owner.children):
            return True  # "documented 304 *deaths* in those protests"
        if owner.lemma_.lower() not in _LINK_NOUNS:
            return False
        cur = owner
    return False


def said_unrelated(noun: Token) -> bool:
    """ "her death had *nothing to do with* the protests": the event noun is named only
    to deny a link to it."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return False
    verb = noun.head.head
    if verb.lemma_.lower() != "do":
        return False
    owner = verb.head if verb.dep_ in ("relcl", "acl", "xcomp") else verb
    return any(
        t.lower_ in ("nothing", "anything") for t in (owner, *owner.children, *verb.children)
    )


_NAMING = {
    *("describe", "portray", "characterise", "characterize", "label", "brand", "dub"),
    *("term", "call", "dismiss", "depict", "paint"),
}


def named_as(noun: Token) -> bool:
    """ "officials *described* the protests *as* riots", "what he *called* organised riots":
    an event noun that is only named or renamed, not reported."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "as":
        return verb.head.lemma_.lower() in _NAMING
    if verb.lemma_.lower() not in _NAMING:
        return False
    if noun.dep_ in ("oprd", "attr"):
        # "in what local people are calling a general strike": those who take part
        # name their own act; anyone else only labels it
        namer = comeout.subject_of(verb)
        return namer is None or not comeout.is_group(namer)
    renamed = any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
    )
    return noun.dep_ == "dobj" and renamed
