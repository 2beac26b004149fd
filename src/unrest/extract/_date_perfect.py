"""Clause-bound limits on the spans of :mod:`unrest.extract.when`: a past-perfect "since"
told from a story day ("It was the night of November 16. There had been protests since
November 15") runs up to that day, not to the time of writing; a "by" date of a separate
reported clause closes no span; a date of the noun that a trigger's relative clause
describes is no "since" date of that trigger."""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval, coarser, spanning
from unrest.extract._date_syntax import _embedded_in_speech, ancestors, in_since_scope

_VERBAL = frozenset({"VERB", "AUX"})
# Days before the story's time a lasting state must have begun to be its background.
_YEAR_DAYS = 366


def _past_perfect_verb(date_head: Token) -> bool:
    """Whether the verb the date hangs from is in the past perfect ("had been") of the
    narrative itself: in reported speech ("NetBlocks said data had been cut since ...")
    it is only a shifted present perfect."""
    verb = next((t for t in ancestors(date_head)[1:] if t.pos_ in _VERBAL), None)
    if verb is None or _embedded_in_speech(verb):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def cut_at_story(since: Interval, date_head: Token, story: Interval | None) -> Interval:
    """A "since X" span of a past-perfect clause ends at the story's day in force, when
    that day lies inside the span: the clause looks back from that day."""
    if story is None or story.precision != "day" or not _past_perfect_verb(date_head):
        return since
    if not since.lo < story.lo <= since.hi or story.hi >= since.hi:
        return since
    start = Interval(since.lo, since.lo, since.lo_precision or since.precision)
    return spanning(start, story)


def looks_back(role: str, iv: Interval, story: Interval | None, date_head: Token) -> bool:
    """Whether a past-perfect "since" span ends at the story's day in force: a look back
    from that day, which leaves the story's time where it was."""
    return (
        role == "since"
        and story is not None
        and story.precision == "day"
        and iv.lo < story.lo
        and iv.hi == story.hi
        and _past_perfect_verb(date_head)
    )


def holds_story(role: str, iv: Interval, story: Interval | None) -> bool:
    """Whether a "since" span is a lasting state, begun more than a year before the
    story's finer time in force, that this time lies inside ("Lukashenko has ruled
    Belarus since 1994" told of an August 2020 election): background that leaves the
    story's time where it was, not a step back to its start. A span of the story's own
    scale ("300 have been killed since mid-September") is a period of the story."""
    if role != "since" or story is None:
        return False
    start = iv.lo_precision or iv.precision
    if start == story.precision or coarser(start, story.precision) != start:
        return False
    return (story.lo - iv.lo).days > _YEAR_DAYS and story.hi <= iv.hi


def _verb_of(tok: Token) -> Token | None:
    return next((t for t in ancestors(tok)[1:] if t.pos_ in _VERBAL), None)


def own_clause_end(until: Token, best: Token) -> bool:
    """Whether an "until"/"by" date lies in a reported clause of its own ("that ..."),
    apart from the clause of the date it would close ("said they had shot three on
    Monday, and that the number had risen to seven by Wednesday"): then it ends another
    span, not that one."""
    verb, other = _verb_of(until), _verb_of(best)
    if verb is None or other is None or verb.i == other.i:
        return False
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def since_scope(date_head: Token, trigger: Token) -> bool:
    """Whether a date is inside a "since" phrase above the event ``trigger``; a date of
    the noun that the trigger's relative clause describes is that event's own, however
    the noun is used ("secure since the attack on 26 October, in which a gunman opened
    fire": the firing was on 26 October)."""
    stop = trigger
    for tok in ancestors(trigger)[:-1]:
        if tok.dep_ in ("relcl", "acl") and tok.head in ancestors(date_head):
            stop = tok.head
            break
    return in_since_scope(date_head, stop)


def opens_since(role: str, iv: Interval, story: Interval | None, date_head: Token) -> bool:
    """Whether a date inside a "since" clause ("arrested since the protests began in
    September") only names where a span opened, well before the story's day in force:
    a look back that leaves the story's time where it was."""
    return (
        role != "since"
        and story is not None
        and story.precision == "day"
        and iv.precision != "day"
        and iv.hi < story.lo
        and in_since_scope(date_head)
    )
