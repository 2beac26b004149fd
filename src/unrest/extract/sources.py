"""Attribution (according to whom) and direct quotes.

:class:`Attributor` answers, for one event mention, who the text says asserts
it: the author in its own voice, a named person or organization ("X said",
"according to X", a quotation by X), or nobody in particular ("it is reported
that", "witnesses said"). :func:`find_quotes` lists the direct quotations of a
document with their speakers. Word lists live in ``unrest/data/reporting.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from unrest.extract._names import Speakers
from unrest.extract._quotes import _MIN_WORDS, QuoteFinder, RawQuote
from unrest.model import AUTHOR, Source

__all__ = ["Attributor", "QuoteSpan", "find_quotes"]

# Dependencies through which a reporting verb governs what is reported.
_COMPLEMENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "parataxis", "attr", "oprd", "nsubjpass", "dep", "pcomp"}
)
_ABOUT_PREPS = frozenset({"of", "about", "on", "over"})
_NOUN_COMPLEMENT_DEPS = frozenset({"acl", "ccomp", "relcl"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class QuoteSpan:
    """A direct quotation: its text (inside the quote marks), char offsets, speaker."""

    speaker: str | None
    text: str
    start: int
    end: int


def _governs(child: Token, speech_nouns: frozenset[str]) -> bool:
    """Whether ``child`` (on the path from a trigger up to a reporting verb) is reported.

    True for complements ("said that ..."), "spoke of ...", and speech nouns
    carrying the report ("said in a statement that ...").
    """
    if child.dep_ in _COMPLEMENT_DEPS:
        return True
    if child.dep_ not in ("prep", "agent"):
        return False
    if child.lower_ in _ABOUT_PREPS:
        return True
    return any(c.dep_ == "pobj" and c.lemma_.lower() in speech_nouns for c in child.children)


def _subordinate(verb: Token) -> bool:
    """Whether ``verb`` heads an adverbial clause ("before officials acknowledged ...").

    The parser sometimes makes such a clause the root and hangs the main clause
    under it; its verb then reports nothing.
    """
    return any(c.dep_ == "mark" and c.lower_ not in ("that", "whether") for c in verb.children)


class Attributor:
    """Who asserts what in one document: built once per Doc, asked once per mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.speakers = Speakers(doc)
        self.lex = self.speakers.lex
        self.quotes: list[RawQuote] = QuoteFinder(doc, self.speakers).quotes()
        self._hedges = [re.compile(r"\b" + re.escape(p) + r"\b") for p in self.lex.hedge_phrases]

    def source_for(self, trigger: Span, evidence: Span) -> Source:
        """Who the text says asserts the mention cued by ``trigger`` in ``evidence``.

        Looks, in this order, for a reporting verb governing the trigger, an
        "according to" phrase, a hedge ("reportedly", "by all accounts"), a
        report noun ("reports of ..."), and a quotation enclosing the trigger;
        the author when none is found.
        """
        tok = trigger.root
        for finder in (
            self._verb_frame,
            self._according_to,
            self._passive_report,
            self._noun_frame,
            self._hedge,
            self._quoted,
        ):
            source = finder(tok)
            if source is not None:
                return source
        return AUTHOR

    def _path(self, tok: Token) -> list[tuple[Token, Token]]:
        """(child, head) pairs from ``tok`` up to its sentence root."""
        pairs = []
        while tok.head.i != tok.i:
            pairs.append((tok, tok.head))
            tok = tok.head
        return pairs

    def _verb_frame(self, tok: Token) -> Source | None:
        """The subject of a reporting verb whose complement holds ``tok``."""
        for child, head in self._path(tok):
            if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in (
                self.lex.reporting_verbs
            ):
                continue
            if not _governs(child, self.lex.speech_nouns) or _subordinate(head):
                continue
            subj, passive = self.speakers.subject_of(head)
            if subj is not None:
                source = self.speakers.speaker(subj)
                if source is not None:
                    return source
            elif passive:
                return Source("unnamed", None, head.text)
        return None

    def _according_to(self, tok: Token) -> Source | None:
        """The X of "according to X" in the trigger's sentence."""
        ancestors = {tok.i, *(a.i for a in tok.ancestors)}
        for t in tok.sent:
            if t.lower_ != "according" or t.i + 1 >= len(self.doc):
                continue
            to = self.doc[t.i + 1]
            if to.lower_ != "to" or t.head.i not in ancestors | {tok.sent.root.i}:
                continue
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                source = self.speakers.speaker(objs[0])
                if source is not None:
                    return source
        return None

    def _passive_report(self, tok: Token) -> Source | None:
        """Reported by nobody: "executions estimated to ...", "arrests reported in ..."."""
        for node in (tok, *(h for _, h in self._path(tok))):
            if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "amod", "relcl"):
                break
            for child in node.children:
                if (
                    child.dep_ in ("acl", "amod")
                    and child.tag_ in ("VBN", "VBD")
                    and child.lemma_.lower() in self.lex.reporting_verbs
                ):
                    subj, _ = self.speakers.subject_of(child)
                    if subj is not None:
                        return self.speakers.speaker(subj)
                    return Source("unnamed", None, child.text)
        return None

    def _noun_frame(self, tok: Token) -> Source | None:
        """Whose report ("reports of arrests", "claims that ..."), else nobody in particular."""
        for child, head in self._path(tok):
            if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lex.report_nouns:
                continue
            if head.dep_ == "pobj" and head.head.lower_ in ("on", "by"):
                continue  # "on account of", "by all accounts" (a hedge, handled apart)
            about = child.dep_ == "prep" and child.lower_ in _ABOUT_PREPS
            if not (about or child.dep_ in _NOUN_COMPLEMENT_DEPS):
                continue
            for owner in head.children:
                if owner.dep_ in ("poss", "compound") and owner.pos_ == "PROPN":
                    source = self.speakers.speaker(owner)
                    if source is not None:
                        return source
            return Source("unnamed", None, head.text)
        return None

    def _hedge(self, tok: Token) -> Source | None:
        """A hedge in the sentence: "reportedly", "by all accounts", "is said to"."""
        sent = tok.sent
        for t in sent:
            if t.lower_ in self.lex.hedge_adverbs:
                return Source("unnamed", None, t.text)
        low = sent.text.lower()
        for pattern in self._hedges:
            match = pattern.search(low)
            if match:
                return Source("unnamed", None, sent.text[match.start() : match.end()])
        return None

    def _quoted(self, tok: Token) -> Source | None:
        """The speaker of the innermost attributed quotation holding the trigger."""
        holding = [q for q in self.quotes if q.start <= tok.idx < q.end and not q.slogan]
        for quote in sorted(holding, key=lambda q: -q.depth):
            if quote.speaker is not None:
                return quote.speaker
        return None


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def find_quotes(doc: Doc) -> list[QuoteSpan]:
    """Direct quotations with speakers (fullest name in the article); no slogans.

    Only outermost quotations of at least three words with a named speaker
    (person or organization) are returned; ``start``/``end`` are the offsets of
    the quoted text (without the marks) in ``doc.text``.
    """
    finder = QuoteFinder(doc, Speakers(doc))
    spans = []
    for q in finder.quotes():
        if q.depth or q.slogan or q.speaker is None or q.speaker.name is None:
            continue
        text = doc.text[q.start : q.end]
        if _word_count(text) < _MIN_WORDS:
            continue
        spans.append(QuoteSpan(q.speaker.name, text, q.start, q.end))
    return spans
