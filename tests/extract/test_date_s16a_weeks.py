"""A story told by weekdays after a day printed with its weekday ("Saturday, 11 March");
a day-month that a span of the text running past publication must not move to the
future; and a sentence-opening day of a public act ("On 15 March the government
declared a state of emergency") that moves the story's time."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

# 21 March 2023 was a Tuesday; 11 March 2023 a Saturday.
_PUB = "2023-03-21"
_WEEK = (
    "The rector resigned on 8 March. "
    "Only on Saturday, 11 March, did the ministry admit that the exam had been leaked. "
    "That same Saturday evening, students gathered outside the faculty. "
    "On Sunday, crowds marched to the main square."
)


def test_same_weekday_is_the_labelled_day(nlp: Language) -> None:
    assert date_pair(nlp, _WEEK, "gathered", _PUB) == ("2023-03-11", "2023-03-11")


def test_next_weekday_follows_the_labelled_day(nlp: Language) -> None:
    assert date_pair(nlp, _WEEK, "marched", _PUB) == ("2023-03-12", "2023-03-12")


def test_reporting_day_keeps_the_week_of_publication(nlp: Language) -> None:
    text = (
        "The unrest began on Thursday 9 March, when farmers blocked the roads. "
        "A rights group said on Monday that three protesters had been killed."
    )
    # Monday 20 March, the last Monday before publication, not Monday 13 March.
    assert date_pair(nlp, text, "said", _PUB) == ("2023-03-20", "2023-03-20")


def test_weekday_before_the_story_time_is_this_week(nlp: Language) -> None:
    text = (
        "The unrest began on Thursday 9 March, when farmers blocked the roads. "
        "Police fired on a crowd in the port on Friday 17 March. "
        "A teacher was killed when police broke up a rally on Thursday."
    )
    assert date_pair(nlp, text, "killed", _PUB) == ("2023-03-16", "2023-03-16")


def test_no_label_keeps_the_last_weekday(nlp: Language) -> None:
    text = "The rector resigned on 8 March. On Sunday, crowds marched to the main square."
    assert date_pair(nlp, text, "marched", _PUB) == ("2023-03-19", "2023-03-19")


def test_span_running_past_publication_does_not_move_a_day(nlp: Language) -> None:
    text = (
        "Riverside Gallery, 10 September 2021 to 9 January 2022.\n\n"
        "On 18 July 2020, students held a rally at the monument. "
        "On 19 September, protesters gathered at the campus."
    )
    assert date_pair(nlp, text, "gathered", "2021-09-10") == ("2020-09-19", "2020-09-19")


def test_public_act_moves_the_story(nlp: Language) -> None:
    text = (
        "On 19 September 2020, protesters gathered at the campus. "
        "On 15 October the government declared a state of emergency. "
        "Before dawn, police cleared the camp and arrested three leaders."
    )
    assert date_pair(nlp, text, "arrested", "2021-09-10") == ("2020-10-15", "2020-10-15")


def test_statement_saying_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "Police fired on protesters on 15 November 2019. "
        "On 6 December 2019, the commissioner released a statement saying she was alarmed. "
        "Many were arrested in the capital."
    )
    assert date_pair(nlp, text, "arrested", "2019-12-20") != ("2019-12-06", "2019-12-06")


def test_following_week_stops_at_publication(nlp: Language) -> None:
    text = (
        "Protests began in the south on Thursday 15 July. "
        "Crowds blocked roads in six towns during the following week."
    )
    assert date_pair(nlp, text, "blocked", "2021-07-24") == ("2021-07-19", "2021-07-24")


def test_passive_report_of_the_event_moves_the_story(nlp: Language) -> None:
    text = (
        "Protests began in the south on 15 July 2021. "
        "Police fired on a crowd in the port on 20 July. "
        "Last night (23 July) solidarity gatherings were reported in the capital. "
        "In the capital, a crowd gathered at a metro station."
    )
    assert date_pair(nlp, text, "gathered", "2021-07-24") == ("2021-07-23", "2021-07-23")


_EPISODE = (
    "Protests over water cuts began in the province on Thursday 15 July and have "
    "continued every night since. "
    "They spread during the following week to four more towns. "
)


def test_writers_perfect_after_a_stretch_runs_from_the_start(nlp: Language) -> None:
    text = _EPISODE + "Security forces have used tear gas against crowds in several towns."
    assert date_pair(nlp, text, "used", "2021-07-24") == ("2021-07-15", "2021-07-24")


def test_writers_perfect_after_a_single_day_runs_from_that_day(nlp: Language) -> None:
    text = (
        "A student died in custody on 16 September. "
        "Protests broke out in her home town on 18 September. "
        "Security forces have used tear gas against crowds in several towns."
    )
    assert date_pair(nlp, text, "used", "2022-09-22") == ("2022-09-18", "2022-09-22")


def test_that_weekday_is_a_day_already_told(nlp: Language) -> None:
    text = (
        "On Saturday, 11 March 2023, students held a vigil at the university. "
        "On the Sunday, crowds marched to the square. "
        "A diplomat who had gone to the vigil was detained that Saturday night."
    )
    assert date_pair(nlp, text, "detained", _PUB) == ("2023-03-11", "2023-03-11")


def test_explicit_day_restates_weeks_ago(nlp: Language) -> None:
    text = (
        "I rise tonight with a heavy heart. "
        "Three weeks ago, on the morning of 8 March, an airliner left the capital. "
        "All 90 people on board were killed."
    )
    assert date_pair(nlp, text, "killed", "2023-03-28") == ("2023-03-08", "2023-03-08")
