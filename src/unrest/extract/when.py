"""When: temporal expressions resolved against the publication date and the narrative.

A :class:`Timeline` reads a parsed document once. It finds the temporal
expressions of every sentence (see :mod:`unrest.extract._dates`), resolves each
against the publication date and the *narrative time*, the date in force from
the preceding text, and then answers, for one event trigger, which date
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

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from unrest.extract._date_attested import refit_attested
from unrest.extract._date_base import spanning
from unrest.extract._date_entries import entry_now, restated
from unrest.extract._date_flashback import in_noun_modifier, simple_past_root, steps_back
from unrest.extract._date_found import (
    Found,
    asks_about,
    finest,
    is_contrast,
    is_year_at,
    phrase_tokens,
    quote_spans,
)
from unrest.extract._date_lasting import lasting
from unrest.extract._date_named import named_back, since_named
from unrest.extract._date_perfect import cut_at_story, looks_back, own_clause_end, since_scope
from unrest.extract._date_reports import (
    after_story,
    reported_on,
    reports_count,
    said_on,
    story_for,
    story_period,
)
from unrest.extract._date_said import report_now
from unrest.extract._date_spans import by_span, combine
from unrest.extract._date_story import (
    coarse_flashback,
    counted_by,
    counts_from,
    cut_at_report,
    heads_entry,
    since_anchor,
    since_start_of,
    within_span,
)
from unrest.extract._date_syntax import (
    attributes_after,
    described_nouns,
    goes_on,
    has_verb,
    in_main_clause,
    in_since_scope,
    is_background,
    is_speech_time,
    names_thing,
    perfect_clause,
    refines,
    relation,
    reported_by,
    reported_flashback,
    spans_to_now,
)
from unrest.extract._date_tolls import as_of, running, story_start, tolled
from unrest.extract._date_weekday import fit_weekday
from unrest.extract._dates import (
    Anchor,
    Interval,
    TimeExpr,
    coarsen,
    find_expressions,
    interval_of,
    is_stamp,
)
from unrest.model import DateValue, PublishedDate
from unrest.nlp import doc_text, sentences

_BY = re.compile(r"\b[Bb]y\s+(?:the\s+)?$")
# Quotations shorter than this many words are slogans or phrases, not speech.
_SPEECH_WORDS = 12
# Time stamp lines that make a document a timeline of dated entries.
_MIN_STAMPS = 2
# Sentences after which a narrative time no longer applies.
_NARRATIVE_REACH = 40
# Days a narrative day may lie before a dated report of a past perfect ("said on Monday
# that 200 had been detained") for the event to run from it up to the report.
_FLASHBACK_DAYS = 7
# Days a narrative time may lie before publication and still run up to it.
_RECENT_DAYS = 366


class Timeline:
    """The dates of one document: built once per Doc, asked once per mention."""

    def __init__(self, doc: Doc, published: PublishedDate) -> None:
        self.doc = doc
        self.published = published
        self._pub = interval_of(published.value) if published.value else None
        # The "now" of each sentence: the publication date, or the time stamp of the
        # timeline entry the sentence belongs to ("18 June 2018, 09:40").
        self._local = self._pub
        self._pubs: list[Interval | None] = []
        self._quotes = quote_spans(doc_text(doc))
        self._phrases = phrase_tokens(doc, self._quotes, _SPEECH_WORDS)
        self._sents = sentences(doc)
        self._sent_index = {s.start: i for i, s in enumerate(self._sents)}
        self._found: list[list[Found]] = []
        self._before: list[Interval | None] = []
        self._before_rep: list[bool] = []
        self._rep_here = False
        self._set_by: list[Interval | None] = []
        self._mentioned: Interval | None = None
        self._seen: list[Interval] = []  # every date read so far, in text order
        # The span opened by the last "since X" up to its sentence's "now" ("since the
        # unrest began on July 15"), in force at each sentence.
        self._episode: Interval | None = None
        self._episodes: list[Interval | None] = []
        self._named: dict[str, list[Interval]] = {}
        # A date that only names a thing ("the November 2019 protests"): the time of
        # its own sentence, not carried to the next ones.
        self._own: Interval | None = None
        # The day of the dated entry ("7 December - Strike ends") being read, if any.
        self._entry: Interval | None = None
        self._sweep()
        # The story's main period: what reports dated after it count happened in it.
        self._story = story_period(self._set_by)
        self._start = story_start(self._set_by, self._story)

    # ------------------------------------------------------------------ public

    def date_for(self, trigger: Span, evidence: Span) -> DateValue | None:
        """The date of the event cued by ``trigger`` in ``evidence``; None if unknown."""
        first = self._index_of(evidence[0] if len(evidence) else trigger[0])
        last = self._index_of(evidence[-1] if len(evidence) else trigger[-1])
        head = trigger.root
        quote = self._quote_of(head.idx)
        candidates = [
            f
            for i in range(first, last + 1)
            for f in self._found[i]
            if f.interval is not None and not f.contrast and (f.quote is None or f.quote == quote)
        ]
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
            iv = (
                self._named_back(head, first)
                or self._since_named(head, first)
                or self._since_start(head, first)
                or self._undated(head, first, candidates, quote)
            )
            iv = lasting(iv, head, self._pubs[first]) if iv else None
            iv = tolled(head, iv, self._start, self._story) if iv and quote is None else iv
            return iv.value() if iv else None
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
        ):
            iv = by_span(iv, self._before[first])
        if iv is not None and best.expr.role != "since" and since_scope(best.head, head):
            iv = self._since(iv, self._pubs[first])
            iv = cut_at_report(iv, said_on(head, candidates))
        elif iv is not None and best.expr.role == "since":
            iv = cut_at_report(iv, said_on(head, candidates))
        if iv is not None and best.expr.role in ("point", "from"):
            iv = lasting(iv, head, self._pubs[first])
            now = self._pubs[first]
            if now is not None and iv.hi <= now.hi and quote is None and goes_on(head):
                iv = spanning(iv, now)
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
        self, head: Token, first: int, candidates: list[Found], quote: tuple[int, int] | None
    ) -> Interval | None:
        """The date of an event whose own clause gives none: the narrative time, up to the
        time of a reporting act that holds the event, or up to publication when the clause
        runs up to now (outside quotations, whose "now" is the speaker's). A narrative
        time that runs past the reporting act is cut at it: what was said on a day
        happened by then."""
        narrative = self._set_by[first] or self._before[first]
        if self._set_by[first] is None and self._before_rep[first] and narrative is not None:
            narrative = after_story(narrative, self._story) or narrative
        if narrative is None:
            return reported_on(head, candidates)
        flashback = quote is None and reported_flashback(head)
        episode = self._episodes[first]
        if (
            flashback
            and episode is not None
            and episode.lo < narrative.lo
            and narrative.hi <= episode.hi
            and (narrative.lo - episode.lo).days <= _RECENT_DAYS
        ):
            return episode
        for f in candidates:
            said = f.interval
            if said is not None and said.precision == "day" and reported_by(f.head, head):
                if not flashback and within_span(said, narrative, _FLASHBACK_DAYS):
                    return said
                if narrative.lo <= said.lo < narrative.hi or (
                    flashback
                    and narrative.hi < said.lo
                    and (said.lo - narrative.hi).days <= _FLASHBACK_DAYS
                ):
                    return spanning(narrative, said)
                return narrative
        pub = self._pubs[first]
        if (
            pub is not None
            and quote is None
            and spans_to_now(head)
            and narrative.hi <= pub.hi
            and (pub.lo - narrative.hi).days <= _RECENT_DAYS
        ):
            return spanning(narrative, pub)
        return narrative

    def _named_back(self, head: Token, first: int) -> Interval | None:
        return named_back(self._sents[first], head, self._named)

    def _since_named(self, head: Token, first: int) -> Interval | None:
        known = since_named(self._sents[first], head, self._named)
        return self._since(known, self._pubs[first]) if known else None

    def _since_start(self, head: Token, first: int) -> Interval | None:
        for prep, known in since_start_of(self._sents[first], self._named):
            if relation(prep, head, False) is not None:
                return self._since(known, self._pubs[first])
        return None

    def expressions(self) -> list[tuple[str, DateValue | None]]:
        """Every temporal expression of the document with its resolved value, in order."""
        return [
            (f.expr.text, f.interval.value() if f.interval else None)
            for found in self._found
            for f in found
        ]

    # ------------------------------------------------------------------ sweep

    def _sweep(self) -> None:
        narrative: Interval | None = None
        age = 0
        exprs = [find_expressions(sent.text, self._year_check(sent)) for sent in self._sents]
        stamps = [self._is_stamp_line(s, ex) for s, ex in zip(self._sents, exprs, strict=True)]
        # One lone date line is a page date (printed or viewed), not a timeline.
        timeline = sum(stamps) >= _MIN_STAMPS
        # The story's day a past-perfect flashback stepped back from, until the simple
        # past takes the story up again.
        resume: Interval | None = None
        # Whether the narrative time in force was set by the date of a report.
        by_report = False
        for sent, found_exprs, stamp in zip(self._sents, exprs, stamps, strict=True):
            if resume is not None and simple_past_root(sent):
                narrative = self._mentioned = resume
                resume, by_report = None, False
            self._before.append(narrative)
            self._before_rep.append(by_report)
            self._rep_here = False
            self._own = None
            if timeline and stamp:
                found, narrative_here = self._stamp(sent, found_exprs[0])
            else:
                found, narrative_here = self._read_sentence(
                    sent, restated(sent.text, found_exprs), narrative
                )
            self._pubs.append(self._local)
            self._episodes.append(self._episode)
            self._found.append(found)
            self._set_by.append(narrative_here or self._own)
            if narrative_here is not None:
                back = steps_back(sent, narrative_here, narrative)
                resume = (resume or narrative) if back else None
                narrative, age, by_report = narrative_here, 0, self._rep_here
            else:
                age += 1
                if age > _NARRATIVE_REACH:
                    narrative = None

    def _year_check(self, sent: Span) -> Callable[[int, int], bool]:
        base = sent.start_char

        def year_ok(start: int, end: int) -> bool:
            return self._is_year(base + start, base + end)

        return year_ok

    def _read_sentence(
        self,
        sent: Span,
        exprs: list[TimeExpr],
        narrative: Interval | None,
    ) -> tuple[list[Found], Interval | None]:
        base = sent.start_char
        found: list[Found] = []
        setter: Interval | None = None
        setter_rep = main_rep = False
        current = narrative
        main: Interval | None = None
        first: Interval | None = None
        here: Interval | None = None
        for expr in exprs:
            start, end = base + expr.start, base + expr.end
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            said = report_now(expr, span.root, found)
            iv = self._resolve(expr, span, counts_from(expr.text, here) or current, said)
            iv = refit_attested(expr, fit_weekday(sent.text, expr, iv), self._seen)
            self._seen += [iv] if iv is not None else []
            quote = self._quote_of(start)
            contrast = self._is_contrast(span)
            found.append(Found(expr, start, end, span.root, iv, quote, contrast))
            if iv is None:
                continue
            if expr.role == "since" and not contrast and not in_noun_modifier(span.root):
                self._episode = iv
            if looks_back(expr.role, iv, current, span.root):
                continue
            here = here if contrast else iv
            # An earlier day named in passing ("the commander killed on 3 January") is not
            # what "the following day" counts from: the story's time is.
            aside = (
                current is not None
                and iv.precision == current.precision == "day"
                and iv.hi < current.lo
                and in_noun_modifier(span.root)
            )
            if not contrast:
                self._mentioned = current if aside else iv
            if expr.role != "since" and not contrast and in_since_scope(span.root):
                self._episode = self._since(iv, self._local)
            speech = quote is None or self._quote_words(quote) >= _SPEECH_WORDS
            timestamp = (
                iv.precision == "day" or expr.kind == "now" or attributes_after(span.root)
            ) and is_speech_time(span.root)
            if not contrast and heads_entry(sent.text, expr.start, expr.end):
                setter = current = main = self._entry = iv
                setter_rep = main_rep = False
                continue
            if not speech or contrast or timestamp or not has_verb(sent):
                continue
            # With no time in force yet, even a date of a subordinate clause is the best
            # guess at the story's time (the parser often makes a main clause one).
            first = first or iv
            if iv.precision != "day" and names_thing(span):
                # The date of a thing named in passing: its own sentence's time only.
                self._own = self._own or iv
                continue
            if (
                not is_background(span.root)
                and not asks_about(sent, span)
                and not coarse_flashback(span.root, iv, current)
            ):
                setter = current = iv
                setter_rep = reports_count(span.root)
                if in_main_clause(span):
                    main, main_rep = iv, setter_rep
        self._rep_here = False
        if narrative is None and setter is None:
            return found, first
        self._rep_here = main_rep if main else setter_rep
        return found, main or setter

    @staticmethod
    def _is_stamp_line(sent: Span, exprs: list[TimeExpr]) -> bool:
        return len(exprs) == 1 and exprs[0].kind == "absolute" and is_stamp(sent.text, exprs[0])

    def _stamp(self, sent: Span, expr: TimeExpr) -> tuple[list[Found], Interval | None]:
        """A timeline entry's time stamp ("18 June 2018, 09:40" on a line of its own): it
        sets the narrative time and is the "now" of the entry that follows, even when it
        lies after the publication date (a page updated later)."""
        iv = expr.resolve(Anchor(self._local))
        self._entry = None
        start, end = sent.start_char + expr.start, sent.start_char + expr.end
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if iv is None or iv.precision != "day" or span is None or len(span) == 0:
            return self._read_sentence(sent, [expr], self._before[-1])
        self._local = self._mentioned = iv
        return [Found(expr, start, end, span.root, iv, None, False)], iv

    def _resolve(
        self,
        expr: TimeExpr,
        span: Span,
        narrative: Interval | None,
        said: Interval | None = None,
    ) -> Interval | None:
        if expr.role == "since":
            iv = expr.resolve(since_anchor(self._local, narrative, self._mentioned))
        else:
            now = said or entry_now(self._entry, self._local, expr.text)
            stamped = self._local != self._pub
            iv = expr.resolve(Anchor(now or self._local, narrative, self._mentioned, stamped))
        if iv is None or (self._local is not None and iv.lo > self._local.hi):
            return None
        if expr.role == "since":
            iv = cut_at_story(self._since(iv, self._local), span.root, narrative)
        nouns = described_nouns(span)
        for noun in nouns:
            finer = [k for k in self._named.get(noun, []) if refines(k, iv)]
            if finer:
                return finer[-1]
        for noun in nouns:
            self._named.setdefault(noun, []).append(iv)
        return iv

    def _is_contrast(self, span: Span) -> bool:
        return is_contrast(self.doc, span)

    # ------------------------------------------------------------------ helpers

    def _index_of(self, token: Token) -> int:
        return self._sent_index[token.sent.start]

    def _is_year(self, start: int, end: int) -> bool:
        return is_year_at(self.doc, start, end)

    def _quote_of(self, char: int) -> tuple[int, int] | None:
        return next((q for q in self._quotes if q[0] <= char < q[1]), None)

    def _quote_words(self, quote: tuple[int, int]) -> int:
        return len(doc_text(self.doc)[quote[0] : quote[1]].split())

    def _since(self, iv: Interval, pub: Interval | None) -> Interval:
        if pub is None or pub.hi < iv.hi:
            return iv
        end = coarsen(pub, iv.precision)
        start = coarsen(Interval(iv.hi, iv.hi, "day"), iv.precision)
        return spanning(start, end)

    def _is_by(self, found: Found) -> bool:
        """Whether ``found`` is a deadline ("by the next morning", "by the end of the year")."""
        return (
            found.expr.role == "until"
            and _BY.search(doc_text(self.doc)[max(0, found.start - 12) : found.start]) is not None
        )
