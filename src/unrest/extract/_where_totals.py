"""Totals: a count of the whole movement borrows no story city.

"The executions bring to nine the number of people hanged", "Activists put the number
of arrests at 18,000", "More than 2,300 people were detained", "hundreds of
summary executions were carried out", "HRANA puts the number at more than 500",
"reported about 1,500", "roughly 3,700 people had been held": a tally of casualties
or arrests that names no place of its own sums up the country's events, not the scene
of the story city. An estimate that large (:func:`estimate`) borrows no paragraph
city either.
A protest crowd ("thousands marched to the square") is not a tally: it stays where
the story is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._tree import prep_objects

__all__ = ["COUNTED", "count_of", "estimate", "tally"]

#: Lemmas of triggers whose counts add up over a movement (casualties, arrests, hangings).
_COUNTED = {
    "kill",
    "killing",
    "death",
    "die",
    "dead",
    "injure",
    "injury",
    "wound",
    "arrest",
    "detain",
    "detention",
    "execute",
    "execution",
    "hang",
    "hanging",
    "imprison",
    "sentence",
}
#: Nouns of a running count ("the number of people killed", "the toll").
_COUNT_NOUNS = {"number", "toll", "tally", "count", "total"}
#: Counts in words: their least value.
_WORD_VALUES = {"dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
#: A count this large of casualties or arrests is a national tally.
BIG = 200
#: Dependents that carry a count of the trigger's people.
_PEOPLE_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _value(tok: Token) -> int:
    """The count ``tok`` spells ("11,700", "hundreds"), else 0."""
    if tok.lower_ in _WORD_VALUES:
        return _WORD_VALUES[tok.lower_]
    text = tok.text.replace(",", "")
    if text.isdigit():
        return int(text)
    if tok.lower_ == "thousand":
        return 1000
    if tok.lower_ == "hundred":
        return 100
    return 0


def _count(noun: Token) -> int:
    """The largest count said of ``noun``: its own number ("Thousands"), a numeral on it
    ("11,700 people"), the number it is a part of ("hundreds of killings") or the people
    it is of ("deaths of more than 300 people")."""
    found = [_value(noun)]
    found += [_value(c) for c in noun.children if c.dep_ == "nummod"]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        found.append(_value(noun.head.head))  # "hundreds of killings"
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    found.append(_value(obj))
                    found += [_value(c) for c in obj.children if c.dep_ == "nummod"]
    return max(found)


#: Public names for :mod:`._where_linked`.
COUNTED = _COUNTED
count_of = _count


def _running_count(root: Token) -> bool:
    """Whether ``root`` lies in "the number of ..." ("the number of men hanged")."""
    for anc in root.ancestors:
        if anc.lower_ == "of" and anc.dep_ == "prep":
            head = anc.head
            if head.lower_ in _COUNT_NOUNS and any(c.lower_ == "the" for c in head.children):
                return True
    return False


def _estimate(noun: Token) -> int:
    """The count an estimate gives the count noun ``noun`` ("HRANA puts the number at
    more than 500", "put the number arrested at 2,500"): the object of "at" on the verb
    ``noun`` is the object of, on ``noun`` or on its participle, else 0."""
    if noun.lower_ not in _COUNT_NOUNS or noun.dep_ != "dobj":
        return 0
    holders = [noun.head, noun] + [c for c in noun.children if c.dep_ == "acl"]
    objects = [o for h in holders for o in prep_objects(h, ("at",))]
    return max((_value(o) for o in objects), default=0)


def _held(root: Token) -> bool:
    """Whether ``root`` is a passive "held" of people ("3,700 people had been held")."""
    return root.lemma_.lower() == "hold" and any(c.dep_ == "nsubjpass" for c in root.children)


def estimate(trigger: Span) -> bool:
    """Whether the trigger is a count of :data:`BIG` or more in figures ("reported about
    1,500") or a count noun an estimate puts that high ("puts the number at more than
    500", "put the number arrested at 2,500"): a figure of the whole movement."""
    root = trigger.root
    if root.text.replace(",", "").isdigit() and _value(root) >= BIG:
        return True
    return _estimate(root.head if root.dep_ == "acl" else root) >= BIG


def tally(trigger: Span) -> bool:
    """Whether the trigger counts casualties or arrests of the whole movement: "the
    number of X", a count noun an estimate puts at :data:`BIG` or more ("puts the
    number at more than 500"), a bare count of that size as the trigger ("reported
    about 1,500"), or a count of :data:`BIG` or more on it or on its people ("3,700
    people had been held")."""
    root = trigger.root
    if _running_count(root):
        return True
    if estimate(trigger):
        return True
    if root.lemma_.lower() not in _COUNTED and not _held(root):
        return False
    nouns = [root] + [c for c in root.children if c.dep_ in _PEOPLE_DEPS]
    if root.dep_ == "acl":
        nouns.append(root.head)  # "500 protesters killed"
    return any(_count(n) >= BIG for n in nouns)


#: Days of the week: "since Tuesday" spans the days of one scene, not a running total.
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


#: Hours of a recent day: "since yesterday afternoon", "since last night".
_RECENT = {"yesterday", "today", "tonight", "morning", "afternoon", "evening", "night", "dawn"}


def since_weekday(since: Token) -> bool:
    """Whether "since" counts from a day of this week ("since Tuesday they have been
    shooting") or an hour of a recent day ("since yesterday afternoon", not "since the
    night of 15 November"): the scene goes on, the sentence does not reach beyond its
    place."""
    return any(
        c.dep_ == "pobj"
        and (
            c.lower_ in _WEEKDAYS
            or c.lower_ in _RECENT
            and not any(k.lower_ == "of" for k in c.children)
        )
        for c in since.children
    )
