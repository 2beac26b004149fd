"""Direct quotations: pairing quote marks and finding who speaks.

Private helper of :mod:`unrest.extract.sources`. :func:`scan_marks` pairs
curly and straight double quote marks (nested pairs, quotations running over
several paragraphs); :class:`QuoteFinder` attaches each pair to a speaker
through the reporting verbs around it, and tells slogans from quotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from unrest.extract._attrib_refs import crowd_member
from unrest.extract._names import Speakers
from unrest.extract._quote_asput import as_put_it
from unrest.extract._quote_colon import lead_in, named_in, role_in
from unrest.extract._quote_frame import (
    attributed_after,
    attribution_tail,
    cited_before,
    inverted_subject,
    rank_verbs,
)
from unrest.extract._quote_more import chanters, np_after_close, outer_reporter
from unrest.extract._quote_who import with_clause
from unrest.model import Source
from unrest.nlp import doc_text

_OPENERS = "“«„"
_CLOSERS = "”»"
_STRAIGHT = '"'
_SINGLES = "‘’'"
_CLOSING_SINGLE = {"‘": "’", "'": "'"}
_BEFORE_OPEN = '([{—–-/"“'
_LOOKAHEAD_LINES = 6  # paragraphs an unclosed quotation may run over
_MIN_WORDS = 3  # shorter quoted bits are scare quotes, not quotations
_SLOGAN_WINDOW = 5  # tokens before an opening mark searched for "chanted", "slogans"...
_NEXT_LINE_VERB = 6  # a speaker line after a quotation puts its verb within these tokens
# A transcript's speaker label opening the line: "Holloway: “…”", "Dr. Ali Rezaei: "…"".
_HE_SHE = frozenset({"he", "she"})  # "She added that ... "…"": whoever she is
_LABEL = re.compile(r"^\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*:\s*$")


@dataclass(frozen=True)
class MarkPair:
    """An opening mark, its closing mark (or the end of the paragraph) and nesting depth."""

    open: int
    close: int
    closed: bool
    depth: int


@dataclass(frozen=True)
class RawQuote:
    """A quoted stretch of text with its speaker (None when nobody is found)."""

    start: int
    end: int
    open: int
    close: int
    depth: int
    speaker: Source | None
    slogan: bool
    verb: Token | None = None  # the reporting verb that attributes it, when one does


def _kind(text: str, i: int) -> str | None:
    """Whether the mark at ``i`` opens or closes a quotation (None if it is neither)."""
    ch = text[i]
    if ch in _OPENERS:
        return "open"
    if ch in _CLOSERS:
        return "close"
    if ch != _STRAIGHT:
        return None
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return "open"
    if not before.isspace():
        return "close"
    return None


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for k, ch in enumerate(text):
        if ch == "\n":
            spans.append((start, k))
            start = k + 1
    spans.append((start, len(text)))
    return spans


def _first_mark(text: str, line: tuple[int, int]) -> bool:
    """Whether the line's first visible character opens a quotation."""
    stripped = text[line[0] : line[1]].lstrip()
    return bool(stripped) and _kind(stripped, 0) == "open"


def _ends_with_closer(text: str, a: int, b: int) -> bool:
    """Whether the line ends with a closing mark (trailing punctuation aside)."""
    stripped = text[a:b].rstrip().rstrip(".,;:!?…")
    return bool(stripped) and _kind(text, a + len(stripped) - 1) == "close"


def _closes_later(text: str, lines: list[tuple[int, int]], k: int, depth: int) -> bool:
    """Whether an open quotation at the end of line ``k`` closes in the next few paragraphs."""
    seen = 0
    for line in lines[k + 1 :]:
        if not text[line[0] : line[1]].strip():
            continue
        seen += 1
        if seen > _LOOKAHEAD_LINES:
            return False
        for i in range(line[0], line[1]):
            kind = _kind(text, i)
            if kind == "open" and not (depth == 1 and text[line[0] : i].strip() == ""):
                depth += 1
            elif kind == "close":
                depth -= 1
                if depth == 0:
                    return True
    return False


