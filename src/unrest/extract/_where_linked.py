"""Running totals of the movement: "N people have been executed in connection with the
protests" counts the whole country's cases, not the scene of the story city.

A count of casualties, arrests or sentences tied to "the protests" as a whole ("in
connection with", "in relation to", "in the context of") names no one scene; a town it
names only as a part of the total ("..., including the deaths in X") is not its place:
the total stays with the country of that town.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._where_toponyms import Toponym
from unrest.extract._where_totals import COUNTED, count_of, tally

__all__ = ["included", "linked_total", "movement_tally"]

#: Nouns that tie a count to a movement: "in connection with", "in relation to".
_LINK_NOUNS = {"connection", "relation", "context", "link"}
#: The movement as a whole.
_MOVEMENT = {"protest", "unrest", "demonstration", "uprising", "riot", "disturbance"}
#: Dependents that carry a count of the trigger's people.
_PEOPLE_DEPS = {"nsubj", "nsubjpass", "dobj"}


def _movement_link(verb: Token) -> bool:
    """Whether ``verb`` has "in connection with / relation to / the context of the
    protests" (the movement itself, with "the" and no year or place of its own)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in _LINK_NOUNS:
                continue
            for link in noun.children:
                if link.dep_ != "prep":
                    continue
                for obj in link.children:
                    if (
                        obj.dep_ == "pobj"
                        and obj.lemma_.lower() in _MOVEMENT
                        and any(c.lower_ == "the" for c in obj.children)
                        and not any(c.dep_ in ("prep", "nummod", "compound") for c in obj.children)
                    ):
                        return True
    return False


def _verb(trigger: Span) -> Token | None:
    """The trigger's own verb, or the verb its noun hangs on ("With these hangings, four
    people have been executed"; "died in the context of the protests")."""
    root = trigger.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    return next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)


def linked_total(trigger: Span) -> Token | None:
    """The verb by which the trigger counts people over the whole movement: a counted
    verb ("executed", "sentenced", "died") with a numbered subject or object ("four
    people", "at least 17 others") "in connection with the protests"; else None."""
    verb = _verb(trigger)
    if verb is None or verb.lemma_.lower() not in COUNTED or not _movement_link(verb):
        return None
    people = [c for c in verb.children if c.dep_ in _PEOPLE_DEPS]
    counted = any(count_of(n) > 0 or any(c.dep_ == "nummod" for c in n.children) for n in people)
    return verb if counted else None


def included(top: Toponym, root: Token) -> bool:
    """Whether ``top`` names a part of the total counted by verb ``root`` ("..., including
    the deaths in X"): it lies under an "including" phrase that hangs on the verb."""
    for anc in top.span.root.ancestors:
        if anc.lower_ == "including" and anc.head == root:
            return True
        if anc == root:
            return False
    return False


def movement_tally(trigger: Span) -> bool:
    """Whether the trigger counts over the whole movement with no number on its people:
    "the number of men executed in connection with the protests" (not "the number of
    wounded", which may be one town's)."""
    verb = _verb(trigger)
    return verb is not None and tally(trigger) and _movement_link(verb)
