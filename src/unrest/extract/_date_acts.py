"""A day that opens a sentence on a public act, not a report: the story's new time.

"On 15 October the government declared a state of emergency." "On the 1st of October
the president announced the end of fuel subsidies." The verb is one of speech, so the
day is at first the time of a reporting act, which does not move the story ("said on
Monday that three had died"). But a speech verb with no reported clause (no "that
...", no quotation, no clause at all: an object noun only) is an act of its own, told
in the story's order: its day is the time the story moves to. So is a passive report
whose subject is the event ("On 23 July gatherings were reported in Tehran").
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import Interval, TimeExpr, words
from unrest.extract._date_syntax import REPORTED_DEPS


def public_act(head: Token) -> bool:
    """Whether the reporting word ``head`` that a day opening its sentence dates reports
    nothing: a root verb with an object that is not itself speech, and no clause or
    quotation under it; or a passive report whose subject is the event. (The sweep has
    checked that the day opens the sentence.)"""
    if head.pos_ not in ("VERB", "AUX") or head.dep_ != "ROOT":
        return False
    if any(_reports(c) for c in head.children):
        return False
    if any(c.dep_ == "nsubjpass" and not _speech_noun(c) for c in head.children):
        return True  # "Last night (23 July) solidarity gatherings were reported in Tehran"
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return bool(objects) and not any(_speech_noun(o) for o in objects)


def up_to_local(expr: TimeExpr, iv: Interval, now: Interval | None) -> Interval:
    """A span of days counted from the story ("the following week") cut at ``now`` when
    it runs past it: what the text tells has happened by the time of writing."""
    if now is None or expr.kind == "absolute" or iv.precision != "day" or iv.lo == iv.hi:
        return iv
    if not iv.lo <= now.hi < iv.hi or now.precision != "day":
        return iv
    return Interval(iv.lo, now.hi, "day")


def _reports(child: Token) -> bool:
    """Whether ``child`` of a speech verb is what it reports: a clause or a quotation."""
    return child.dep_ in REPORTED_DEPS or (child.dep_ == "punct" and child.text in '"“”:')


def _speech_noun(obj: Token) -> bool:
    """Whether the object ``obj`` is itself speech ("released a statement saying ..."):
    a speech noun, or a noun with a clause under it; not a noun with an "of" phrase
    ("declared a state of emergency")."""
    of = any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    if obj.lemma_.lower() in words()["speech_words"] and not of:
        return True
    return any(c.dep_ in REPORTED_DEPS for c in obj.children)
