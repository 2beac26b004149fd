"""Cumulative counts dated over the story up to the time of their report.

"At least 500 protesters have been killed since the protests began", "the group put the
number of arrests at 20,000", "21 people lost their lives during the disturbances": such a
count sums up the story from its start to the time it was given, not the day of the report
or the narrative's last day. A count of one day's events ("on Friday police arrested 40")
keeps its own date. Used by :mod:`unrest.extract.when`.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Token

from unrest.extract._date_age import TIME_ENTS, timed
from unrest.extract._date_base import Interval, coarsen, spanning
from unrest.extract._date_found import Found
from unrest.extract._date_reports import report_frame
from unrest.extract._date_syntax import trigger_verb

#: Nouns of a whole episode of unrest ("during the unrest", "in connection with the protests").
EPISODES = frozenset(
    {
        "unrest",
        "protest",
        "demonstration",
        "disturbance",
        "uprising",
        "crackdown",
        "riot",
        "revolt",
        "upheaval",
        "movement",
    }
)
# Nouns that hold a running total ("the number of arrests", "put the toll at 41").
_TALLIES = frozenset({"number", "total"})
# Modifiers that make a toll the whole story's ("the national toll", "the final toll").
_WHOLE = frozenset({"national", "nationwide", "overall", "total", "final", "cumulative"})
# Adverbs that sum a count up ("25 deaths in all", "altogether").
_SUMMING = frozenset({"altogether", "overall"})
# Verbs of an episode's end ("by the time the protests died down").
_ENDING = frozenset({"die", "end", "subside", "fade", "ebb", "stop", "crush", "suppress"})
# Judicial outcomes come after the unrest began: their running total starts at the first
# of them, not at the story's start.
_JUDICIAL = frozenset({"sentence", "execute", "hang", "convict", "execution", "sentencing"})
_START_NOUNS = frozenset({"start", "beginning", "outbreak", "onset", "eruption"})
_BEGIN_VERBS = frozenset({"begin", "start", "erupt", "break"})
_COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "tens"})
# Prepositions that put a count within a whole episode.
_WITHIN = frozenset({"during", "throughout", "since"})
# Prepositions that put a count within stretches of an episode ("in three days of unrest").
_OVER = frozenset({"in", "over", "during", "throughout"})
_STRETCHES = frozenset({"day", "night", "week"})
# Modifiers of a single stretch ("one night of rioting"): no running total.
_ONE = frozenset({"one", "a", "single", "last", "final"})
_DEPS_UP = frozenset({"conj", "ccomp", "parataxis"})
#: Entity labels of a date or time of its own.
#: Days a report may lie after the story's main period and still sum the story up.
_AFTER_STORY = 31
#: Days after the story's start within which a count's date already spans the story.
_OPENING = 7
#: A report this many days or more after the story's start does not sum it up.
_REPORT_LAG = 400


def story_start(times: list[Interval | None], story: Interval | None) -> Interval | None:
    """The start of the story: the earliest time that sets the narrative within its main
    period, walked back through earlier times each within a month of the next ("Amini
    died on 16 September ... protests spread in October": 16 September)."""
    if story is None:
        return None
    known = sorted(
        (iv for iv in times if iv is not None and iv.precision != "year"), key=lambda iv: iv.lo
    )
    inside = [iv for iv in known if story.lo <= iv.lo <= story.hi]
    if not inside:
        return None
    start = inside[0]
    days = [iv for iv in inside if iv.precision == "day"]
    if start.precision != "day" and days and start.contains(days[0]):
        # A coarse time that frames the story ("alerts, November 2019") holds its first
        # day; that day is where it starts.
        start = days[0]
    for iv in reversed(known):
        # A long span that merely reaches the story ("cut since November 2019") does not
        # carry its start back, nor does a coarser time before a day ("lost their crop in
        # June" before "protests began on 15 July"): background, not the start.
        if start.precision == "day" and iv.precision != "day":
            continue
        if iv.lo < start.lo and _months(iv.hi, start.lo) <= 1 and _months(iv.lo, start.lo) <= 1:
            start = iv
    # The story starts at the start of that time ("since September": September).
    return coarsen(Interval(start.lo, start.lo, "day"), start.lo_precision or start.precision)


def _months(earlier: date, later: date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month


def _tally(tok: Token) -> bool:
    """A noun holding a running total ("the number of arrests"), not "a number of"."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in _TALLIES
        and not any(c.dep_ == "det" and c.lower_ == "a" for c in tok.children)
    )


def _top(trigger: Token) -> Token:
    """The clause of ``trigger`` and the clauses it is joined to or reported by."""
    verb = trigger_verb(trigger)
    for _ in range(3):
        if verb.dep_ not in _DEPS_UP or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb


def is_count(tok: Token) -> bool:
    """Whether ``tok`` gives a number of people or things ("304", "dozens"), not a date
    or a year."""
    if tok.ent_type_ in TIME_ENTS:
        return False
    if tok.lower_ in _COUNT_WORDS:
        return True
    if not tok.like_num:
        return False
    text = tok.text.replace(",", "")
    return not (len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100)


def _since_start(tok: Token) -> bool:
    """ "since the start of the protests", "since the protests began", "since the first
    night"."""
    if tok.lower_ != "since":
        return False
    if tok.dep_ == "mark":
        verb = tok.head
        return verb.lemma_.lower() in _BEGIN_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in EPISODES for c in verb.children
        )
    for obj in tok.children:
        if obj.dep_ != "pobj":
            continue
        if obj.lemma_.lower() in _START_NOUNS:
            return True
        if any(c.lower_ == "first" for c in obj.children):
            return True
    return False


def _days_of_episode(noun: Token) -> bool:
    """ "three days of unrest", "the first week of the protests": a counted stretch of a
    whole episode."""
    return (
        noun.lemma_.lower() in _STRETCHES
        and any(c.dep_ in ("nummod", "amod") and c.lower_ not in _ONE for c in noun.children)
        and any(
            c.lower_ == "of"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in EPISODES for g in c.children)
            for c in noun.children
        )
    )


