"""Which quotations :func:`unrest.extract.sources.find_quotes` keeps.

Private helper of :mod:`unrest.extract.sources`: quotations within quotations,
quotations in the answers of an interview, and two-word quotations told from scare
quotes and terms.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from unrest.extract._lexicon import Lexicon
from unrest.extract._names_interview import inside
from unrest.extract._names_marks import named_before
from unrest.extract._quotes import RawQuote
from unrest.model import Source
from unrest.nlp import doc_text

_WORD = re.compile(r"\d[\d,.]*\d|\w+")  # "20,000" is one word
_WHOLE_WORD = re.compile(r"\d[\d,.]*\d|\w+(?:[-'’]\w+)*")  # "re-education" is one word
_TERM_MARKERS = frozenset({"called", "so", "as", "dubbed", "termed", "named", "word", "term"})
# Verbs naming something in a speaker's words: two quoted words they introduce are a quote.
_NAMING_VERBS = frozenset(
    {
        "call",
        "describe",
        "term",
        "label",
        "dub",
        "brand",
        "characterize",
        "characterise",
        "dismiss",
        "reject",
    }
)
_ARTICLES = frozenset({"a", "an", "the"})


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def quoted_within(q: RawQuote, quotes: list[RawQuote]) -> bool:
    """Whether a quotation inside another is one its speaker quotes another person with
    ("The supervisor said 'go home'"): its verb inside the outer one, another speaker."""
    outer = [o for o in quotes if o.depth == q.depth - 1 and o.start <= q.open < o.end]
    if q.speaker is None or q.speaker.kind != "person":
        return False  # a group's words cited inside a statement are the statement's
    if not outer or q.verb is None or not outer[-1].start <= q.verb.idx < outer[-1].end:
        return False
    inner, speaker = _last_word(q.speaker), _last_word(outer[-1].speaker)
    return inner is not None and inner != speaker


def _last_word(source: Source | None) -> str | None:
    words = (source.name or "").split() if source is not None else []
    return words[-1].lower() if words else None


def in_answers(
    quotes: list[RawQuote], answers: list[tuple[int, int]], who: Source | None, text: str = ""
) -> list[RawQuote]:
    """Quotations in the answers of an interview spoken by "he", "she" or nobody found
    are the interviewee's (a pronoun may otherwise take a person the answer mentions),
    but not one closed by an attribution nobody was found in (""...," one of them
    wrote"); so are those of its headline told by a role ("...": a released protester
    speaks)."""
    if who is None or not answers:
        return quotes
    return [
        replace(q, speaker=who)
        if not q.slogan
        and (
            inside(answers, q.start)
            and _by_pronoun(q.speaker)
            and not (q.speaker is None and _told_after(text, q))
            and not named_before(answers, q.start, q.speaker, text)
            or q.end <= answers[0][0]
            and _by_role(q.speaker)
        )
        else q
        for q in quotes
    ]


def _told_after(text: str, q: RawQuote) -> bool:
    """Whether a comma closes the quotation and lower-case words follow it (",\" one
    of them wrote"): an attribution of its own."""
    after = text[q.close + 1 : q.close + 40].lstrip()
    return "," in text[q.end - 1 : q.close + 2] and after[:1].islower()


def _by_role(speaker: Source | None) -> bool:
    """Whether a quotation's speaker is named by a role ("a released protester")."""
    name = (speaker.name or "") if speaker is not None else ""
    return speaker is not None and speaker.kind == "person" and name[:1].islower()


def _by_pronoun(speaker: Source | None) -> bool:
    """Whether nobody, or only a personal pronoun, was found to speak a quotation."""
    return speaker is None or (speaker.text or "").lower() in ("he", "she")


def short_quote(doc: Doc, q: RawQuote, lex: Lexicon) -> bool:
    """Whether a quotation of two words is a quotation rather than a scare quote.

    A single quoted word ("rioters", "decisively") never is. Two words are when a
    reporting verb of their own sentence attributes them ("would take "very firm"
    action"), they are not a capitalized name ("Resistance Units") or an article
    and a noun ("a sham"), and no marker of a term precedes them ("so-called"). After
    "as" or "called" they are what a speaker calls something ("what it called "armed
    gangs"", "described them as "organised riots"").
    """
    verb = q.verb
    if verb is not None and _blamed_on(doc, q, verb, lex):
        return True  # "blamed the crisis on a "psychological war"": the cause, in their words
    if verb is None or verb.lemma_.lower() not in lex.reporting_verbs | _NAMING_VERBS:
        return False  # not "blamed "armed gangs"": a phrase of the writer's
    if not verb.sent.start_char <= q.open < verb.sent.end_char:
        return False
    words = _WHOLE_WORD.findall(doc_text(doc)[q.start : q.end])
    if len(words) < 2 or all(w[:1].isupper() for w in words) or words[0].lower() in _ARTICLES:
        return False  # "the enemy", "a sham": one noun
    before = [t for t in verb.sent if t.idx < q.open and not (t.is_punct or t.is_space)]
    if before and before[-1].lower_ == "called" and _has_subject(before[-1]):
        return True  # "what it called "terrorist groups"": its words
    speech = lex.reporting_verbs | lex.quote_verbs
    if before and before[-1].lower_ == "as" and _verb_of(before[-1]).lemma_.lower() in speech:
        return True  # "described the events as "organised riots""
    return not (before and before[-1].lower_ in _TERM_MARKERS)


def _blamed_on(doc: Doc, q: RawQuote, verb: Token, lex: Lexicon) -> bool:
    """Whether two quoted words are the cause a blame verb lays the event "on"."""
    if verb.lemma_.lower() not in lex.blame_verbs:
        return False
    words = _WHOLE_WORD.findall(doc_text(doc)[q.start : q.end])
    if len(words) != 2 or all(w[:1].isupper() for w in words):
        return False
    before = [t for t in verb.sent if verb.i < t.i and t.idx < q.open and not t.is_punct]
    while before and before[-1].lower_ in _ARTICLES:
        before.pop()
    on = before[-1] if before and before[-1].lower_ == "on" else None
    return on is not None and (on.head.i == verb.i or on.head.head.i == verb.i)


def _verb_of(tok: Token) -> Token:
    """The nearest verb above ``tok`` ("as" in "described the events as ..."), else it."""
    return next((a for a in tok.ancestors if a.pos_ == "VERB"), tok)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
