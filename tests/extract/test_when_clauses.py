"""Dates of event mentions: deadlines, quoted phrases, names, flashbacks and spans to now."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._dates import Anchor, find_expressions, interval_of


def test_quoted_slogan_does_not_hide_a_later_date(nlp: Language) -> None:
    text = (
        'Thousands of students posted the slogan "Free them all" on social media in July '
        "in support of the prisoners."
    )
    assert date_pair(nlp, text, "posted", "2021-09-15") == ("2021-07", "2021-07")


def test_date_naming_a_thing_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "Police arrested a student on Saturday. "
        "Three men were sentenced over their part in the November 2019 fuel protests. "
        "Students posted messages online in July."
    )
    assert date_pair(nlp, text, "posted", "2020-09-12") == ("2020-07", "2020-07")


def test_recalled_date_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "Shops in the bazaar were shut on Tuesday. "
        "She recalled that in November 2019 police shot hundreds of protesters. "
        "He said teachers had held a sit-in on Oct. 23 and 24."
    )
    assert date_pair(nlp, text, "held", "2022-11-16") == ("2022-10-23", "2022-10-24")


def test_first_date_sets_the_story_time_when_none_is_set(nlp: Language) -> None:
    text = (
        "Police said that officers had detained 40 people on 3 March 2021. "
        "Protesters chanted slogans outside the court."
    )
    assert date_pair(nlp, text, "chanted", "2021-03-10") == ("2021-03-03", "2021-03-03")


def test_by_a_date_runs_from_the_story_time(nlp: Language) -> None:
    text = (
        "Protesters gathered in the square on 3 March 2021. "
        "By the next morning the police station had been burned."
    )
    assert date_pair(nlp, text, "burned", "2021-03-10") == ("2021-03-03", "2021-03-04")


def test_by_a_date_with_a_simple_past_is_that_date(nlp: Language) -> None:
    text = (
        "Protesters gathered in the square on 3 March 2021. By 5 March, students marched in Tehran."
    )
    assert date_pair(nlp, text, "marched", "2021-03-10") == ("2021-03-05", "2021-03-05")


def test_end_of_the_year() -> None:
    [expr] = find_expressions("By the end of the year, the group had recorded 124 deaths.")
    assert expr.role == "until"
    iv = expr.resolve(Anchor(interval_of("2023-03-14"), interval_of("2022-10-23")))
    assert iv is not None and iv.value().start == "2022-12"
    [expr] = find_expressions("at the beginning of last year")
    iv = expr.resolve(Anchor(interval_of("2023-03-14")))
    assert iv is not None and iv.value().start == "2022-01"


def test_offset_in_apposition_is_not_a_date() -> None:
    found = find_expressions("He was hanged on 12 May 2021, less than a month after his arrest.")
    assert [e.text for e in found] == ["12 May 2021"]


def test_offset_after_for_is_a_duration() -> None:
    assert find_expressions("The internet was disrupted for several days after the raid.") == []
    assert [e.text for e in find_expressions("Three days after the vote, police fired.")] == [
        "Three days after"
    ]


def test_confirmed_deaths_are_not_stretched_to_now(nlp: Language) -> None:
    text = (
        "Security forces opened fire on protesters in Saravan on 22 February 2021. "
        "Our researchers have confirmed the deaths of at least ten men in the shooting."
    )
    assert date_pair(nlp, text, "deaths", "2021-03-03") == ("2021-02-22", "2021-02-22")


def test_from_a_date_to_the_time_of_writing(nlp: Language) -> None:
    text = (
        "The internet was cut across the province from 24 February and had not been "
        "restored at the time of writing."
    )
    assert date_pair(nlp, text, "cut", "2021-03-03") == ("2021-02-24", "2021-03-03")


def test_event_that_goes_on_in_the_present_perfect(nlp: Language) -> None:
    text = "The strike began on May 22 over low wages, and has spread to more than 100 cities."
    assert date_pair(nlp, text, "strike", "2018-05-30") == ("2018-05-22", "2018-05-30")
    text = "The strike began on May 22 over low wages, and ended two days later."
    assert date_pair(nlp, text, "strike", "2018-05-30") == ("2018-05-22", "2018-05-22")
    text = "The student was arrested on 3 May in Shiraz and has been held since."
    assert date_pair(nlp, text, "arrested", "2018-05-30") == ("2018-05-03", "2018-05-03")
