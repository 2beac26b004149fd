"""Reported events dated by the story, not by their report.

"Amnesty said on 6 December that at least 208 people had been killed", "In June 2020,
an MP said that about 230 people were killed", "Amnesty recorded 304 deaths by 16
December": the date is the time of the report or record, and the killings it counts
belong to the story's own period. Used by :mod:`unrest.extract.when`.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from unrest.extract._date_age import TIME_ENTS
from unrest.extract._date_base import Interval, coarsen, month_interval, spanning, words
from unrest.extract._date_found import Found
from unrest.extract._date_story import counted_by
from unrest.extract._date_syntax import (
    _REPORTED,
    ancestors,
    perfect_clause,
    reported_by,
    reported_flashback,
    speech_head,
    trigger_verb,
)

_VERBAL = frozenset({"VERB", "AUX"})
# Days between two dates of the story's run of days.
#: A report this many days or more after the story's period is not read as counting it
#: (a toll is reported within months; a date decades on is another story).
_REPORT_LAG = 400
_RUN_GAP = 7
# Objects of a recording verb through which it holds the counted event ("recorded 304
# deaths", "documented the detention of children").
_OBJECTS = frozenset({"dobj", "pobj", "prep", "acl", "relcl", "amod", "compound", "nmod"})


def _records(tok: Token) -> bool:
    return tok.lemma_.lower() in words()["record_words"] or _states_tally(tok)


def _states_tally(verb: Token) -> bool:
    """Whether ``verb`` states a count through a tally as its object ("put the toll at
    230", "gave a figure of 230 dead"), a number given with it."""
    if verb.pos_ not in _VERBAL:
        return False
    tally = any(
        c.dep_ == "dobj" and c.lemma_.lower() in words()["tally_nouns"] for c in verb.children
    )
    return tally and any(t.like_num and t.ent_type_ not in TIME_ENTS for t in verb.subtree)


def _record_head(date_head: Token) -> Token | None:
    """The recording verb a date at ``date_head`` hangs from ("recorded ... by 16
    December", "documented in March"), through prepositions only."""
    for t in ancestors(date_head)[1:4]:
        if t.pos_ in _VERBAL:
            return t if _records(t) else None
    return None


def record_time(date_head: Token) -> bool:
    """Whether a date at ``date_head`` is the time of a record of a count ("recorded 304
    deaths", "documented 7,000 arrests"): the record's time, not the counted events'."""
    verb = _record_head(date_head)
    if verb is None:
        return False
    return _states_tally(verb) or any(_counted(c) for c in verb.children if c.dep_ == "dobj")


def _counted(noun: Token) -> bool:
    return any(c.dep_ == "nummod" or c.like_num for c in noun.subtree if c.i < noun.i)


def _recorded(verb: Token, trigger: Token) -> bool:
    """Whether ``trigger`` lies in what ``verb`` records: its object or a clause it holds."""
    chain = ancestors(trigger)
    if verb not in chain[1:]:
        return False
    path = chain[: chain.index(verb)]
    return path[-1].dep_ in ("dobj", *_REPORTED)


def reports_count(date_head: Token) -> bool:
    """Whether a date at ``date_head`` is the time of a report of a count ("In June 2020,
    the committee's head said that 230 people had died") or of a record of one ("recorded
    304 deaths by 16 December"): the report's time, at any precision, after which the
    story's events are still those of its own period."""
    head = speech_head(date_head)
    if head is None:
        return record_time(date_head)
    return any(
        c.dep_ in ("ccomp", "parataxis") and any(t.like_num for t in c.subtree)
        for c in head.children
    )


def report_frame(found: Found, trigger: Token, deadline: bool) -> bool:
    """Whether ``found`` is the time of a report or a record holding ``trigger`` rather
    than the trigger's own time: "said on Monday that 20 were killed", "recorded 304
    deaths by 16 December" (``deadline``: the date is a "by" limit), "documented 7,000
    arrests in December"."""
    if reported_by(found.head, trigger):
        return True
    verb = _record_head(found.head)
    return verb is not None and (deadline or record_time(found.head)) and _recorded(verb, trigger)


_ONGOING_TAGS = frozenset({"VBZ", "VBP"})


def ongoing(trigger: Token) -> bool:
    """Whether the clause of ``trigger`` is in the present ("said that the group is
    organising the unrest"): it runs up to the report."""
    verb = trigger_verb(trigger)
    if verb.pos_ not in _VERBAL:
        return False
    if verb.tag_ in _ONGOING_TAGS:
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in _ONGOING_TAGS for c in verb.children
    )


