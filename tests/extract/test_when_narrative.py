"""Dates of event mentions: year words on months, superlative yardsticks, dated entries,
appositions and flashbacks in narratives (sentences written for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from unrest.extract._dates import Anchor, find_expressions, interval_of
from unrest.extract.when import Timeline
from unrest.model import DateValue, PublishedDate
from unrest.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _date(
    nlp: Language, text: str, trigger: str, published: str, nth: int = 0
) -> tuple[str, str] | None:
    """The date Timeline gives the ``nth`` token ``trigger`` of ``text``."""
    doc: Doc = nlp(text)
    tok = [t for t in doc if t.text == trigger][nth]
    evidence: Span = tok.sent
    value: DateValue | None = Timeline(doc, PublishedDate(published, "given")).date_for(
        doc[tok.i : tok.i + 1], evidence
    )
    return (value.start, value.end) if value else None


def _values(text: str, anchor: Anchor) -> list[tuple[str, str, str]]:
    out = []
    for e in find_expressions(text):
        iv = e.resolve(anchor)
        assert iv is not None
        out.append((e.text, iv.value().start, iv.value().end))
    return out


def test_a_month_with_a_year_word_takes_that_year_not_the_narratives() -> None:
    anchor = Anchor(interval_of("2024-06-10"), interval_of("2015-03"), interval_of("2015"))
    assert _values("in October of this year", anchor) == [
        ("October of this year", "2024-10", "2024-10")
    ]
    assert _values("on 2 May last year", anchor) == [
        ("2 May last year", "2023-05-02", "2023-05-02")
    ]
    assert _values("in late July of that year", anchor) == [
        ("late July of that year", "2015-07", "2015-07")
    ]
    assert _values("on 9 March the following year", anchor) == [
        ("9 March the following year", "2016-03-09", "2016-03-09")
    ]


def test_after_an_old_year_a_month_of_this_year_resets_the_story(nlp: Language) -> None:
    text = (
        "Those who hoped the port would close in 2011 were wrong. "
        "In March of this year, dockers went on strike again. "
        "On 14 April, police detained the union leaders."
    )
    assert _date(nlp, text, "strike", "2024-06-01") == ("2024-03", "2024-03")
    assert _date(nlp, text, "detained", "2024-06-01") == ("2024-04-14", "2024-04-14")


def test_a_superlative_yardstick_date_does_not_set_the_story_year(nlp: Language) -> None:
    text = (
        "Monitors called the outage the worst since the blackout of March 2016. "
        "On 2 May, riot police dispersed a sit-in at the rail depot."
    )
    assert _date(nlp, text, "dispersed", "2023-05-20") == ("2023-05-02", "2023-05-02")


def test_a_weekday_inside_a_dated_entry_counts_back_from_the_entry_day(nlp: Language) -> None:
    text = (
        "WEEKLY ROUND-UP\n\n"
        "Our summary of the past week.\n\n"
        "3 March - Bakers strike\n"
        "Bakers closed their shops in the capital on Monday.\n\n"
        "5 March - Teachers march\n"
        "Teachers marched to the ministry on Wednesday.\n"
    )
    # 3 March 2025 is a Monday, 5 March a Wednesday; the digest is out on 12 March.
    assert _date(nlp, text, "closed", "2025-03-12") == ("2025-03-03", "2025-03-03")
    assert _date(nlp, text, "marched", "2025-03-12") == ("2025-03-05", "2025-03-05")


def test_a_dated_apposition_names_the_day_a_relative_time_meant(nlp: Language) -> None:
    text = (
        "In October 2024, miners across the north walked out over pay. "
        "The next morning, Saturday 5 October, the miners blocked the highway. "
        "Police arrested twenty miners."
    )
    assert _date(nlp, text, "blocked", "2024-10-20") == ("2024-10-05", "2024-10-05")
    assert _date(nlp, text, "arrested", "2024-10-20") == ("2024-10-05", "2024-10-05")


def test_the_simple_past_returns_from_a_past_perfect_flashback(nlp: Language) -> None:
    text = (
        "On the evening of 20 March, hundreds of nurses gathered outside the clinic. "
        "On 14 March, the board had cut their wages by a third. "
        "Police arrested six nurses at the gate."
    )
    assert _date(nlp, text, "arrested", "2023-04-02") == ("2023-03-20", "2023-03-20")


def test_a_flashback_goes_on_while_the_text_points_back_to_it(nlp: Language) -> None:
    text = (
        "On the evening of 20 March, hundreds of nurses gathered outside the clinic. "
        "On 14 March, guards had beaten a nurse at the gate. "
        "Two colleagues were injured in that attack."
    )
    assert _date(nlp, text, "injured", "2023-04-02") == ("2023-03-14", "2023-03-14")


def test_an_earlier_day_named_in_passing_is_not_what_the_next_day_counts_from(
    nlp: Language,
) -> None:
    text = (
        "On 10 June, students gathered at the campus gate. "
        "They carried portraits of Omid Rezaei, a student killed in a raid on 2 June. "
        "Police dispersed them the following day."
    )
    assert _date(nlp, text, "dispersed", "2022-07-01") == ("2022-06-11", "2022-06-11")
