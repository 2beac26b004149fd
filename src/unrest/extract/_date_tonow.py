"""Running totals given in the present: counted from the story's start up to the time of
writing.

"Rights groups say hundreds have been detained", "the group says security forces have
killed at least 31 civilians", "a monitor's database lists close to 20,000 people
detained": a count asserted now, with no time of its own, sums up the story from its
start to the day of writing. A count held by a past report ("said on Tuesday that 30 had
been arrested") is dated by that report instead (:mod:`unrest.extract._date_tolls`), and
a dated clause keeps its date. Used by :mod:`unrest.extract.when`.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_age import TIME_ENTS
from unrest.extract._date_base import Interval, spanning, words
from unrest.extract._date_syntax import ancestors
from unrest.extract._date_tolls import counted_verb
from unrest.extract._tense import PRESENT_TAGS, perfect_aux

#: Days a story's start may lie before the time of writing for a count to run from it.
_MAX_DAYS = 400
#: Mentions whose counts are running totals of victims.
_VICTIM_TYPES = frozenset({"attack", "arrest"})
#: Dependencies of a participle on the noun a tally verb counts ("lists 20,000 detained").
_PARTICIPLES = frozenset({"acl", "amod", "oprd", "xcomp", "ccomp"})
#: A story shorter than this is dated to the day: its start must be a known day.
_SHORT_DAYS = 45
#: Verbs that give a count besides those of speech and record ("the database lists").
_TALLY_VERBS = frozenset({"list", "put", "estimate"})


def counting(tok: Token) -> bool:
    """A verb of speech, record or tally ("say", "documented", "lists")."""
    lemma = tok.lemma_.lower()
    return (
        lemma in _TALLY_VERBS
        or lemma in words()["speech_words"]
        or lemma in words()["record_words"]
    )


def _reporter(verb: Token) -> Token | None:
    """The reporting or recording verb that holds the clause of ``verb`` ("say", "lists"),
    if any."""
    return next((tok for tok in ancestors(verb)[1:4] if counting(tok)), None)


def _dated(tok: Token) -> bool:
    """Whether a date or time hangs from ``tok`` ("said on Tuesday")."""
    return any(c.ent_type_ in TIME_ENTS for c in tok.subtree if c.head.i == tok.i)


def counted_now(trigger: Token) -> bool:
    """Whether ``trigger`` is counted ("hundreds", "at least 31") in a clause asserted now:
    a present perfect ("have been detained"), or any tense under a present report ("rights
    groups say 40 have been killed"), or a participle a present report counts ("the
    database lists 20,000 people detained"). A past tense under a report ("says 300 were
    arrested during the clashes", "has said 44 were killed") tells one episode, and a
    count a record names ("has documented 304 deaths") may lie long before. Judicial
    counts, modal and dated clauses are excluded."""
    verb = counted_verb(trigger)
    if verb is None:
        return False
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    if trigger.dep_ == "dobj" and trigger.head.i == verb.i and counting(verb):
        return False  # "has documented 304 deaths": the record runs to now, not the deaths
    perfect = verb.tag_ not in PRESENT_TAGS and perfect_aux(verb)
    report = _reporter(verb)
    if report is None:
        return perfect
    bare = not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    tallied = bare and verb.dep_ in _PARTICIPLES and report.i in (verb.head.i, verb.head.head.i)
    return (perfect or tallied) and report.tag_ in PRESENT_TAGS and not _dated(report)


def to_now(
    trigger: Token,
    iv: Interval,
    start: Interval | None,
    now: Interval | None,
    event_type: str | None,
) -> Interval:
    """``iv`` run from the story's ``start`` (or ``iv``) up to ``now`` when ``trigger`` is a
    count of victims (an attack or arrest mention) asserted at the time of writing. A
    story of a few weeks needs a start known to the day."""
    if event_type not in _VICTIM_TYPES or now is None or iv.hi > now.hi:
        return iv
    if now.precision == "year" or not counted_now(trigger):
        return iv
    first = iv
    if start is not None and start.lo <= iv.lo and iv.lo > start.hi:
        first = start  # a start within the story's first period is kept as it is
    days = (now.hi - first.lo).days
    if days > _MAX_DAYS or (days < _SHORT_DAYS and first.precision != "day"):
        return iv
    return spanning(first, now)
