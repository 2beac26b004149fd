"""When: temporal expressions resolved against the publication date and the narrative.

A :class:`Timeline` reads a parsed document once. It finds the temporal
expressions of every sentence (see :mod:`unrest.extract._dates`), resolves each
against the publication date and the *narrative time*, the date in force from
the preceding text, and then answers, for one event trigger, which date
governs it:

1. an expression in the trigger's own phrase or clause (or in a clause that
   embeds it), the nearest in the dependency tree; dates inside quotations
   count only for triggers inside the same quotation, and a date attached to
   a reporting act ("said on December 4") does not date the reported event;
2. otherwise the narrative time in force before the sentence.

"since X" gives X to the publication date; "X ... through Y" gives X to Y.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from unrest.extract._dates import (
    Anchor,
    Interval,
    TimeExpr,
    coarsen,
    find_expressions,
    interval_of,
    words,
)
from unrest.model import DateValue, PublishedDate

# Dependencies that open a subordinate clause: a date inside one does not date
# an event outside it; in the first four it does not set the narrative time.
_BACKGROUND = frozenset({"csubj", "csubjpass", "advcl", "ccomp"})
_SUBORDINATE = _BACKGROUND | {"relcl", "acl", "parataxis"}
_COMPARISON = re.compile(r"\b(?:as|like|than)\s+\w+\s+(?:did|do|does|had|have|has|were|was)"
                         r"\s+(?:in|on|during|at)?\s*$", re.IGNORECASE)
# Dependencies through which a reporting word embeds the reported content.
_REPORTED = frozenset({"ccomp", "xcomp", "parataxis", "advcl", "acl", "relcl"})
_NOT_YEAR_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "ORDINAL"})
_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}
# Quotations shorter than this many words are slogans or phrases, not speech.
_SPEECH_WORDS = 12
# Sentences after which a narrative time no longer applies.
_NARRATIVE_REACH = 40


@dataclass(frozen=True)
class _Found:
    """A temporal expression of the document, resolved in its context."""

    expr: TimeExpr
    start: int
    end: int
    head: Token
    interval: Interval | None
    quote: tuple[int, int] | None
    contrast: bool


class Timeline:
    """The dates of one document: built once per Doc, asked once per mention."""

    def __init__(self, doc: Doc, published: PublishedDate) -> None:
        self.doc = doc
        self.published = published
        self._pub = interval_of(published.value) if published.value else None
        self._quotes = _quote_spans(doc.text)
        self._sents = list(doc.sents)
        self._sent_index = {s.start: i for i, s in enumerate(self._sents)}
        self._found: list[list[_Found]] = []
        self._before: list[Interval | None] = []
        self._set_by: list[Interval | None] = []
        self._mentioned: Interval | None = None
        self._named: dict[str, list[Interval]] = {}
        self._sweep()

    # ------------------------------------------------------------------ public

    def date_for(self, trigger: Span, evidence: Span) -> DateValue | None:
        """The date of the event cued by ``trigger`` in ``evidence``; None if unknown."""
        first = self._index_of(evidence[0] if len(evidence) else trigger[0])
        last = self._index_of(evidence[-1] if len(evidence) else trigger[-1])
        head = trigger.root
        quote = self._quote_of(head.idx)
        accepted: list[tuple[int, int, _Found]] = []
        for i in range(first, last + 1):
            for f in self._found[i]:
                if f.interval is None or f.contrast or (f.quote is not None and f.quote != quote):
                    continue
                strict = quote is not None or f.interval.precision == "day"
                rank = _relation(f.head, head, strict)
                if rank is not None:
                    accepted.append((rank[0], rank[1], f))
        if not accepted:
            narrative = self._set_by[first] or self._before[first]
            return narrative.value() if narrative else None
        accepted.sort(key=lambda t: (t[0], t[1], t[2].start))
        best = accepted[0][2]
        others = [f for _, _, f in accepted[1:]]
        others += [f for f in self._found[self._index_of(best.head)]
                   if f.expr.role == "until" and f.start > best.end and f not in others]
        iv = self._combine(best, others)
        return iv.value(self.doc.text[best.start:best.end]) if iv else None

    def expressions(self) -> list[tuple[str, DateValue | None]]:
        """Every temporal expression of the document with its resolved value, in order."""
        return [(f.expr.text, f.interval.value() if f.interval else None)
                for found in self._found for f in found]

    # ------------------------------------------------------------------ sweep

    def _sweep(self) -> None:
        narrative: Interval | None = None
        age = 0
        for sent in self._sents:
            self._before.append(narrative)
            found, narrative_here = self._read_sentence(sent, narrative)
            self._found.append(found)
            self._set_by.append(narrative_here)
            if narrative_here is not None:
                narrative, age = narrative_here, 0
            else:
                age += 1
                if age > _NARRATIVE_REACH:
                    narrative = None

    def _read_sentence(self, sent: Span, narrative: Interval | None,
                       ) -> tuple[list[_Found], Interval | None]:
        base = sent.start_char
        found: list[_Found] = []
        setter: Interval | None = None
        current = narrative

        def year_ok(start: int, end: int) -> bool:
            return self._is_year(base + start, base + end)

        for expr in find_expressions(sent.text, year_ok):
            start, end = base + expr.start, base + expr.end
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            iv = self._resolve(expr, span, current)
            quote = self._quote_of(start)
            contrast = self._is_contrast(span)
            found.append(_Found(expr, start, end, span.root, iv, quote, contrast))
            if iv is None:
                continue
            self._mentioned = iv
            speech = quote is None or self._quote_words(quote) >= _SPEECH_WORDS
            timestamp = ((iv.precision == "day" or expr.kind == "now")
                         and _is_speech_time(span.root))
            if speech and not contrast and not timestamp and not _is_background(span.root):
                setter = current = iv
        return found, setter

    def _resolve(self, expr: TimeExpr, span: Span, narrative: Interval | None,
                 ) -> Interval | None:
        iv = expr.resolve(Anchor(self._pub, narrative, self._mentioned))
        if iv is None or (self._pub is not None and iv.lo > self._pub.hi):
            return None
        if expr.role == "since":
            iv = self._since(iv)
        nouns = _described_nouns(span)
        for noun in nouns:
            finer = [k for k in self._named.get(noun, []) if _refines(k, iv)]
            if finer:
                return finer[-1]
        for noun in nouns:
            self._named.setdefault(noun, []).append(iv)
        return iv

    def _is_contrast(self, span: Span) -> bool:
        before = self.doc.text[max(0, span.start_char - 40):span.start_char]
        if _COMPARISON.search(before):
            return True
        contrast = words()["contrast_words"]
        return any(t.lower_ in contrast for t in _ancestors(span.root)[1:4])

    # ------------------------------------------------------------------ helpers

    def _index_of(self, token: Token) -> int:
        return self._sent_index[token.sent.start]

    def _is_year(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        tok = span[0]
        if tok.ent_type_ == "DATE":
            return True
        if tok.ent_type_ in _NOT_YEAR_ENTS:
            return False
        prev = self.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        nxt = self.doc[tok.i + 1] if tok.i + 1 < len(self.doc) else None
        if nxt is not None and (nxt.tag_ == "NNS" or nxt.pos_ in ("VERB", "AUX")):
            return False
        return prev in words()["time_prepositions"] or prev in ("the", "'s", "’s")

    def _quote_of(self, char: int) -> tuple[int, int] | None:
        for q in self._quotes:
            if q[0] <= char < q[1]:
                return q
        return None

    def _quote_words(self, quote: tuple[int, int]) -> int:
        return len(self.doc.text[quote[0]:quote[1]].split())

    def _since(self, iv: Interval) -> Interval:
        if self._pub is None or self._pub.hi < iv.hi:
            return iv
        end = coarsen(self._pub, iv.precision)
        start = coarsen(Interval(iv.hi, iv.hi, "day"), iv.precision)
        return Interval(start.lo, end.hi, iv.precision)

    def _combine(self, best: _Found, others: list[_Found]) -> Interval | None:
        iv = best.interval
        if iv is None:
            return None
        for other in others:
            oiv = other.interval
            if oiv is None:
                continue
            if best.expr.role != "until" and other.expr.role == "until" and oiv.hi >= iv.lo:
                return Interval(iv.lo, oiv.hi, iv.precision)
            if best.expr.role == "until" and other.expr.role != "until" and oiv.lo <= iv.hi:
                return Interval(oiv.lo, iv.hi, oiv.precision)
        return iv


def _ancestors(tok: Token) -> list[Token]:
    """``tok`` and its heads up to the root, nearest first."""
    chain = [tok]
    while chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _is_speech_time(tok: Token) -> bool:
    """Whether a date at ``tok`` is attached to a reporting act ("said on May 4",
    "published a statement on May 4")."""
    speech = words()["speech_words"]
    for t in _ancestors(tok)[1:4]:
        if t.lemma_.lower() in speech:
            return True
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "pcomp":
            return any(c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in speech
                       for c in t.children)
    return False


def _is_background(tok: Token) -> bool:
    """Whether a date at ``tok`` is in a clause that does not move the narrative on:
    a clausal subject, complement or adverbial clause, or a past-perfect relative clause."""
    for t in _ancestors(tok)[:-1]:
        if t.dep_ in _BACKGROUND:
            return True
        if t.dep_ in ("relcl", "acl") and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in t.children):
            return True
    return False


def _relation(date_head: Token, trigger: Token, strict: bool) -> tuple[int, int] | None:
    """How a date at ``date_head`` relates to ``trigger``: (rank, distance), or None.

    Rank 0: the date is inside the trigger's phrase (the trigger governs it).
    Rank 1: the date hangs from a clause that contains the trigger, without
    crossing a subordinate clause on its side, and, when ``strict`` (a day
    date, or a trigger inside a quotation), is not the time of a reporting
    act whose content holds the trigger.
    """
    up_date = _ancestors(date_head)
    up_trig = _ancestors(trigger)
    if trigger in up_date:
        return 0, up_date.index(trigger)
    common = next((t for t in up_date if t in up_trig), None)
    if common is None:
        return None
    d_path = up_date[:up_date.index(common)]
    t_path = up_trig[:up_trig.index(common)]
    if any(t.dep_ in _SUBORDINATE for t in d_path):
        return None
    speech = words()["speech_words"]
    reported = strict and any(t.dep_ in _REPORTED for t in t_path)
    if reported and any(t.lemma_.lower() in speech for t in d_path + [common]):
        return None
    return 1, len(d_path) + len(t_path)


def _described_nouns(span: Span) -> list[str]:
    """Lemmas of the nouns a date describes: "the 1988 massacre", "in 2018 uprising",
    "a massacre of prisoners that took place in 1988" (massacre and prisoner)."""
    noun = _described_noun(span.root)
    if noun is None and span.end < len(span.doc) and span.doc[span.end].pos_ == "NOUN":
        noun = span.doc[span.end]
    if noun is None:
        return []
    found = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        found.append(noun.head.head)
    return [t.lemma_.lower() for t in found]


def _described_noun(tok: Token) -> Token | None:
    t = tok
    hops = 0
    while t.head.i != t.i and hops < 4:
        t, hops = t.head, hops + 1
        if t.pos_ == "ADP":
            continue
        if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.dep_ in ("relcl", "acl") \
                and t.head.head.pos_ == "NOUN":
            return t.head.head
        if t.pos_ == "NOUN":
            return t
        if t.pos_ in ("VERB", "AUX") and t.dep_ in ("relcl", "acl") and t.head.pos_ == "NOUN":
            return t.head
        return None
    return None


def _refines(finer: Interval, coarse: Interval) -> bool:
    """Whether ``finer`` is a more precise statement of ``coarse`` (same years, finer unit)."""
    rank = {"day": 0, "month": 1, "year": 2}
    return (rank[finer.precision] < rank[coarse.precision]
            and coarse.lo.year <= finer.lo.year and finer.hi.year <= coarse.hi.year
            and finer.lo.year <= coarse.lo.year and coarse.hi.year <= finer.hi.year)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotations (curly, guillemet or straight quotes) within one line."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(text):
        ch = text[i]
        close = _QUOTE_PAIRS.get(ch)
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        newline = text.find("\n", i + 1)
        if j < 0 or (0 <= newline < j and close == '"'):
            i += 1
            continue
        spans.append((i, j + 1))
        i = j + 1
    return spans