def story_period(times: list[Interval | None]) -> Interval | None:
    """The story's main period, to the month: the month in which most of the times that
    set the narrative fall (the earliest of equally frequent ones), widened by the run of
    days that set it in and around that month, each within a week of the last ("28
    December ... 31 December ... 2 January": December to January)."""
    known = [iv for iv in times if iv is not None and iv.precision != "year"]
    months = Counter((iv.lo.year, iv.lo.month) for iv in known)
    if not months:
        return None
    best = max(months.values())
    year, month = min(m for m, n in months.items() if n == best)
    period = month_interval(year, month)
    days = sorted((iv for iv in known if iv.precision == "day"), key=lambda iv: iv.lo)
    run = [iv for iv in days if period.lo <= iv.lo <= period.hi]
    if not run:
        return period
    lo, hi = run[0].lo, max(iv.hi for iv in run)
    for iv in reversed(days):
        if iv.lo < lo and (lo - iv.hi).days <= _RUN_GAP:
            lo = iv.lo
    for iv in days:
        if hi < iv.lo and (iv.lo - hi).days <= _RUN_GAP:
            hi = iv.hi
    return coarsen(Interval(lo, hi, "day"), "month")


def after_story(
    report: Interval,
    story: Interval | None,
    runs_on: bool = False,
    narrative: Interval | None = None,
) -> Interval | None:
    """The story's period (or the ``narrative`` time within it) when a report lies in a
    later month than it ("the UN said in December that 208 had been killed", of
    November's protests): what the report counts happened in the story's time, not in
    the report's month; up to the report when what it tells ``runs_on`` (a present
    tense). None otherwise."""
    if story is None:
        return None
    if coarsen(report, "month").lo <= story.hi or (report.lo - story.hi).days > _REPORT_LAG:
        return None  # not later than the story, or too long after it to be about it
    base = narrative or story
    return spanning(base, coarsen(report, "month")) if runs_on else base


def moved_on(before: Interval | None, report: Interval, story: Interval | None) -> bool:
    """Whether the story has moved on from its main period to the days just before a
    report ("students gathered on 11 January ... On 14 January, the spokesman said 30 had
    been arrested"): what the report counts belongs to those days, not to the story."""
    return (
        before is not None
        and story is not None
        and before.precision == "day"
        and before.lo > story.hi
        and before.hi <= report.lo
        and (report.lo - before.hi).days <= _RUN_GAP
    )


def story_for(
    head: Token,
    frames: list[tuple[Found, bool]],
    own: list[Found],
    before: Interval | None,
    story: Interval | None,
) -> Interval | None:
    """The story's period for an event ``head`` counted by a report or record dated in a
    later month ("the UN said in December that 208 had been killed"), when the event's
    clause gives no date of its own. ``frames`` are the sentence's dates, each with
    whether it is a "by" limit; ``own`` those that may date the event itself; ``before``
    the narrative time in force, unless a report set it."""
    if story is None:
        return None
    reports = [f for f, by in frames if report_frame(f, head, by)]
    if any(by and (perfect_clause(head) or counted_by(f.head, head)) for f, by in frames):
        return None  # "By January, the group had recorded 481 killed": a span up to then
    if not reports or any(f not in reports for f in own):
        return None
    report = reports[0].interval
    if report is None or moved_on(before, report, story):
        return None
    # A narrative time in force within the story is the time of what the report tells in
    # the simple past ("guards fired on 12 March. They wounded forty, a union said in
    # April"); a past perfect or a record sums up the story ("said that 200 had been
    # killed", "recorded 304 deaths by 16 December").
    told = (
        before is not None
        and story.contains(before)
        and reported_by(reports[0].head, head)
        and not reported_flashback(head)
    )
    runs_on = ongoing(head)
    return after_story(report, story, runs_on, before if told and not runs_on else None)


def said_on(head: Token, candidates: list[Found]) -> Interval | None:
    """The day of a reporting act that holds the event ("said on Monday that ...")."""
    for f in candidates:
        said = f.interval
        if said is not None and said.precision == "day" and reported_by(f.head, head):
            return said
    return None


def reported_on(head: Token, candidates: list[Found]) -> Interval | None:
    """With no narrative time yet, the month of the day on which the event was
    reported ("killed 26 and detained 3,000, the ministry said on Saturday"): it
    happened by then, most likely within that month."""
    for f in candidates:
        said = f.interval
        if said is not None and said.precision == "day" and reported_by(f.head, head):
            return coarsen(said, "month")
    return None
