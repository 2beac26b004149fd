"""The "now" of reported speech, printed weekdays, report years, "N years after"
headlines and days the story has already dated, on texts written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_overnight_counts_back_from_the_dated_report(nlp: Language) -> None:
    text = (
        "The strikes of 2016 began in the port on 30 December 2016. "
        "Local radio reported on 2 January that four people had been killed overnight."
    )
    assert date_pair(nlp, text, "killed", "2023-05-01") == ("2017-01-01", "2017-01-02")


def test_overnight_without_a_dated_report_counts_from_publication(nlp: Language) -> None:
    text = "Four people were killed overnight in the port, residents said."
    assert date_pair(nlp, text, "killed", "2023-05-01") == ("2023-04-30", "2023-05-01")


def test_printed_weekday_picks_the_year(nlp: Language) -> None:
    # 14 March fell on a Thursday in 2019; the nearest 14 March before publication
    # (2022) was a Monday.
    text = "The long read. On Thursday, 14 March, police fired on the crowd in the square."
    assert date_pair(nlp, text, "fired", "2022-06-01") == ("2019-03-14", "2019-03-14")


def test_matching_weekday_keeps_the_year(nlp: Language) -> None:
    text = "On Monday, 14 March, police fired on the crowd in the square."
    assert date_pair(nlp, text, "fired", "2022-06-01") == ("2022-03-14", "2022-03-14")


def test_year_of_a_report_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "Protests filled the valley from 3 to 6 May 2017. "
        '"They fired at us," a farmer told the paper in 2019. '
        "On 5 May, soldiers shot two men near the mill."
    )
    assert date_pair(nlp, text, "shot", "2023-01-10") == ("2017-05-05", "2017-05-05")


def test_years_after_headline_sets_the_story_year(nlp: Language) -> None:
    text = (
        "Ten years after the uprising: what the valley remembers\n\n"
        "On 12 April, soldiers opened fire on marchers near the mill."
    )
    assert date_pair(nlp, text, "fire", "2023-09-01") == ("2013-04-12", "2013-04-12")


def test_day_inside_an_earlier_dated_span_takes_its_year(nlp: Language) -> None:
    text = (
        "Strikes shut the mines from 10 to 14 June 2018. "
        "The court jailed four organisers that October. "
        "The next summer a court upheld the sentences. "
        "Among the dead was a driver shot near the gate on 12 June."
    )
    assert date_pair(nlp, text, "shot", "2022-02-01") == ("2018-06-12", "2018-06-12")


def test_day_in_a_month_already_dated_keeps_its_year(nlp: Language) -> None:
    text = (
        "Strikes shut the mines from 10 to 14 June 2018. "
        "In June 2019, miners marched again. "
        "A driver was shot near the gate on 12 June."
    )
    assert date_pair(nlp, text, "shot", "2022-02-01") == ("2019-06-12", "2019-06-12")


def test_day_of_a_month_the_story_dated_after_a_coarse_flash_forward(nlp: Language) -> None:
    text = (
        "Miners marched in the town on 8 May 2016. "
        "On 20 May, police beat the marchers. "
        "In 2019 a court jailed two officers. "
        "On 14 May, dock workers joined a strike called by the unions."
    )
    assert date_pair(nlp, text, "strike", "2023-01-10") == ("2016-05-14", "2016-05-14")


def test_year_with_its_own_dated_month_keeps_a_bare_day(nlp: Language) -> None:
    text = (
        "Miners marched in the town on 8 May 2016. "
        "In early August 2019 the union called new protests. "
        "On 14 September, police arrested its leader."
    )
    assert date_pair(nlp, text, "arrested", "2023-01-10") == ("2019-09-14", "2019-09-14")