def scan_marks(text: str) -> list[MarkPair]:
    """Pair the double quote marks of ``text``; unclosed ones end with their paragraph."""
    pairs: list[MarkPair] = []
    stack: list[int] = []
    lines = _lines(text)
    for k, (a, b) in enumerate(lines):
        for i in range(a, b):
            kind = _kind(text, i)
            if kind == "open":
                if len(stack) == 1 and text[a:i].strip() == "" and stack[0] < a:
                    continue  # a paragraph re-opening a quotation that runs on
                stack.append(i)
            elif kind == "close" and stack:
                opened = stack.pop()
                pairs.append(MarkPair(opened, i, True, len(stack)))
        if stack and (
            (stack[0] >= a and _ends_with_closer(text, a, b))
            or not _closes_later(text, lines, k, len(stack))
        ):
            end = a + len(text[a:b].rstrip())
            while stack:
                opened = stack.pop()
                pairs.append(MarkPair(opened, end, False, len(stack)))
    pairs += [MarkPair(a, b, True, 0) for a, b in _single_pairs(text, pairs)]
    return _nest(sorted(pairs, key=lambda p: p.open))


def _nest(pairs: list[MarkPair]) -> list[MarkPair]:
    """The pairs with their depth: how many other pairs enclose each."""
    return [
        replace(p, depth=sum(1 for o in pairs if o.open < p.open and p.close <= o.close))
        for p in pairs
    ]


def _single_pairs(text: str, doubles: list[MarkPair]) -> list[tuple[int, int]]:
    """Single quote marks paired within a paragraph: curly ones anywhere (‘…’, the
    quotation marks of British usage), straight ones only inside a double-quoted
    quotation ("He said, 'no,' and left"). An apostrophe ("Iran’s") never pairs, and
    a plural possessive ("the workers’ demands") closes only when nothing later can."""
    found: list[tuple[int, int]] = []
    for a, b in _lines(text):
        opened: int | None = None
        for i in range(a, b):
            ch = text[i]
            if ch not in _SINGLES or (ch == "'" and not _within(doubles, i)):
                continue
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if opened is None:
                if ch in "‘'" and (before.isspace() or before in _BEFORE_OPEN) and after.isalpha():
                    opened = i
            elif ch == _CLOSING_SINGLE[text[opened]] and not before.isspace():
                if after.isalnum() or (_possessive(text, i) and _closer_later(text, i, b)):
                    continue
                found.append((opened, i))
                opened = None
    return found


def _within(pairs: list[MarkPair], i: int) -> bool:
    return any(p.open < i < p.close for p in pairs)


def _possessive(text: str, i: int) -> bool:
    """Whether the mark at ``i`` ends a plural possessive ("workers’ demands")."""
    rest = text[i + 1 : i + 3]
    return text[i - 1] == "s" and len(rest) == 2 and rest[0] == " " and rest[1].islower()


def _closer_later(text: str, i: int, end: int) -> bool:
    """Whether the same mark closes a quotation later on the line."""
    return any(
        text[k] == text[i] and not text[k - 1].isspace() and not text[k + 1 : k + 2].isalnum()
        for k in range(i + 1, end)
    )


def _inner(text: str, pair: MarkPair) -> tuple[int, int]:
    """Offsets of the quoted text: marks, outer spaces and trailing commas left out."""
    start, end = pair.open + 1, pair.close
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


