"""Reported summaries of a recent wave run from the wave's first day: a past-perfect count
under a report, with no time of its own, starts where the wave started, not on the day
the story had reached; a single known person's arrest, a simple past, "had since" and
the writer's own present perfect keep the story's time."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_base import Interval
from unrest.extract._date_wave import wave_span

_WIRE = (
    "Protests over the bread price broke out in Osh on Friday. "
    "On Saturday, riot police fired tear gas at crowds in the city centre. "
    "A lawmaker said on Tuesday that many people had been arrested. "
    "Officials have blamed the deaths on foreign agents. "
    "Police said the driver of the car had also been arrested."
)
# Wednesday: Friday is 7 March, Saturday 8 March, Tuesday 11 March.
_PUB = "2031-03-12"


def test_count_runs_from_the_wave_start(nlp: Language) -> None:
    assert date_pair(nlp, _WIRE, "arrested", _PUB) == ("2031-03-07", "2031-03-11")


def test_writers_perfect_keeps_story_time(nlp: Language) -> None:
    # The writer's own present perfect is perfect_start's job (from the outbreak's day,
    # Friday, also after the single day in force, Saturday: session 23).
    assert date_pair(nlp, _WIRE, "deaths", _PUB) == ("2031-03-07", "2031-03-12")


def test_one_known_person_keeps_story_time(nlp: Language) -> None:
    value = date_pair(nlp, _WIRE, "arrested", _PUB, nth=1)
    assert value is not None and value[0] != "2031-03-07"


def _parse(text: str) -> Interval:
    y, m, d = (int(x) for x in text.split("-"))
    return Interval(date(y, m, d), date(y, m, d), "day")


def test_old_wave_is_not_reopened(nlp: Language) -> None:
    doc = nlp("Police said dozens of people had been arrested.")
    iv = Interval(_parse("2031-03-05").lo, _parse("2031-05-01").lo, "day")
    start, now = _parse("2031-01-02"), _parse("2031-05-01")
    assert wave_span(doc[7], iv, start, now) == iv


def test_recent_wave_is_reopened(nlp: Language) -> None:
    doc = nlp("Police said dozens of people had been arrested.")
    iv = Interval(_parse("2031-03-05").lo, _parse("2031-03-08").lo, "day")
    start, now = _parse("2031-03-03"), _parse("2031-03-08")
    assert wave_span(doc[7], iv, start, now) == Interval(start.lo, iv.hi, "day")


def test_simple_past_keeps_its_span(nlp: Language) -> None:
    doc = nlp("Police said dozens of people were arrested.")
    iv = Interval(_parse("2031-03-05").lo, _parse("2031-03-08").lo, "day")
    start, now = _parse("2031-03-03"), _parse("2031-03-08")
    assert wave_span(doc[6], iv, start, now) == iv


def test_have_since_keeps_its_span(nlp: Language) -> None:
    doc = nlp("Police said protests had since spread to ten towns.")
    iv = Interval(_parse("2031-03-05").lo, _parse("2031-03-08").lo, "day")
    start, now = _parse("2031-03-03"), _parse("2031-03-08")
    assert wave_span(doc[5], iv, start, now) == iv


def test_story_moved_on_keeps_its_span(nlp: Language) -> None:
    doc = nlp("Police said dozens of people had been arrested.")
    iv = Interval(_parse("2031-03-15").lo, _parse("2031-03-20").lo, "day")
    start, now = _parse("2031-03-03"), _parse("2031-03-20")
    assert wave_span(doc[7], iv, start, now) == iv