def _within_episode(tok: Token) -> bool:
    """ "during the unrest", "in connection with the protests"."""
    if tok.lower_ in _WITHIN:
        return any(c.dep_ == "pobj" and c.lemma_.lower() in EPISODES for c in tok.children)
    if tok.lower_ in _OVER:
        return any(c.dep_ == "pobj" and _days_of_episode(c) for c in tok.children)
    if tok.lower_ == "connection" and tok.head.lower_ == "in":
        return any(
            c.lower_ == "with"
            and any(g.dep_ == "pobj" and g.lemma_.lower() in EPISODES for g in c.children)
            for c in tok.children
        )
    return False


_PARTICIPLES = frozenset({"acl", "oprd", "xcomp", "amod"})


def _own(trigger: Token) -> list[Token]:
    """The clause of ``trigger``, with the noun a participle counts ("252 marchers killed")."""
    verb = trigger_verb(trigger)
    return list((verb.head if verb.dep_ in _PARTICIPLES else verb).subtree)


def judicial(trigger: Token) -> bool:
    """Whether ``trigger`` is a verdict or its execution ("sentenced", "hanged"): an act
    that follows arrest and trial, never one that opens the story."""
    return trigger.lemma_.lower() in _JUDICIAL or trigger_verb(trigger).lemma_.lower() in _JUDICIAL


