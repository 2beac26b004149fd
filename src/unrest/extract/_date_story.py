"""Story-time helpers of :mod:`unrest.extract.when`: which earlier time a new date is read
against, and which dates are asides that leave the story's time where it was."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from unrest.extract._date_base import Anchor, Interval, spanning
from unrest.extract._date_syntax import ancestors, perfect_clause, trigger_verb

_VERBAL = frozenset({"VERB", "AUX"})
# Clauses with a time of their own, on the way from an event up to a counting verb.
_CLAUSES = frozenset({"relcl", "advcl", "conj", "ccomp", "parataxis"})
_RANK = {"day": 0, "month": 1, "year": 2}
# Days a narrative time may lie before the "now" of a "since" expression and still be
# what it counts from.
_SINCE_REACH = 366


def since_anchor(
    local: Interval | None, narrative: Interval | None, mentioned: Interval | None
) -> Anchor:
    """What a "since" expression is read against. "Since" runs up to now, so a date
    without a year ("since 21 September") is the latest before now unless the story's
    time is recent: a far earlier aside ("helped bring down the Shah in 1979") does not
    pick its year."""
    if local is None:
        return Anchor(local, narrative, mentioned)

    def recent(iv: Interval | None) -> Interval | None:
        if iv is None or iv.hi > local.hi or (local.lo - iv.hi).days > _SINCE_REACH:
            return None
        return iv

    return Anchor(local, recent(narrative), recent(mentioned))


def coarse_flashback(date_head: Token, iv: Interval, narrative: Interval | None) -> bool:
    """Whether a date is a coarse flashback that leaves the story's time alone: a past-
    perfect clause ("Akbari had been arrested in 2019", "residents had already held
    gatherings in 2018") dating something before the finer time in force. A date put
    before its verb ("Earlier in 2019, the minister had spoken of ...") frames what
    follows and is no aside, unless it lies inside the subject ("Earlier strikes in
    March 2019 had paralysed the port"): a thing named in passing."""
    if narrative is None or _RANK[iv.precision] <= _RANK[narrative.precision]:
        return False
    if iv.hi >= narrative.lo:
        return False
    chain = ancestors(date_head)
    verb = next((t for t in chain if t.pos_ in _VERBAL), None)
    if verb is None:
        return False
    subject = any(t.dep_ in ("nsubj", "nsubjpass") and t.head == verb for t in chain)
    return (date_head.i > verb.i or subject) and any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children
    )


def cut_at_report(since: Interval, said: Interval | None) -> Interval:
    """A "since X" span held by a reporting act of a known day ("Amnesty said on Monday
    that 143 had been killed since the unrest began on Nov 15"): it runs up to the
    report, not to the time of writing."""
    if said is None or said.precision != "day" or not since.lo <= said.lo <= since.hi:
        return since
    start = Interval(since.lo, since.lo, since.lo_precision or since.precision)
    return spanning(start, said)


def counted_by(date_head: Token, trigger: Token) -> bool:
    """Whether ``trigger`` lies in what a perfect clause dated by ``date_head`` counts or
    records ("By early January, the group had recorded 481 people killed"), not that
    clause's own event ("By 30 December, protests had reached Tehran")."""
    holder = trigger_verb(date_head)
    if holder is trigger_verb(trigger) or not perfect_clause(date_head):
        return False
    chain = ancestors(trigger)
    if holder not in chain[1:]:
        return False
    path = chain[: chain.index(holder)]
    return path[-1].dep_ == "dobj" and not any(t.dep_ in _CLAUSES for t in path)


def within_span(said: Interval, narrative: Interval, days: int) -> bool:
    """Whether a reporting day falls inside a story time that is a long span ("Since 21
    September, Instagram has been blocked. On Saturday, it said data was cut"): what the
    report tells in the simple past happened on its day, not over the whole span."""
    return (
        narrative.precision == "day"
        and (narrative.hi - narrative.lo).days > days
        and narrative.lo < said.lo <= narrative.hi
    )


# A list entry opened by its date: "24 July – Hundreds rallied", "• Monday 9 January – ...".
_ENTRY_LEAD = re.compile(r"\s*(?:[•*·▪◦-]\s*)?")
_ENTRY_DASH = re.compile(r"\s*[–—:-]\s+\S")


def heads_entry(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` heads a dated entry (a line that opens with
    the date and a dash, "17–18 July – Protests continued ..."): the entry's time, whatever
    clause the parser hangs it on."""
    if _ENTRY_LEAD.fullmatch(text[:start]) and _ENTRY_DASH.match(text, end):
        return True
    # A date alone on its line heads what follows ("2019", "15 November:", "II. 20
    # September 2022, evening"); a full day with its year alone is a page's date line,
    # not a heading, unless a section number opens it.
    numbered = _SECTION_LEAD.fullmatch(text[:start]) is not None
    day_and_year = _DAY_NUMBER.search(text[start:end]) and _YEAR_NUMBER.search(text[start:end])
    # A place before the date heads a caption or entry too ("Saqqez, 17 September.").
    placed = _PLACE_LEAD.fullmatch(text[:start]) is not None
    return bool(
        (numbered or placed or _ENTRY_LEAD.fullmatch(text[:start]))
        and _HEADING_END.fullmatch(text, end)
        and (numbered or not day_and_year)
    )


_HEADING_END = re.compile(
    r"\s*(?:,\s*(?:morning|afternoon|evening|night|dawn|midnight))?\s*[:–—.-]?\s*",
    re.IGNORECASE,
)
# A section number before a heading's date: "II. ", "3. ", "2.1 ".
_SECTION_LEAD = re.compile(r"\s*(?:[IVXLC]+\.|\d+\.(?:\d+\.?)*)\s+")
# One to three capitalised words and a comma: the place of a caption's date line.
_PLACE_LEAD = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s*")
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_YEAR_NUMBER = re.compile(r"(?<!\d)\d{4}(?!\d)")


_LATER = re.compile(r"\b(?:later|earlier)$", re.IGNORECASE)


def counts_from(text: str, here: Interval | None) -> Interval | None:
    """What "two days later" or "a week earlier" counts from when its own sentence named a
    day before it ("a police officer shot on Nov 16 and three Guards stabbed two days
    later"): that day, not the story's time."""
    if here is None or here.precision != "day" or not _LATER.search(text):
        return None
    return here


_START_NOUNS = frozenset({"start", "beginning", "outbreak", "onset", "eruption"})


def since_start_of(sent: Span, named: dict[str, list[Interval]]) -> list[tuple[Token, Interval]]:
    """Each "since the start of the N" of ``sent`` whose noun was dated earlier ("the
    protests that began on 16 September ... killed since the start of the protests"),
    with that date: the span runs from it."""
    found: list[tuple[Token, Interval]] = []
    for tok in sent:
        if tok.lower_ != "since" or tok.dep_ != "prep":
            continue
        for obj in tok.children:
            if obj.dep_ != "pobj" or obj.lemma_.lower() not in _START_NOUNS:
                continue
            for of in obj.children:
                nouns = [c for c in of.children if c.dep_ == "pobj"] if of.lower_ == "of" else []
                known = [named[n.lemma_.lower()][0] for n in nouns if n.lemma_.lower() in named]
                if known:
                    found.append((tok, known[0]))
    return found