class QuoteFinder:
    """Find every quotation of a document and who speaks it."""

    def __init__(self, doc: Doc, speakers: Speakers) -> None:
        self.doc = doc
        self.speakers = speakers
        self.lex = speakers.lex
        self.pairs = scan_marks(doc_text(doc))

    def quotes(self) -> list[RawQuote]:
        """All quoted stretches (nested ones too), in text order."""
        found: list[RawQuote] = []
        for pair in self.pairs:
            start, end = _inner(doc_text(self.doc), pair)
            if end <= start:
                continue
            slogan, speaker, verb = self._attribute(pair, found)
            found.append(
                RawQuote(start, end, pair.open, pair.close, pair.depth, speaker, slogan, verb)
            )
        return found

    def _continued(self, found: list[RawQuote], pair: MarkPair) -> Source | None:
        """The speaker of the quotation this one continues ("“A,” he said. “B.”").

        That is the previous quotation at the same depth, on the same line, or
        on the previous paragraph when this one opens its paragraph.
        """
        text = doc_text(self.doc)
        prev = [q for q in found if q.depth == pair.depth and q.close < pair.open]
        if not prev or prev[-1].speaker is None or prev[-1].slogan:
            return None
        between = text[prev[-1].close + 1 : pair.open]
        if "\n" not in between:
            return prev[-1].speaker
        line_start = text.rfind("\n", 0, pair.open) + 1
        opens_line = text[line_start : pair.open].strip() == ""
        if opens_line and len(between.strip()) == 0:
            return prev[-1].speaker
        if opens_line and attribution_tail(between, prev[-1].verb):
            return prev[-1].speaker  # "“A,” she said.¶“B.”": she goes on
        return None

    def _level(self, tok: Token) -> set[int]:
        """The quotations ``tok`` lies inside, by opening offset."""
        return {p.open for p in self.pairs if p.open <= tok.idx < p.close}

    def _inside_other(self, tok: Token, pair: MarkPair) -> bool:
        """Whether ``tok`` lies inside ``pair`` or a quotation at its depth or deeper."""
        for other in self.pairs:
            if other.depth >= pair.depth and other.open <= tok.idx < other.close:
                return True
        return False

    def _frame(self, sent: Span, pair: MarkPair) -> list[Token]:
        return [t for t in sent if not self._inside_other(t, pair)]

    def _attribute(
        self, pair: MarkPair, found: list[RawQuote]
    ) -> tuple[bool, Source | None, Token | None]:
        """(is it a slogan, who speaks it, through which verb) for one pair of marks.

        A reporting verb of the quotation's own sentences wins; then a transcript
        label ("Name: “…”"), the speaker of the quotation it continues, and last a
        reporting verb just after it or in a sentence ending with a colon before it.
        """
        doc = self.doc
        open_tok = doc.char_span(pair.open, pair.open + 1, alignment_mode="expand")
        close_at = min(pair.close, len(doc_text(doc)) - 1)
        close_tok = doc.char_span(close_at, close_at + 1, alignment_mode="expand")
        if open_tok is None or close_tok is None:
            return False, None, None
        first, last = open_tok[0].sent, close_tok[0].sent
        sents = [s for s in doc.sents if first.start <= s.start <= last.start]
        if self._slogan_context(open_tok[0], pair):
            return True, None, None
        verbs = [v for s in sents for v in self._frame(s, pair) if self._is_verb(v)]
        verbs = rank_verbs(doc, verbs, pair.open, pair.close)
        found_in = self._from_verbs(verbs, pair)
        if found_in is not None:
            if found_in[1] is not None and found_in[1].kind == "unnamed":
                sender = self._sender(pair)  # "A message from a student in X reads: "…""
                if sender is not None:
                    return False, sender, found_in[2]
            return found_in
        if verbs and attributed_after(verbs[0], self.speakers.verb_source(verbs[0])[0], pair.close):
            return False, None, verbs[0]  # ""…," one of them said": not the one before
        nearby = self._label(pair) or self._continued(found, pair)
        if nearby is not None:
            return False, nearby, None
        for candidates in (self._after(last, pair), self._before(first, pair)):
            found_in = self._from_verbs(candidates, pair)
            if found_in is not None:
                return found_in
        found_by = self._cited(first, pair) or self._colon(pair) or self._introduced(first, pair)
        return False, found_by, None

    def _colon(self, pair: MarkPair) -> Source | None:
        """The person a lead-in ending with a colon names ("Our reporter X is there: "…""),
        or a label line just above the quotation."""
        words = lead_in(self.doc, pair.open)
        return self._person(named_in(words) + role_in(words, self.lex))

    def _sender(self, pair: MarkPair) -> Source | None:
        """The person a lead-in ending with a colon names by role as the sender of the
        message that speaks the quotation ("A message, from a nurse in X, reads: "…"")."""
        return self._person(role_in(lead_in(self.doc, pair.open, above=False), self.lex))

    def _person(self, candidates: list[Token]) -> Source | None:
        """The first of ``candidates`` that is a person with a name or role."""
        for tok in candidates:
            source = self.speakers.speaker(tok)
            if source is not None and source.kind == "person" and source.name is not None:
                return source
        return None

    def _cited(self, first: Span, pair: MarkPair) -> Source | None:
        """The person or organization an "according to X" before the quotation cites."""
        cited = cited_before(first, pair.open)
        source = self.speakers.speaker(cited) if cited is not None else None
        named = source is not None and source.kind in ("person", "organization")
        return source if named else None

    def _introduced(self, first: Span, pair: MarkPair) -> Source | None:
        """The person the sentence before introduced, for a quotation opening its sentence
        with no speaker of its own ("X, a lawyer, described the trial. "The judge ...""),
        also by a pronoun reporting ("X said .... She added that .... "I have seen ..."")."""
        doc = self.doc
        if first.start == 0 or any(t.idx < pair.open and not t.is_space for t in first):
            return None
        prev = doc[first.start - 1].sent
        if "\n" in doc_text(doc)[prev.end_char : pair.open]:
            return None  # a paragraph of its own
        if any(t.text in _OPENERS + _CLOSERS + _STRAIGHT for t in prev):
            return None  # the sentence before quotes someone itself
        subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ not in ("PROPN", "NOUN") and subj.lower_ not in _HE_SHE:
            return None
        if subj.pos_ != "PROPN" and prev.root.lemma_.lower() not in self.lex.reporting_verbs:
            return None  # "one resident, ..., Omid, said ...": a speaker named by role
        source = self.speakers.speaker(subj)
        return source if source is not None and source.kind == "person" else None

    def _from_verbs(
        self, verbs: list[Token], pair: MarkPair
    ) -> tuple[bool, Source | None, Token | None] | None:
        """The first of ``verbs`` that names a speaker (or a chant), if one does; not one
        whose subject the quotation itself holds ("…that "armed men used X" and promised")."""
        for verb in verbs:
            if verb.lemma_.lower() in self.lex.chant_verbs:
                if chanters(verb, pair.open):
                    continue  # ""a few students" had chanted ...": who chants, not what
                return True, None, None
            outer = outer_reporter(verb, self.lex, pair.open, pair.close)
            outer = outer if outer is not None and self._level(outer) == self._level(verb) else None
            said = self._verb_speaker(outer, pair) if outer is not None else None
            source = said if said is not None and _named(said) else self._verb_speaker(verb, pair)
            if source is not None:
                return False, source, verb
        return None

    def _label(self, pair: MarkPair) -> Source | None:
        """The speaker named by a transcript label opening the quotation's line."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, pair.open) + 1
        match = _LABEL.match(text[line_start : pair.open])
        if match is None:
            return None
        span = self.doc.char_span(
            line_start + match.start(1), line_start + match.end(1), alignment_mode="expand"
        )
        if span is None:
            return None
        source = self.speakers.speaker(span[-1])
        if source is not None and source.kind in ("person", "organization"):
            return source
        return Source("person", match.group(1), match.group(1))

    def _is_verb(self, tok: Token) -> bool:
        lemma = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        return (
            lemma in self.lex.reporting_verbs
            or lemma in self.lex.quote_verbs
            or (lemma in self.lex.chant_verbs)
            or as_put_it(tok)  # "as one student leader puts it, "...""
        )

    def _verb_speaker(self, verb: Token, pair: MarkPair) -> Source | None:
        subj, source, _ = self.speakers.verb_source(verb)
        if subj is None or pair.open <= subj.idx < pair.close:
            inverted = inverted_subject(verb, pair.close)  # ""…," said a man whose …"
            inverted = inverted or np_after_close(verb, pair.close)
            if inverted is not None:
                subj, source = inverted, self.speakers.speaker(inverted)
        if subj is None or pair.open <= subj.idx < pair.close:
            return None
        if subj.lemma_.lower() in self.lex.voices and not crowd_member(subj, self.lex):
            return Source("unnamed", None, subj.text)
        if source is not None and source.kind == "unnamed" and self._one_person(subj):
            source = Source("person", source.text, source.text)  # "a resident of Tehran"
        return with_clause(subj, source, self.lex.anonymity_phrases) if source else None

    def _one_person(self, subj: Token) -> bool:
        """Whether an unnamed subject is one person ("a witness"), who can be quoted."""
        lemma = subj.lemma_.lower()
        if subj.lower_ in ("he", "she"):
            return True  # "he told us", standing for "a shopkeeper" named before
        return (
            subj.tag_ == "NN"
            and lemma not in self.lex.report_nouns
            and lemma not in self.lex.document_nouns
            and lemma not in self.lex.evidence_nouns  # "a graphic says ...": nobody
            and lemma not in self.lex.hedge_adverbs
        )

    def _slogan_context(self, open_tok: Token, pair: MarkPair) -> bool:
        """Whether words just before the opening mark say a slogan follows."""
        start = max(open_tok.sent.start, open_tok.i - _SLOGAN_WINDOW)
        window = self.doc[start : open_tok.i]
        return any(t.lemma_.lower() in self.lex.slogan_nouns for t in window) or any(
            t.lemma_.lower() in self.lex.chant_verbs and t.pos_ == "VERB" for t in window
        )

    def _after(self, last: Span, pair: MarkPair) -> list[Token]:
        """Reporting verbs right after the closing mark: same line, or the next line's start."""
        doc = self.doc
        if last.end >= len(doc):
            return []
        nxt = doc[last.end].sent
        tail = [t for t in last if t.idx > pair.close and not t.is_space]
        line_end = doc_text(doc).find("\n", pair.close)
        same_line = line_end == -1 or nxt.start_char < line_end
        closed = any(not t.is_punct for t in tail) and tail[-1].text in (".", "!", "?")
        if same_line and not closed:  # not past "… "baseless" claims." to the next one
            tail += list(nxt)
        elif (
            not tail
            and _opens_line(doc_text(doc), pair.open)  # not after a sentence of its own
            and doc_text(doc)[pair.close + 1 : nxt.start_char].count("\n") <= 2
            and not any(t.text == ":" or t.text in _OPENERS for t in nxt)
        ):
            tail = list(nxt)[:_NEXT_LINE_VERB]  # not "X said: "…"", which has its own
        return [t for t in tail if self._is_verb(t)]

    def _before(self, first: Span, pair: MarkPair) -> list[Token]:
        """Reporting verbs of the sentence before, when it ends with a colon."""
        doc = self.doc
        head = [t for t in first if t.idx < pair.open and not t.is_space]
        if head or first.start == 0:
            prev: Span | None = None
            if head and head[-1].text == ":":
                prev = first
        else:
            prev = doc[first.start - 1].sent
        if prev is None:
            return []
        words = [t for t in prev if not t.is_space]
        if not words or words[-1].text != ":":
            return []
        return [t for t in reversed(words) if self._is_verb(t)]


def _named(source: Source) -> bool:
    return source.kind in ("person", "organization")


def _opens_line(text: str, at: int) -> bool:
    """Whether the mark at ``at`` is the first visible character of its line."""
    return text[text.rfind("\n", 0, at) + 1 : at].strip() == ""
