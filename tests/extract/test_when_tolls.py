"""Dates of cumulative counts: a running total spans the story from its start up to the
time it was given; a count of one day's events keeps its day."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_OPENING = (
    "Dock workers in the port city began a sit-in on 20 August over unpaid wages. "
    "Marches spread to four provinces on 2 September. "
    "On 14 September, riot police charged marchers in the capital. "
)


def test_count_since_the_protests_began_runs_from_the_story_start_to_the_report(
    nlp: Language,
) -> None:
    text = _OPENING + (
        "A monitoring group said on Thursday that at least 60 marchers had been "
        "killed since the protests began."
    )
    assert date_pair(nlp, text, "killed", "2021-09-17") == ("2021-08-20", "2021-09-16")


def test_count_during_the_unrest_runs_from_the_story_start(nlp: Language) -> None:
    text = _OPENING + (
        "Officials say 35 people, among them two soldiers, lost their lives during the unrest."
    )
    start, _ = date_pair(nlp, text, "lost", "2021-09-17") or ("", "")
    assert start == "2021-08-20"


def test_the_number_of_arrests_is_a_running_total(nlp: Language) -> None:
    text = _OPENING + "Lawyers put the number of arrests at close to 4,000."
    start, _ = date_pair(nlp, text, "arrests", "2021-09-17") or ("", "")
    assert start == "2021-08-20"


def test_present_perfect_count_is_a_total_up_to_now(nlp: Language) -> None:
    text = _OPENING + "More than 900 people have been detained, according to a union."
    assert date_pair(nlp, text, "detained", "2021-09-17") == ("2021-08-20", "2021-09-17")


def test_a_count_of_one_day_keeps_its_day(nlp: Language) -> None:
    text = _OPENING + "On Friday police arrested 40 marchers during the protests."
    assert date_pair(nlp, text, "arrested", "2021-09-18") == ("2021-09-17", "2021-09-17")


def test_a_toll_of_one_incident_is_not_a_running_total(nlp: Language) -> None:
    text = _OPENING + "Local reports give a toll of three for the charge."
    pair = date_pair(nlp, text, "charge", "2021-09-17")
    assert pair is None or pair[0] != "2021-08-20"


def test_count_as_of_a_day_runs_from_the_story_start(nlp: Language) -> None:
    text = _OPENING + "As of Wednesday the group had counted 75 marchers killed."
    assert date_pair(nlp, text, "killed", "2021-09-17") == ("2021-08-20", "2021-09-15")


def test_later_report_of_a_count_since_the_start_runs_up_to_the_report(
    nlp: Language,
) -> None:
    text = (
        "Students occupied the campus on 3 October 2019. "
        "Marches spread to six cities on 9 October 2019, and police fired on crowds "
        "on 12 October 2019. "
        "That March, a rights commission said that 210 people had been killed since "
        "the start of the uprising."
    )
    assert date_pair(nlp, text, "killed", "2022-01-10") == ("2019-10-03", "2020-03")


def test_sentences_in_connection_with_protests_do_not_start_with_the_story(
    nlp: Language,
) -> None:
    text = _OPENING + (
        "At least 5 marchers have been sentenced to prison in connection with the protests."
    )
    pair = date_pair(nlp, text, "sentenced", "2021-09-17")
    assert pair is None or pair[0] != "2021-08-20"
