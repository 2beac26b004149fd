"""Counts and spans of the whole movement, for :mod:`unrest.extract.where`.

- "Officials acknowledged two dozen deaths in total": a count summed over the movement
  borrows no place from the sentences around it, neither the paragraph's town nor the
  city in force (nor the story place).
- "Four men have been executed in connection with the protests: A on 8 December and
  B in X": X is one case of the total; the count is the country's, and its sentence
  lends X to no neighbour.
- "four months of protests", "killed in three days of unrest": a span of time of the
  movement is not one city's event; a place it borrows keeps no city (a province the
  story is set in stays).
- "25 people were killed during the unrest", "dozens were arrested in those protests":
  an act framed by the movement as a whole (a definite movement noun in the plural or
  a mass noun, with no place of its own) is counted over the movement; it borrows no
  city from the paragraph or the story (a province the story is set in stays).
- "held a general strike", "the general strike called by the union was observed": a
  general or national strike is the whole country's (or the province's the story is
  set in), not the paragraph's or the story's city.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._tree import prep_objects, with_verb
from unrest.extract._where_later import later_episode
from unrest.extract._where_linked import included, linked_total
from unrest.extract._where_toponyms import Toponym

__all__ = [
    "general_strike",
    "listed_case",
    "movement_frame",
    "movement_period",
    "overall_count",
    "part_of_total",
    "unplaced",
]

#: Nouns of "in total", "in all".
_TOTAL_NOUNS = {"total", "all"}
#: Adverbs of a summed count ("altogether", "overall").
_TOTAL_ADVERBS = {"altogether", "overall"}
#: Units of time a movement runs for.
_PERIODS = {"day", "week", "month", "night", "year"}
#: Prepositions that set an act within a period ("killed in three days of unrest").
_WITHIN = {"in", "during", "over", "throughout", "within"}
#: Nouns of the movement itself.
_MOVEMENT = {"protest", "unrest", "demonstration", "uprising", "riot", "strike", "sit-in"}
#: Movement nouns that name the whole movement in the singular (mass nouns).
_MASS = {"unrest", "uprising"}
#: Determiners that make a movement noun definite ("the protests", "those riots").
_DEFINITE = {"the", "those", "these"}
#: Adjectives that make a strike the whole country's ("a general strike").
_GENERAL = {"general", "national", "nationwide"}
#: Nouns that set a movement in one place ("the unrest in the city").
_PLACE_NOUNS = {"city", "town", "village", "province", "capital", "region", "district"}


def _in_total(tok: Token) -> bool:
    """Whether ``tok`` has "in total" / "in all" or "altogether" / "overall" on it."""
    for child in tok.children:
        if child.dep_ == "advmod" and child.lower_ in _TOTAL_ADVERBS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "in"
            and any(
                o.dep_ == "pobj" and o.lower_ in _TOTAL_NOUNS and not list(o.children)
                for o in child.children
            )
        ):
            return True
    return False


def overall_count(trigger: Span) -> bool:
    """Whether the trigger sums people up over the whole movement: "two dozen deaths in
    total", "30 people were arrested altogether"."""
    root = trigger.root
    return any(_in_total(tok) for tok in (root, root.head))


def unplaced(trigger: Span) -> bool:
    """Whether the mention borrows no place in force: a count of the whole movement
    ("N deaths in total") or a later episode of custody or trial ("later sentenced",
    "detained again", :mod:`._where_later`)."""
    return overall_count(trigger) or later_episode(trigger)


def part_of_total(top: Toponym) -> bool:
    """Whether ``top`` names only a part of a count of the whole movement ("Four men have
    been executed in connection with the protests: A on 8 December and B in X", "...,
    including in X"): its sentence lends it to no neighbour."""
    doc = top.span.doc
    for anc in top.span.root.ancestors:
        if linked_total(doc[anc.i : anc.i + 1]) == anc:
            return included(top, anc) or listed_case(top, anc)
    return False


def _period_of_movement(noun: Token) -> bool:
    """Whether ``noun`` is a span of time of the movement ("[four months] of protests",
    "[three days] of unrest"), with a count or "the first/last" on it."""
    if noun.lemma_.lower() not in _PERIODS:
        return False
    counted = any(c.dep_ in ("nummod", "amod", "quantmod") for c in noun.children)
    return counted and any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _MOVEMENT for o in prep.children)
        for prep in noun.children
    )


def movement_period(trigger: Span) -> bool:
    """Whether the trigger is the movement over a span of time ("four months of
    protests") or is set within one ("killed in three days of unrest")."""
    root = trigger.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and _period_of_movement(root.head.head):
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _WITHIN
        and any(o.dep_ == "pobj" and _period_of_movement(o) for o in prep.children)
        for prep in root.children
    )


def listed_case(top: Toponym, verb: Token) -> bool:
    """Whether ``top`` lies in the list of cases after a colon that follows the count of
    verb ``verb`` ("Four men have been executed in connection with the protests: A on
    8 December and B in X"): a part of the total, not its place."""
    return any(t.text == ":" for t in verb.doc[verb.i + 1 : top.span.start])


def _whole_movement(noun: Token) -> bool:
    """Whether ``noun`` names the movement as a whole: a definite movement noun in the
    plural ("the protests", "those riots", "last week's riots") or a mass noun ("the
    unrest"), with no place in its phrase ("the unrest in the city", "the protests in
    Tehran")."""
    lemma = noun.lemma_.lower()
    if lemma not in _MOVEMENT and lemma != "disturbance":
        return False
    if noun.tag_ != "NNS" and lemma not in _MASS:
        return False
    definite = any(
        (c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children
    )
    placed = any(
        t.ent_type_ in ("GPE", "LOC", "FAC") or t.lower_ in _PLACE_NOUNS or t.lower_ == "there"
        for t in noun.subtree
        if t.i != noun.i
    )
    return definite and not placed


def movement_frame(trigger: Span) -> bool:
    """Whether the trigger is set within the whole movement ("killed during the unrest",
    "arrested in those protests", "had lost their lives in the riots that followed"):
    a count over the movement, not a scene of one city."""
    return any(
        _whole_movement(o)
        for h in with_verb(trigger.root, ("VERB", "AUX"))  # "deaths occurred during the unrest"
        for o in prep_objects(h, _WITHIN)
    )


def general_strike(trigger: Span) -> bool:
    """Whether the trigger is a general or national strike ("held a general strike",
    "a nationwide strike was observed"), itself or as the object of its verb."""
    root = trigger.root
    nouns = [root] + [c for c in root.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    nouns += [o for p in root.children if p.dep_ == "prep" for o in p.children]
    return any(
        n.lemma_.lower() == "strike" and any(c.lower_ in _GENERAL for c in n.children)
        for n in nouns
    )
