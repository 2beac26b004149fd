"""The sweep of :class:`unrest.extract.when.Timeline`: the temporal expressions of a
document read in text order, each resolved against the publication date (or the time
stamp of its timeline entry) and the narrative time in force before it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from unrest.extract._date_acts import public_act, up_to_local
from unrest.extract._date_asides import in_dateline, runs_to_now
from unrest.extract._date_attested import refit_attested
from unrest.extract._date_backstory import after_backstory, is_news_time
from unrest.extract._date_begun import begun_to_now
from unrest.extract._date_entries import entry_now, restated
from unrest.extract._date_firstsince import earliest_onset
from unrest.extract._date_flashback import (
    in_charge_clause,
    in_noun_modifier,
    simple_past_root,
    steps_back,
)
from unrest.extract._date_found import (
    Found,
    asks_about,
    is_contrast,
    is_year_at,
    phrase_tokens,
    quote_spans,
)
from unrest.extract._date_onset import onset_nouns
from unrest.extract._date_overnight import entry_night, story_night
from unrest.extract._date_perfect import cut_at_story, holds_story, looks_back, opens_since
from unrest.extract._date_present import entry_present, in_entry
from unrest.extract._date_reports import reports_count, story_period
from unrest.extract._date_said import report_now
from unrest.extract._date_sinceday import opens_sentence, refit_since_weekday
from unrest.extract._date_story import coarse_flashback, counts_from, heads_entry, since_anchor
from unrest.extract._date_storyweek import in_labelled_week, labelled_day
from unrest.extract._date_syntax import (
    attributes_after,
    described_nouns,
    has_verb,
    in_main_clause,
    in_since_scope,
    is_background,
    names_thing,
    refines,
    speech_head,
)
from unrest.extract._date_thingsince import thing_since
from unrest.extract._date_tolls import story_start
from unrest.extract._date_totals import describes_episode, episode_start
from unrest.extract._date_turns import asked_times, in_asked_month
from unrest.extract._date_upto import up_to_now
from unrest.extract._date_weekday import fit_weekday
from unrest.extract._date_within import is_uncounted_window
from unrest.extract._date_writing import tells_writing_time
from unrest.extract._date_year import (
    bold_heading,
    case_caption,
    cited_date,
    dated_thing,
    section_heading,
    within,
)
from unrest.extract._dates import (
    Anchor,
    Interval,
    TimeExpr,
    find_expressions,
    interval_of,
    is_stamp,
)
from unrest.model import PublishedDate
from unrest.nlp import doc_text, sentences

# Quotations shorter than this many words are slogans or phrases, not speech.
_SPEECH_WORDS = 12
# Time stamp lines that make a document a timeline of dated entries.
_MIN_STAMPS = 2
# Sentences after which a narrative time no longer applies.
_NARRATIVE_REACH = 40


class DateSweep:
    """The dates of one document as read in text order: what each sentence names and
    the narrative time in force at it."""

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
        self._label: Interval | None = None  # the last day printed with its weekday
        # The span opened by the last "since X" up to its sentence's "now" ("since the
        # unrest began on July 15"), in force at each sentence.
        self._episode: Interval | None = None
        self._episodes: list[Interval | None] = []
        self._named: dict[str, list[Interval]] = {}
        # The index of the sentence that dated each entry of ``_named``.
        self._named_at: dict[str, list[int]] = {}
        # Days told as an outbreak ("Protests broke out on 18 September"), with the
        # index of their sentence.
        self._onsets: list[tuple[int, Interval]] = []
        # A date that only names a thing ("the November 2019 protests"): the time of
        # its own sentence, not carried to the next ones.
        self._own: Interval | None = None
        # The day of the dated entry ("7 December - Strike ends") being read, if any.
        self._entry: Interval | None = None
        # Where that entry's heading sentence starts and ends, and whether it has a verb.
        self._entry_at: tuple[int, int, bool] | None = None
        # The "now" of a sentence of an entry told in the present tense: the entry's day.
        self._told: Interval | None = None
        self._asked = asked_times(doc_text(doc))
        self._news = False  # whether the story was set at the time of publication
        self._sweep()
        # The story's main period: what reports dated after it count happened in it.
        self._story = story_period(self._set_by)
        self._start = self._told_start(len(self._set_by))

    def _told_start(self, count: int) -> Interval | None:
        """The story's start as the first ``count`` sentences tell it: the start of its main
        period, moved to the episode a "since" opened, or to an earlier onset."""
        set_by, episodes = self._set_by[:count], self._episodes[:count]
        return earliest_onset(episode_start(story_start(set_by, self._story), episodes), episodes)

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
                self._pubs.append(self._local)
            else:
                # An entry told in the present tense has its day as its "now".
                self._told = self._entry_now(sent, found_exprs)
                found, narrative_here = self._read_sentence(
                    sent, restated(sent.text, found_exprs), narrative
                )
                self._pubs.append(self._told or self._local)
            self._episodes.append(self._episode)
            self._found.append(found)
            self._set_by.append(narrative_here or self._own)
            if narrative_here is not None:
                self._news = self._news or is_news_time(narrative_here, self._pub)
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
        spoken: Interval | None = None
        act: Interval | None = None
        here: Interval | None = None
        heading: Interval | None = None  # the day of the entry this sentence heads
        for expr in exprs:
            start, end = base + expr.start, base + expr.end
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            said = report_now(expr, span.root, found)
            iv = self._resolve(expr, span, counts_from(expr.text, here) or current, said)
            iv = refit_attested(expr, fit_weekday(sent.text, expr, iv), self._seen, self._local)
            iv = refit_since_weekday(expr, iv, self._seen)
            refs = [current, self._mentioned]
            reporting = speech_head(span.root)  # the reporting word the date is attached to
            if reporting is None:
                iv = in_labelled_week(expr, iv, self._label, refs, self._local)
            self._label = labelled_day(sent.text, expr, iv) or self._label
            iv = in_asked_month(self._asked, start, expr, iv)
            iv = after_backstory(expr, iv, current, self._pub, self._news)
            iv = iv if said else story_night(expr, iv, current, self._local, self._news)
            iv = entry_night(expr, iv, heading)
            iv = begun_to_now(span.root, iv, self._local)
            self._seen += [iv] if iv is not None else []
            quote = self._quote_of(start)
            dateline = in_dateline(span.root)
            contrast = (
                self._is_contrast(span)
                or dateline
                or cited_date(sent.text, expr.start, expr.end)
                or (current is not None and tells_writing_time(expr, span.root))
            )
            found.append(Found(expr, start, end, span.root, iv, quote, contrast))
            if iv is None:
                continue
            if dateline:
                continue  # the filing day: only a last resort of its own sentence
            if (
                expr.role == "since"
                and not contrast
                and (not in_noun_modifier(span.root) or describes_episode(span.root))
            ):
                self._episode = iv
            if looks_back(expr.role, iv, current, span.root) or runs_to_now(expr):
                continue
            if holds_story(expr.role, iv, current):
                continue
            if is_uncounted_window(expr.text):
                continue
            if opens_since(expr.role, iv, current, span.root):
                self._episode = self._since(iv, self._local)
                continue
            here = here if contrast else iv
            # An earlier day named in passing ("the commander killed on 3 January") is not
            # what "the following day" counts from: the story's time is.
            aside = (
                current is not None
                and iv.precision == current.precision == "day"
                and iv.hi < current.lo
                and (in_noun_modifier(span.root) or in_charge_clause(span.root))
            )
            if not contrast:
                self._mentioned = current if aside else iv
            if (
                expr.role != "since"
                and not contrast
                and in_since_scope(span.root)
                and not thing_since(span.root)
            ):
                self._episode = self._since(iv, self._local)
            speech = quote is None or self._quote_words(quote) >= _SPEECH_WORDS
            timestamp = (
                iv.precision == "day" or expr.kind == "now" or attributes_after(span.root)
            ) and reporting is not None
            if not contrast and (
                heads_entry(sent.text, expr.start, expr.end)
                or case_caption(sent, expr.start, expr.end, current)
                or bold_heading(sent.text, expr.start, expr.end)
            ):
                setter = current = main = self._entry = heading = iv
                self._entry_at = (sent.start_char, sent.end_char, has_verb(sent))
                setter_rep = main_rep = False
                continue
            if not contrast and section_heading(sent.text, expr.start, expr.end):
                # A section's period, unless the time in force is already a finer time
                # inside it ("### August 2020" after "on 9 August 2020").
                if not within(current, iv):
                    setter = current = main = iv
                    setter_rep = main_rep = False
                continue
            if speech and timestamp and not contrast and opens_sentence(span, sent, iv):
                spoken = spoken or iv  # "Last Thursday the PM announced ...": no time yet
                if act is None and reporting is not None and public_act(reporting):
                    act = iv
            if not speech or contrast or timestamp or not has_verb(sent):
                continue
            # With no time in force yet, even a date of a subordinate clause is the best
            # guess at the story's time (the parser often makes a main clause one).
            first = first or iv
            if iv.precision != "day" and (names_thing(span) or dated_thing(span, iv)):
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
        if setter is None and act is not None:
            return found, act  # "On 15 October the government declared a state of emergency"
        if narrative is None and setter is None:
            return found, first or spoken
        self._rep_here = main_rep if main else setter_rep
        return found, main or setter

    def _entry_now(self, sent: Span, exprs: list[TimeExpr]) -> Interval | None:
        """The day of the dated entry ``sent`` belongs to when it tells it in the present
        tense; None for a sentence that heads an entry of its own or lies outside it."""
        if self._entry_at is None or any(heads_entry(sent.text, e.start, e.end) for e in exprs):
            return None
        if not in_entry(doc_text(self.doc), self._entry_at, sent.start_char):
            return None
        return entry_present(sent, self._entry, self._local)

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
            now = said or entry_now(self._entry, self._local, expr.text) or self._told
            stamped = self._local != self._pub
            past = next(
                (k for k in reversed(self._seen) if self._local and k.hi < self._local.lo), None
            )
            iv = expr.resolve(Anchor(now or self._local, narrative, self._mentioned, stamped, past))
        # A calendar date after an entry's time stamp but not after publication tells what
        # came later ("In September 2020 a court sentenced him" under a November 2019
        # record); only relative dates are bounded by the stamp.
        later = (
            iv is not None
            and expr.kind == "absolute"
            and self._pub is not None
            and iv.hi <= self._pub.hi
        )
        if iv is None or (self._local is not None and iv.lo > self._local.hi and not later):
            return None
        iv = up_to_local(expr, iv, self._local)
        if expr.role == "since":
            iv = cut_at_story(self._since(iv, self._local), span.root, narrative)
        nouns = described_nouns(span)
        for noun in nouns:
            finer = [k for k in self._named.get(noun, []) if refines(k, iv)]
            if finer:
                return finer[-1]
        onsets = onset_nouns(span)
        if onsets and iv.precision == "day":
            self._onsets.append((len(self._found), iv))
        for noun in nouns + [n for n in onsets if n not in nouns]:
            self._named.setdefault(noun, []).append(iv)
            self._named_at.setdefault(noun, []).append(len(self._found))
        return iv

    def _is_contrast(self, span: Span) -> bool:
        return is_contrast(self.doc, span)

    # ------------------------------------------------------------------ helpers

    def _is_year(self, start: int, end: int) -> bool:
        return is_year_at(self.doc, start, end)

    def _quote_of(self, char: int) -> tuple[int, int] | None:
        return next((q for q in self._quotes if q[0] <= char < q[1]), None)

    def _quote_words(self, quote: tuple[int, int]) -> int:
        return len(doc_text(self.doc)[quote[0] : quote[1]].split())

    def _since(self, iv: Interval, pub: Interval | None) -> Interval:
        if pub is None or pub.hi < iv.hi:
            return iv
        return up_to_now(iv, pub)
