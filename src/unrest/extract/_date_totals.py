"""Totals reported with no time of their own, read in a story of the time of writing.

"The ministry said 2,298 people had been detained across the country", "Police said 11
people had been arrested during and after the clashes": a past-perfect count of arrests
held by a report that names no day, in a story set at the time of writing, runs from
the story's time (or the start of the episode in force) up to that time. A count the
report dates ("said on Tuesday that ...") is :mod:`unrest.extract._date_tolls`' job, and a
story told long before the time of writing keeps its narrative time. Used by
:mod:`unrest.extract.when`.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_age import TIME_ENTS
from unrest.extract._date_base import Interval, spanning
from unrest.extract._date_syntax import ancestors
from unrest.extract._date_tolls import EPISODES, counted_verb, reported_total
from unrest.extract._date_tonow import counting

#: Days the story's time in force may lie before the time of writing for an undated
#: report to be as of that time.
_RECENT_DAYS = 1
#: Steps up from the counted clause to the verb that reports it.
_REPORT_STEPS = 3


def _undated_report(trigger: Token) -> bool:
    """Whether the clause counting ``trigger`` is held by a report ("the ministry said")
    that names no day or time of its own."""
    verb = counted_verb(trigger)
    if verb is None:
        return False
    report = next((t for t in ancestors(verb)[1 : 1 + _REPORT_STEPS] if counting(t)), None)
    if report is None:
        return False
    return not any(c.ent_type_ in TIME_ENTS for c in report.subtree if c.head.i == report.i)


def total_to_now(
    trigger: Token,
    narrative: Interval | None,
    now: Interval | None,
    episode: Interval | None,
) -> Interval | None:
    """Up to ``now`` when ``trigger`` is a total reported in a past perfect by an undated
    report, in a story whose time in force (``narrative``) is the day of writing or the
    day before: from the start of the ``episode`` in force ("unrest that has swept the
    country since the weekend") when it began before the time in force, else from that
    time (a story that took up again today counts today's events). None otherwise."""
    if now is None or narrative is None or now.precision != "day":
        return None
    if narrative.hi > now.hi or (now.lo - narrative.hi).days > _RECENT_DAYS:
        return None
    if not reported_total(trigger) or not _undated_report(trigger):
        return None
    if episode is not None and episode.lo < narrative.lo and episode.hi >= now.lo:
        return spanning(Interval(episode.lo, episode.lo, "day"), now)
    return spanning(narrative, now)


def describes_episode(tok: Token) -> bool:
    """Whether a date at ``tok`` hangs in a clause describing the whole episode ("unrest
    that has swept the country since the weekend"): it opens the episode in force."""
    for t in ancestors(tok)[:-1]:
        if t.dep_ in ("acl", "relcl"):
            # The noun the clause follows, which a parser may hang it past ("the
            # bloodiest day yet in unrest that has swept ...").
            before = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else t.head
            return t.head.lemma_.lower() in EPISODES or before.lemma_.lower() in EPISODES
    return False


#: Days the first episode may begin after the story's earliest time and still be its start.
_EPISODE_LAG = 7


def episode_start(start: Interval | None, episodes: list[Interval | None]) -> Interval | None:
    """The story's start for running totals: the start of the first episode the text opens
    ("killed since protests began on 16 September") when it lies within a week after the
    earliest time of the story (the arrest that led to them on 13 September is its
    backstory, not its start); else ``start``."""
    first = next((ep for ep in episodes if ep is not None), None)
    if start is None or first is None or first.precision != "day":
        return start
    if not start.lo < first.lo or (first.lo - start.lo).days > _EPISODE_LAG:
        return start
    return Interval(first.lo, first.lo, "day")
