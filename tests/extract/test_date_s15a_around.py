"""Events dated by a stretch or gap before or after a dated moment ("in the days before
Friday's march", "in the weeks after a May 2021 strike", "three weeks after the rally in
June"), and calendar dates later than a record's time stamp."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_PUB = "2021-07-01"


def test_days_before_a_weekday_rally(nlp: Language) -> None:
    text = (
        "Tens of thousands marched through the port city on Friday. "
        "In the days before Friday's march, police detained several union organisers."
    )
    # Friday is 25 June 2021: from some days before it (to the month) to the day before.
    assert date_pair(nlp, text, "detained", _PUB) == ("2021-06", "2021-06-24")


def test_days_before_a_bare_weekday(nlp: Language) -> None:
    text = "Two student leaders were seized by plainclothes agents in the days before Tuesday."
    assert date_pair(nlp, text, "seized", _PUB) == ("2021-06", "2021-06-28")


def test_time_phrase_on_a_participle_of_the_agent(nlp: Language) -> None:
    text = (
        "Lawyers said that two bloggers were seized by men thought to be police officers "
        "in the days before Tuesday."
    )
    assert date_pair(nlp, text, "seized", _PUB) == ("2021-06", "2021-06-28")


def test_weeks_after_a_month_runs_into_the_next_month(nlp: Language) -> None:
    text = "Her brother was detained in the weeks after a May 2021 strike at the refinery."
    assert date_pair(nlp, text, "detained", _PUB) == ("2021-05", "2021-06")


def test_days_after_a_day_keeps_its_month(nlp: Language) -> None:
    text = "Dozens of miners were detained in the days after the strike of 3 May 2021."
    assert date_pair(nlp, text, "detained", _PUB) == ("2021-05-03", "2021-05")


def test_days_after_stop_at_the_time_of_writing(nlp: Language) -> None:
    text = "Dozens of miners were detained in the days after the strike of 28 June 2021."
    assert date_pair(nlp, text, "detained", _PUB) == ("2021-06-28", "2021-07-01")


def test_measured_gap_after_a_month(nlp: Language) -> None:
    text = "My uncle was detained at his shop three weeks after the sit-in in May."
    assert date_pair(nlp, text, "detained", _PUB) == ("2021-05", "2021-06")


def test_measured_gap_after_a_day(nlp: Language) -> None:
    text = "Police detained the organiser two days after the rally on 4 June."
    assert date_pair(nlp, text, "detained", _PUB) == ("2021-06-06", "2021-06-06")


def test_a_duration_after_a_moment_is_no_gap(nlp: Language) -> None:
    text = (
        "The vote was held on 9 May 2021. Mobile data was cut for about three days after the vote."
    )
    assert date_pair(nlp, text, "cut", _PUB) == ("2021-05-09", "2021-05-12")


_RECORD = (
    "CASE 12\n"
    "14 May 2020\n"
    "Place: Arak\n"
    "Notes: Detained at a bus station in Arak. "
    "In March 2021 a court in Arak sentenced him to three years in prison.\n"
    "CASE 13\n"
    "15 May 2020\n"
    "Notes: Shot by riot police near the bazaar.\n"
)


def test_calendar_date_later_than_the_record_stamp(nlp: Language) -> None:
    assert date_pair(nlp, _RECORD, "sentenced", _PUB) == ("2021-03", "2021-03")


def test_record_stamp_still_dates_its_entry(nlp: Language) -> None:
    assert date_pair(nlp, _RECORD, "Detained", _PUB) == ("2020-05-14", "2020-05-14")


def test_weekend_named_by_its_days(nlp: Language) -> None:
    text = (
        "Protests began on 15 June. "
        "Clinics treated dozens of people for pellet wounds over the weekend of 19 and 20 June."
    )
    assert date_pair(nlp, text, "treated", _PUB) == ("2021-06-19", "2021-06-20")
