"""Ranked cases: "the third protester executed", "the first person hanged over the unrest".

An ordinal on the people of a casualty, arrest or execution counts them within the whole
movement ("became the first person executed in connection with the protests"): the
rank runs over the country, so the mention borrows no city from the sentences around it.
Likewise an event set "in dozens of cities", a movement that "lasted two weeks" or
"continued through the year", and the movement a relative clause defines ("the protests
that followed the rise in the price of petrol", "the unrest that has swept the country")
lie in no one city of the story.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._date_ordinals import ordinals_between
from unrest.extract._tree import prep_objects, with_verb
from unrest.extract._where_context import SPREAD_NOUNS
from unrest.extract._where_totals import COUNTED

__all__ = ["movement_noun", "movement_span", "ranked", "unnamed_spread"]

#: Ordinals spelled out, for parses that do not tag them as ORDINAL.
_ORDINALS = {*ordinals_between(1, 10), "latest"}


def _ordinal(tok: Token) -> bool:
    """Whether ``tok`` is an ordinal ("third", "4th", "latest")."""
    return tok.lower_ in _ORDINALS or tok.ent_type_ == "ORDINAL"


def _ranked_noun(noun: Token) -> bool:
    """Whether ``noun`` carries an ordinal, alone or in a pair ("third and fourth")."""
    return any(c.dep_ in ("amod", "nummod") and _ordinal(c) for c in noun.children)


def ranked(trigger: Span) -> bool:
    """Whether the trigger's people are ranked among all of the movement's cases: the
    trigger qualifies a noun with an ordinal ("the first person executed", "the third
    and fourth protesters hanged")."""
    root = trigger.root
    if root.lemma_.lower() not in COUNTED or root.dep_ not in ("acl", "relcl"):
        return False
    return _ranked_noun(root.head)


#: Prepositions that set an event in places ("in", "across", "throughout").
_SETTING = {"in", "across", "throughout"}
#: Words that tie unnamed places to named ones ("Tehran and other cities").
_TIED = {"other", "those", "these", "neighbouring", "nearby", "surrounding"}


def _unnamed_places(noun: Token) -> bool:
    """Whether ``noun`` is a plural of unnamed places ("several towns", "dozens of
    cities"), with no name, demonym or tie to a named place on it."""
    target = noun
    if noun.lower_ not in SPREAD_NOUNS:
        objs = [o for p in noun.children if p.lower_ == "of" for o in p.children]
        target = next((o for o in objs if o.lower_ in SPREAD_NOUNS), noun)
        if target is noun:
            return False
    return not any(
        t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "LOC") or t.lower_ in _TIED
        for t in target.subtree
    )


def unnamed_spread(trigger: Span) -> bool:
    """Whether the trigger itself is set in unnamed places in the plural ("protests in
    dozens of cities", "set fire to banks in several towns"): no one city of the
    sentence or the story is its place."""
    return any(
        _unnamed_places(o)
        for h in with_verb(trigger.root)  # "set off protests in dozens of cities"
        for o in prep_objects(h, _SETTING)
    )


#: Verbs that tell how long a movement ran ("the protests lasted two weeks").
_RUNNING = {"last", "continue", "persist", "enter"}


def movement_span(trigger: Span) -> bool:
    """Whether the trigger is the subject of a verb of duration ("the protests that began
    in May lasted two weeks", "protests entered a fifth day"): the movement as a whole."""
    root = trigger.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in _RUNNING


#: Verbs by which a relative clause defines a whole movement ("the riots that followed X").
_DEFINING = {"follow", "sweep", "erupt", "grip", "rock"}


def movement_noun(trigger: Span) -> bool:
    """Whether the trigger is a noun that a relative clause defines as a whole movement
    ("the protests that followed the price rise", "unrest that has swept the country")."""
    root = trigger.root
    return root.pos_ == "NOUN" and any(
        c.dep_ == "relcl" and c.lemma_.lower() in _DEFINING for c in root.children
    )
