"""The year a story is set in, as opposed to years named in passing.

Three things keep day-less dates ("On 19 April", "from early March") in the story's own
year rather than in a year the text only mentions or the year of writing:

* a case caption ("2. Shahriar (Tehran province), 16 November 2019."), a verbless line of
  a place and a dated day inside a document whose story has begun, sets the time of
  the case told below it, like a dated entry heading;
* a bare year after a noun it dates ("the sudden ban on fertiliser in 2021", "the tax
  cuts of 2019") names that thing's time, not the time the story has moved to;
* a bold run-in heading ("**9 May.**") sets the time of its paragraph.

Report times are kept apart from event times: a date in the closing parenthesis of a
"Source: figure" list line is the report's (:func:`cited_date`), and an event in a
"when" clause hung on a date takes that date (:func:`when_clause`).

Used by :mod:`unrest.extract._date_sweep`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from unrest.extract._date_base import Interval, coarsen
from unrest.extract._date_found import Found
from unrest.extract._date_story import _YEAR_NUMBER

# A caption's lead: an optional case number, then a capitalised place of up to eight
# words, with commas and a bracketed region ("Jarahi marshes, Mahshahr (Khuzestan), ").
_CAPTION_LEAD = re.compile(
    r"\s*(?:(?:\d+|[IVXLC]+)\.\s+)?[A-Z][\w'’.-]*(?:[ ,()]+[\w'’.-]+\)?){0,7}\s*,\s*"
)
# What may follow the caption's date: a full stop, colon or dash, and nothing else.
_CAPTION_END = re.compile(r"\s*[.:–—-]?\s*")
# A markdown bold run-in heading: "**" before the date, a stop and maybe "**" after it.
_BOLD_LEAD = re.compile(r"\s*\*\*\s*")
_BOLD_END = re.compile(r"\s*[.:]?\s*(?:\*\*)?\s*")
# A Markdown section heading: "### August 2020".
_SECTION_LEAD = re.compile(r"\s*#{1,6}\s+")
_LINE_REST = re.compile(r"\s*")
# A list line's source lead: up to ten words and a colon ("Amnesty International: ").
_SOURCE_LEAD = re.compile(r"\s*[A-Z][\w'’.-]*(?:[ ][\w'’.-]+){0,9}:\s")
_LINE_END = re.compile(r"\s*[.;]?\s*")
_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_VERBAL = frozenset({"VERB", "AUX"})


def case_caption(sent: Span, start: int, end: int, narrative: Interval | None) -> bool:
    """Whether the date at ``sent.text[start:end]`` closes a verbless caption line of a
    place and a date with its year ("3. Behbahan (Khuzestan), 16 November 2019.") once
    the story has a time: the time of the case told below it. At the top of a document
    (no time in force yet) such a line is a dateline, not a caption."""
    text = sent.text
    if narrative is None or _YEAR_NUMBER.search(text[start:end]) is None:
        return False
    if any(t.pos_ in _VERBAL for t in sent):
        return False
    return bool(_CAPTION_LEAD.fullmatch(text[:start]) and _CAPTION_END.fullmatch(text, end))


def bold_heading(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a bold run-in heading of its own
    ("**9 May.** Supporters of the government attacked ..."): the time of the paragraph
    it opens, whatever clause the parser hangs it on."""
    return bool(_BOLD_LEAD.fullmatch(text[:start]) and _BOLD_END.fullmatch(text, end))


def section_heading(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the whole of a Markdown section heading
    ("### September-December 2020"): the time of the section it opens."""
    return bool(_SECTION_LEAD.fullmatch(text[:start]) and _LINE_REST.fullmatch(text, end))


def within(inner: Interval | None, outer: Interval) -> bool:
    """Whether ``inner`` lies inside ``outer`` (a finer time of a section's period)."""
    return inner is not None and outer.lo <= inner.lo and inner.hi <= outer.hi


def cited_date(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is the date of a cited figure: inside
    the closing parenthesis of a line that opens with its source ("Rights Watch: at
    least 40 killed (report of 2 May 2019)."). It dates the report, not the deaths."""
    if _SOURCE_LEAD.match(text) is None:
        return False
    opened = text.rfind("(", 0, start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    closed = text.find(")", end)
    return closed >= 0 and _LINE_END.fullmatch(text, closed + 1) is not None


def dated_thing(span: Span, iv: Interval) -> bool:
    """Whether the bare year ``span`` (resolved to ``iv``) dates a noun it follows
    ("blamed ... the ban on fertiliser in 2021", "the tax cuts of 2019") other than the
    sentence's subject: the thing's time, not the time the story has reached."""
    if iv.precision != "year":
        return False
    root = span.root
    if root.dep_ == "prep":
        prep = root
    elif root.dep_ == "pobj" and root.head.dep_ == "prep":
        prep = root.head
    else:
        return False
    noun = prep.head
    return (
        noun.pos_ in _NOMINAL
        and noun.i < span.start
        and noun.dep_ not in _SUBJECTS
        and noun.ent_type_ not in ("DATE", "TIME")
    )


def when_clause(head: Token, candidates: list[Found]) -> Interval | None:
    """The date a "when" clause holding the trigger hangs on ("the first unrest since
    November, when demonstrations were put down by force"; "the protests of 2009, when
    millions took to the streets"): that time itself, not a span from it to now. What
    the clause reports someone said ("when the minister said 230 had died") is not dated."""
    tok: Token | None = head
    while tok is not None and tok.dep_ != "ROOT":
        if tok.dep_ == "ccomp":
            return None  # "when the minister said 230 had been killed": the speech's time
        if tok.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children
        ):
            anchor = tok.head.idx
            for f in candidates:
                if f.interval is not None and f.start <= anchor < f.end:
                    return _point_of(f)
            return None
        tok = tok.head
    return None


def _point_of(found: Found) -> Interval:
    """The time an expression names, without the span "since" opens from it."""
    iv = found.interval
    assert iv is not None
    if found.expr.role != "since":
        return iv
    return coarsen(Interval(iv.lo, iv.lo, "day"), iv.lo_precision or iv.precision)
