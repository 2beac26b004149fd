"""When: temporal expressions resolved against the publication date and the narrative.

A :class:`Timeline` reads a parsed document once (:mod:`unrest.extract._date_sweep`).
It finds the temporal expressions of every sentence (see :mod:`unrest.extract._dates`),
resolves each against the publication date and the *narrative time*, the date in force
from the preceding text, and then answers, for one event trigger, which date
governs it:

1. an expression in the trigger's own phrase or clause (or in a clause that
   embeds it), the nearest in the dependency tree, a finer one that the
   nearest contains ("the 2017-2018 protests that took place from 28 December
   2017") preferred; dates inside quotations count only for triggers inside
   the same quotation, and a date attached to a reporting act ("said on
   December 4") does not date the reported event;
2. otherwise the narrative time in force before the sentence, carried up to
   the publication date when the clause runs up to the time of writing ("have
   been arrested", "since the election"), or cut at the time of the reporting
   act that holds the event ("said on Tuesday that three had been killed").

"since X" (also "since protests began on X") gives X to the publication date;
"X ... through Y" and "X ..., and by Y" give X to Y.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Span, Token

from unrest.extract._date_after import after_moment
from unrest.extract._date_around import around_moment
from unrest.extract._date_asides import filing_day
from unrest.extract._date_base import coarsen, spanning
from unrest.extract._date_deadline import next_step
from unrest.extract._date_found import Found, finest
from unrest.extract._date_gap import gap_before
from unrest.extract._date_lasting import lasting
from unrest.extract._date_lede import lede
from unrest.extract._date_named import named_back, since_named
from unrest.extract._date_onwards import open_from
from unrest.extract._date_perfect import own_clause_end, since_scope
from unrest.extract._date_perfectstart import perfect_start
from unrest.extract._date_reports import after_story, reported_on, said_on, story_for
from unrest.extract._date_running import held_to_now
from unrest.extract._date_scene import at_scene, reported_before
from unrest.extract._date_sinceday import reaches_now
from unrest.extract._date_spans import by_span, combine
from unrest.extract._date_story import counted_by, cut_at_report, since_start_of, within_span
from unrest.extract._date_sweep import DateSweep
from unrest.extract._date_syntax import (
    attributes_after,
    goes_on,
    perfect_clause,
    records_toll,
    relation,
    reported_by,
    reported_flashback,
    since_marked,
    spans_to_now,
    trigger_verb,
)
from unrest.extract._date_tally import running_tally
from unrest.extract._date_tolls import (
    as_of,
    judicial,
    reported_toll,
    running,
    tolled,
    up_to_report,
)
from unrest.extract._date_tonow import to_now
from unrest.extract._date_totals import total_to_now
from unrest.extract._date_verdictcount import verdicts_so_far
from unrest.extract._date_verdicts import after_deed, in_deed
from unrest.extract._date_wave import wave_span
from unrest.extract._date_yardstick import inside_yardstick
from unrest.extract._date_year import when_clause
from unrest.extract._dates import Interval
from unrest.model import DateValue
from unrest.nlp import doc_text

_BY = re.compile(r"\b[Bb]y\s+(?:the\s+)?$")
# Days a narrative day may lie before a dated report of a past perfect ("said on Monday
# that 200 had been detained") for the event to run from it up to the report.
_FLASHBACK_DAYS = 7
# Days a narrative time may lie before publication and still run up to it.
_RECENT_DAYS = 366


class Timeline(DateSweep):
    """The dates of one document: built once per Doc, asked once per mention."""

    # ------------------------------------------------------------------ public

    def date_for(
        self, trigger: Span, evidence: Span, event_type: str | None = None
    ) -> DateValue | None:
        """The date of the event cued by ``trigger`` in ``evidence`` (a mention of
        ``event_type``, if known); None if unknown."""
        outage = event_type == "censorship"
        first = self._index_of(evidence[0] if len(evidence) else trigger[0])
        last = self._index_of(evidence[-1] if len(evidence) else trigger[-1])
        head = trigger.root
        quote = self._quote_of(head.idx)
        candidates = [
            f
            for i in range(first, last + 1)
            for f in self._found[i]
            if f.interval is not None
            and (not f.contrast or inside_yardstick(f.head, head))
            and (f.quote is None or f.quote == quote)
        ]
        anchored = when_clause(head, [f for i in range(first, last + 1) for f in self._found[i]])
        if anchored is not None:
            return anchored.value()
        gap = gap_before(head, candidates)
        if gap is not None:
            return gap.value()
        stretch = around_moment(head, candidates, self._named, self._pubs[first])
        if stretch is not None:
            return stretch.value()
        story = self._after_story(head, first, candidates, quote)
        if story is not None:
            return story.value()
        accepted: list[tuple[int, int, Found]] = []
        for f in candidates:
            assert f.interval is not None
            strict = (
                quote is not None
                or f.interval.precision == "day"
                or f.expr.kind == "now"
                or (f.interval.precision == "month" and attributes_after(f.head))
            )
            rank = relation(f.head, head, strict, self._phrases)
            if rank is not None:
                accepted.append((rank[0], rank[1], f))
        if not accepted:
            # A span "since the protests began" opens at the start it names itself.
            begun = self._since_named(head, first) or self._since_start(head, first)
            iv = (
                after_moment(head, candidates)
                or self._named_back(head, first)
                or begun
                or self._undated(head, first, candidates, quote, event_type)
                or filing_day(self._found[first])
                or self._lede(head, first, quote)
            )
            iv = lasting(iv, head, self._pubs[first], outage) if iv else None
            if iv is not None and quote is None:
                iv = to_now(head, iv, self._start, self._pubs[first], event_type)
                iv = held_to_now(head, iv, self._start, self._pubs[first], True, outage)
                if event_type == "sentencing":
                    iv = verdicts_so_far(head, iv, self._onset(first), self._pubs[first])
            opened = iv is not None and begun is not None and iv.lo == begun.lo
            if iv is not None and quote is None and not opened:
                iv = tolled(head, iv, self._start, self._story)
            if iv is not None and quote is None and not outage and not opened:
                iv = wave_span(head, iv, self._start, self._pubs[first])
            return iv.value() if iv else None
        own = [t for t in accepted if not in_deed(t[2].head, head)]
        if not own:
            # Only the deed a verdict punishes is dated: the verdict came after it.
            deed = min(accepted, key=lambda t: (t[0], t[1], t[2].start))[2]
            assert deed.interval is not None
            return after_deed(deed.interval, self._before[first], self._pubs[first]).value()
        accepted = own
        accepted.sort(key=lambda t: (t[0], t[1], t[2].start))
        best = finest(accepted)
        counted = as_of(doc_text(self.doc), best, head, self._start, self._story)
        if counted is not None and quote is None:
            return counted.value()
        others = [f for _, _, f in accepted if f is not best]
        others += [
            f
            for f in self._found[self._index_of(best.head)]
            if f.expr.role == "until" and f.start > best.end and f not in others
            if not own_clause_end(f.head, best.head)
        ]
        iv = combine(best, others)
        if (
            iv is not None
            and iv == best.interval
            and self._is_by(best)
            and (perfect_clause(head) or counted_by(best.head, head))
            and not next_step(head, iv, self._before[first])
        ):
            iv = by_span(iv, self._before[first])
        if (
            iv is not None
            and best.expr.role != "since"
            and not reaches_now(iv, self._pubs[first])
            and since_scope(best.head, head)
        ):
            iv = self._since(iv, self._pubs[first])
            iv = cut_at_report(iv, said_on(head, candidates))
        elif iv is not None and best.expr.role == "since":
            iv = cut_at_report(iv, said_on(head, candidates))
        if iv is not None and best.expr.role in ("point", "from"):
            iv = lasting(iv, head, self._pubs[first], outage)
            now = self._pubs[first]
            if quote is None:
                iv = open_from(best, iv, head, now)
            if now is not None and iv.hi <= now.hi and quote is None and goes_on(head):
                iv = spanning(iv, now)
            elif quote is None:
                iv = held_to_now(head, iv, self._start, now, False, outage)
        return iv.value(doc_text(self.doc)[best.start : best.end]) if iv else None

    def _after_story(
        self, head: Token, first: int, candidates: list[Found], quote: tuple[int, int] | None
    ) -> Interval | None:
        """The story's period for an event counted by a report dated in a later month."""
        if quote is not None:
            return None
        before = None if self._before_rep[first] else self._before[first]
        own = [f for f in candidates if relation(f.head, head, True, self._phrases) is not None]
        frames = [(f, self._is_by(f)) for f in candidates]
        story = story_for(head, frames, own, before, self._story)
        return running(head, frames, story, self._start) if story else None

    def _undated(
        self,
        head: Token,
        first: int,
        candidates: list[Found],
        quote: tuple[int, int] | None,
        event_type: str | None = None,
    ) -> Interval | None:
        """The date of an event whose own clause gives none: the narrative time, up to the
        time of a reporting act that holds the event, or up to publication when the clause
        runs up to now (outside quotations, whose "now" is the speaker's). A narrative
        time that runs past the reporting act is cut at it: what was said on a day
        happened by then."""
        narrative = self._set_by[first] or self._before[first]
        if self._set_by[first] is None and self._before_rep[first] and narrative is not None:
            narrative = after_story(narrative, self._story) or narrative
        said_day = said_on(head, candidates) if quote is None else None
        toll = reported_toll(head, said_day, self._start, self._story) if said_day else None
        if narrative is None:
            return toll or reported_on(head, candidates)
        flashback = quote is None and reported_flashback(head)
        episode = self._episodes[first]
        if (
            flashback
            and not at_scene(head)
            and not reported_before(said_day, self._pubs[first])
            and episode is not None
            and episode.lo < narrative.lo
            and narrative.hi <= episode.hi
            and (narrative.lo - episode.lo).days <= _RECENT_DAYS
        ):
            return episode
        for f in candidates:
            said = f.interval
            if said is not None and said.precision == "day" and reported_by(f.head, head):
                if toll is not None and toll.lo < narrative.lo and narrative.hi <= said.hi:
                    return toll  # a running total from the story's start up to the report
                if not flashback and within_span(said, narrative, _FLASHBACK_DAYS):
                    return said
                # A past perfect tells what came before the report; a present perfect
                # ("have arrested ..., the agency said on Tuesday") runs up to it.
                if narrative.lo <= said.lo < narrative.hi or (
                    (flashback or spans_to_now(head))
                    and narrative.hi < said.lo
                    and (said.lo - narrative.hi).days <= _FLASHBACK_DAYS
                ):
                    # One act at the scene happened at the time in force, not up to the
                    # report ("admitted on Saturday that the plane had been shot down").
                    return narrative if flashback and at_scene(head) else spanning(narrative, said)
                if toll is not None and narrative.hi < said.lo:
                    return toll  # a running total up to the report
                if said.hi < narrative.lo:
                    # The story has moved past the report: what it tells came by then.
                    return self._by_report(said)
                return narrative
        pub = self._pubs[first]
        if (
            pub is not None
            and quote is None
            and narrative.hi <= pub.hi
            and (pub.lo - narrative.hi).days <= _RECENT_DAYS
            and spans_to_now(head, running_tally(head, narrative, pub))
        ):
            # The story's start opens a stretch told before the sentence, not its own.
            start = self._start_by(first) if self._set_by[first] is None else None
            tally = records_toll(head)
            # It ends on the day of writing even when its start is known to the month only.
            # A verdict follows arrest and trial: it does not reach back to the start.
            own_since = any(since_marked(c) for c in trigger_verb(head).children)
            back = not own_since and not judicial(head)
            span = spanning(perfect_start(narrative, start, pub, tally, back), pub)
            return dataclasses.replace(span, hi_precision=pub.precision)
        if event_type == "arrest" and not candidates and quote is None:
            return total_to_now(head, narrative, pub, episode) or narrative
        return narrative

    def _lede(self, head: Token, first: int, quote: tuple[int, int] | None) -> Interval | None:
        """A lede's date, told before any time is in force (outside quotations)."""
        if quote is not None or self._before[first] is not None:
            return None
        return lede(head, first, self._set_by, self._start, self._pubs[first])

    def _by_report(self, said: Interval) -> Interval:
        """What a report of a known day before the narrative time tells: the story from
        its start up to the report, or the report's month."""
        toll = up_to_report(said, self._start, self._story, 0)
        return toll if toll != said else coarsen(said, "month")

    def _named_back(self, head: Token, first: int) -> Interval | None:
        return named_back(self._sents[first], head, self._named_by(first))

    def _since_named(self, head: Token, first: int) -> Interval | None:
        known = since_named(self._sents[first], head, self._named_by(first), self._pubs[first])
        return self._since(known, self._pubs[first]) if known else None

    def _since_start(self, head: Token, first: int) -> Interval | None:
        for prep, known in since_start_of(self._sents[first], self._named_by(first)):
            if relation(prep, head, False) is not None:
                return self._since(known, self._pubs[first])
        return None

    def _start_by(self, index: int) -> Interval | None:
        """The story's start as told up to sentence ``index``: a start told only later
        (another story further on, "the protests in Cuba on 11 July") is not yet known."""
        told = self._told_start(index + 1)
        # An outbreak told after an earlier day ("died on 16 September. Protests broke
        # out on 18 September") starts the episode: the day before it is backstory.
        onsets = [iv for at, iv in self._onsets if at <= index]
        if told is not None and onsets and told.lo < onsets[0].lo:
            return onsets[0]
        return told

    def _onset(self, index: int) -> Interval | None:
        """When the unrest began, as known at sentence ``index``: the episode a "since"
        opened that is in force ("the protests under way since September"), else the
        story's start."""
        return self._episodes[index] or self._start

    def _named_by(self, index: int) -> dict[str, list[Interval]]:
        """The dated nouns as known at sentence ``index``: those dated in it or before
        (a noun dated later in the text is another occurrence of it)."""
        return {
            noun: [iv for iv, at in zip(dates, self._named_at[noun], strict=True) if at <= index]
            for noun, dates in self._named.items()
        }

    def expressions(self) -> list[tuple[str, DateValue | None]]:
        """Every temporal expression of the document with its resolved value, in order."""
        return [
            (f.expr.text, f.interval.value() if f.interval else None)
            for found in self._found
            for f in found
        ]

    # ------------------------------------------------------------------ helpers

    def _index_of(self, token: Token) -> int:
        return self._sent_index[token.sent.start]

    def _is_by(self, found: Found) -> bool:
        """Whether ``found`` is a deadline ("by the next morning", "by the end of the year")."""
        return (
            found.expr.role == "until"
            and _BY.search(doc_text(self.doc)[max(0, found.start - 12) : found.start]) is not None
        )