def _present_perfect_passive(verb: Token) -> bool:
    """ "have been killed", "has been detained": victims counted up to now."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) and any(
        c.dep_ == "auxpass" for c in verb.children
    )


def episodic(trigger: Token) -> bool:
    """Whether the clause of ``trigger`` counts from the episode's start: "since the protests
    began", "since the start of the uprising" (a count "during the unrest" given after the
    story may sum up the story alone)."""
    return any(_since_start(t) for t in trigger_verb(trigger).subtree)


def cumulative(trigger: Token) -> bool:
    """Whether ``trigger`` is counted in a running total: its clause counts ("at least 500
    protesters", "dozens") over the whole episode ("since the protests began", "during the
    unrest", "in connection with the protests") or as a tally ("the number of arrests"),
    or the trigger is what a tally counts ("the number of men hanged")."""
    if judicial(trigger):
        return False
    if _tally(trigger) or any(_tally(t) for t in trigger.ancestors):
        return True
    own = _own(trigger)
    if any(_since_start(t) for t in own):
        return True
    if not any(is_count(t) for t in own):
        return False
    verb = trigger_verb(trigger)
    if _present_perfect_passive(verb) and not any(timed(t) for t in own):
        return True  # "more than 300 people have been detained": a total up to now
    scope = list(_top(trigger).subtree)
    return any(_within_episode(t) or _tally(t) for t in scope) or summed_up(trigger)


def _summing(tok: Token) -> bool:
    """ "in total", "in all", "altogether", "overall": a count summed up."""
    if tok.lower_ in _SUMMING and tok.dep_ == "advmod":
        return True
    return (
        tok.lower_ == "in"
        and tok.dep_ == "prep"
        and any(c.dep_ in ("pobj", "amod") and c.lower_ in ("total", "all") for c in tok.children)
    )


def _by_episode_end(tok: Token) -> bool:
    """ "by the time the protests died down": a count at the end of the whole episode."""
    if tok.lower_ != "by":
        return False
    for obj in tok.children:
        if obj.dep_ != "pobj" or obj.lower_ != "time":
            continue
        for clause in obj.children:
            if clause.dep_ == "relcl" and clause.lemma_.lower() in _ENDING:
                return any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in EPISODES
                    for c in clause.children
                )
    return False


def _whole_toll(tok: Token) -> bool:
    """ "the national toll", "the overall death toll": a toll of the whole story."""
    return tok.lemma_.lower() == "toll" and any(
        c.dep_ == "amod" and c.lower_ in _WHOLE for c in tok.children
    )


def _sums(tok: Token) -> bool:
    """ "the total", "the national toll" (not "the number of wounded", often one clash's)."""
    return (_tally(tok) and tok.lemma_.lower() == "total") or _whole_toll(tok)


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether ``tok`` belongs to the clause of ``top`` itself, not to a relative or
    adverbial clause within it ("officials, who revised the toll")."""
    for anc in tok.ancestors:
        if anc.i == top.i:
            return True
        if anc.dep_ in ("relcl", "acl", "advcl"):
            return False
    return tok.i == top.i


def summed_up(trigger: Token) -> bool:
    """Whether the count of ``trigger`` is given as a sum of the whole story: a tally
    ("the national toll", "put the total at 25"), "in total", or a count "by the time the
    protests died down". Such a sum runs from the story's start even when it is read in
    the story's opening days."""
    if judicial(trigger):
        return False
    if _sums(trigger) or any(_sums(t) for t in trigger.ancestors):
        return True
    top = _top(trigger)
    scope = list(top.subtree)
    if any(_sums(t) and _in_clause(t, top) for t in scope) and any(is_count(t) for t in scope):
        return True
    own = _own(trigger)
    return any(is_count(t) for t in own) and any(_summing(t) or _by_episode_end(t) for t in scope)


def up_to_report(
    iv: Interval, start: Interval | None, story: Interval | None, opening: int = _OPENING
) -> Interval:
    """A cumulative count's date: from the story's ``start`` up to ``iv``, the time it was
    reported (or the story's time in force), when the story started earlier and the report
    lies within the ``story``'s main period or just after it (a report about a later
    episode counts that episode)."""
    if start is None or story is None or iv.precision == "year":
        return iv
    # A month in force reaches its end ("Officials put the number of dead at 25", read
    # in January after a story that began on 28 December).
    edge = iv.hi if iv.precision == "month" else iv.lo
    if (edge - start.hi).days <= opening:
        return iv  # already within the story's opening days
    if (iv.lo - story.hi).days > _AFTER_STORY:
        return iv
    if (iv.hi - start.lo).days > _REPORT_LAG:
        return iv
    return spanning(start, iv)


def tolled(
    trigger: Token, iv: Interval, start: Interval | None, story: Interval | None
) -> Interval:
    """``iv`` widened back to the story's ``start`` when ``trigger`` is counted in a
    running total."""
    if not cumulative(trigger) or (start is not None and iv.lo <= start.lo):
        return iv  # no running total, or one already dated from before the story's start
    # A count "since the start of the unrest" or summed up ("put the toll at 25") runs
    # from it even within its opening days.
    opening = 0 if episodic(trigger) or summed_up(trigger) else _OPENING
    return up_to_report(iv, start, story, opening)


def running(
    trigger: Token, frames: list[tuple[Found, bool]], story: Interval, start: Interval | None
) -> Interval:
    """The date of an event counted by a report after the story's period (``story``): from
    the story's ``start`` up to the report when the count runs over the whole episode
    ("said in July that 560 had been killed since the start of the uprising")."""
    if not episodic(trigger):
        return story
    reports = [f.interval for f, by in frames if report_frame(f, trigger, by) and f.interval]
    if not reports or reports[0].precision == "year":
        return story
    return spanning(start or story, reports[0])


_AS_OF = re.compile(r"\b(?:as of|as at|so far|to date|up to)\s*(?:the\s+)?$", re.IGNORECASE)


def as_of(
    text: str, found: Found, trigger: Token, start: Interval | None, story: Interval | None
) -> Interval | None:
    """A count dated by "as of" ("as of Wednesday it had counted 252 killed"): the time of
    the count, which runs from the story's ``start``. None for any other date."""
    iv = found.interval
    if iv is None or not _AS_OF.search(text[max(0, found.start - 20) : found.start]):
        return None
    if judicial(trigger) or not any(is_count(t) for t in _own(trigger)):
        return None
    return up_to_report(iv, start, story)


def reported_toll(
    trigger: Token, said: Interval, start: Interval | None, story: Interval | None
) -> Interval | None:
    """The date of a running total held by a report of a known day ("a rights group said
    on Friday that at least eight had been killed since the first night"): from the
    story's ``start`` up to that day. None when ``trigger`` is no running total or the
    report does not sum the story up."""
    if not (cumulative(trigger) or reported_total(trigger)):
        return None
    toll = up_to_report(said, start, story, 0)
    return toll if toll != said else None


def counted_verb(trigger: Token) -> Token | None:
    """The verb of ``trigger``'s clause when the trigger is counted ("at least 30 people")
    in a clause with no date of its own and is no court count; else None."""
    if judicial(trigger):
        return None
    own = _own(trigger)
    if not any(is_count(t) for t in own) or any(timed(t) for t in own):
        return None
    return trigger_verb(trigger)


def reported_total(trigger: Token) -> bool:
    """Whether ``trigger`` is a count a report gives as a total so far, in a past-perfect
    passive with no time of its own ("the governor said on Tuesday that 30 people had
    been arrested"), or a past perfect whose object is counted ("a rights group said
    that police had killed at least eight people"): only the report is dated."""
    verb = counted_verb(trigger)
    if verb is None:
        return False
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and any(
        c.dep_ == "auxpass" or (c.dep_ == "dobj" and any(is_count(g) for g in c.subtree))
        for c in verb.children
    )
