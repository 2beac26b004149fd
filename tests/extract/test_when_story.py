"""Dates of event mentions: the story's time against asides, spans and dated entries."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, expression_values_at


def test_since_a_day_without_year_counts_back_from_now_not_from_an_old_aside(
    nlp: Language,
) -> None:
    text = (
        "Dockers walked out on Monday. Port strikes matter; dockers helped topple a "
        "government in 1968. Since 3 September, messaging apps have been blocked in the port."
    )
    assert date_pair(nlp, text, "blocked", "2021-10-20") == ("2021-09-03", "2021-10-20")


def test_coarse_past_perfect_aside_keeps_the_year_of_the_story(nlp: Language) -> None:
    text = (
        "Farmers marched on 4 August 2020 in the delta. "
        "Villagers had already held smaller sit-ins over land in 2016. "
        "On 6 August, police arrested twelve farmers."
    )
    assert date_pair(nlp, text, "arrested", "2021-05-01") == ("2020-08-06", "2020-08-06")


def test_fronted_past_perfect_year_still_frames_what_follows(nlp: Language) -> None:
    text = (
        "Farmers marched on 4 August 2020 in the delta. "
        "Back in 2016, villagers had held sit-ins over land. "
        "Police arrested twelve farmers."
    )
    assert date_pair(nlp, text, "arrested", "2021-05-01") == ("2016", "2016")


def test_old_since_span_does_not_date_a_reported_flashback(nlp: Language) -> None:
    text = (
        "Bread prices have tripled since 2016. "
        "Riots broke out in the capital on 3 March 2019. "
        "The interior minister said on 9 March 2019 that 400 people had been detained."
    )
    value = date_pair(nlp, text, "detained", "2021-01-10")
    assert value is not None and value[0].startswith("2019-03")


def test_last_weekday_counts_from_publication_even_after_an_old_same_weekday(
    nlp: Language,
) -> None:
    text = (
        "On 7 October, a Friday, crowds filled the main square. "
        "Last Friday, worshippers marched again after prayers."
    )
    assert date_pair(nlp, text, "marched", "2022-11-23") == ("2022-11-18", "2022-11-18")


def test_since_span_in_a_dated_report_ends_at_the_report(nlp: Language) -> None:
    text = (
        "The monitor said on Tuesday that 60 people had been killed since the riots began on 3 May."
    )
    assert date_pair(nlp, text, "killed", "2021-05-14") == ("2021-05-03", "2021-05-11")


def test_ordinal_day_of_an_ongoing_event_runs_back_from_now() -> None:
    found = expression_values_at(
        "Dockers said the walkout entered its fifth day on the coast.", "2021-06-10"
    )
    assert found == [("its fifth day", "2021-06-06", "2021-06-10")]
    found = expression_values_at("The sit-ins are now in their third week.", "2021-06-10")
    assert found == [("their third week", "2021-05-27", "2021-06-10")]


def test_ordinal_needs_a_verb_of_entering_or_in() -> None:
    assert expression_values_at("He won a third term.", "2021-06-10") == []


def test_by_date_of_a_counting_verb_spans_from_the_story_time(nlp: Language) -> None:
    text = (
        "Unrest spread across the south in late March 2021. "
        "By early June, a monitoring group had recorded 90 people killed."
    )
    assert date_pair(nlp, text, "killed", "2021-06-12") == ("2021-03", "2021-06")


def test_by_date_does_not_stretch_a_relative_clause_event(nlp: Language) -> None:
    text = (
        "Marches began on 2 March 2021. By 5 March, marches had reached the capital, "
        "where nurses gathered outside the ministry."
    )
    assert date_pair(nlp, text, "gathered", "2021-06-12") == ("2021-03-05", "2021-03-05")


def test_report_day_inside_a_long_span_dates_a_simple_past_event(nlp: Language) -> None:
    text = (
        "Since 2 May, news sites have been blocked in the province. "
        "On Thursday, the monitor said mobile data was cut in the capital for six hours."
    )
    assert date_pair(nlp, text, "cut", "2021-05-26") == ("2021-05-20", "2021-05-20")


def test_dated_entry_dates_each_clause_of_its_line(nlp: Language) -> None:
    text = (
        "3 March – Dockers walked out in the port.\n\n"
        "6 March – Hundreds of nurses rallied in the capital, and police scattered them "
        "with batons; several nurses were detained, according to colleagues.\n"
    )
    assert date_pair(nlp, text, "detained", "2021-09-01") == ("2021-03-06", "2021-03-06")


def test_weekday_before_last() -> None:
    found = expression_values_at("Two men were hanged on the Saturday before last.", "2023-01-16")
    assert found == [("the Saturday before last", "2023-01-07", "2023-01-07")]


def test_days_later_counts_from_a_day_earlier_in_its_sentence(nlp: Language) -> None:
    text = (
        "Rallies began on 2 April. The army, which had sealed the port on 5 April, "
        "stormed the docks three days later."
    )
    assert date_pair(nlp, text, "stormed", "2021-05-01") == ("2021-04-08", "2021-04-08")


def test_since_the_start_of_a_dated_event(nlp: Language) -> None:
    text = (
        "A council met over the strikes that began on 4 May 2021. "
        "Its chair said that 80 workers had been detained since the start of the strikes."
    )
    assert date_pair(nlp, text, "detained", "2021-07-20") == ("2021-05-04", "2021-07-20")


def test_bare_weekdays_after_between_and_of() -> None:
    found = expression_values_at("Six were shot between Saturday and Monday.", "2022-11-23")
    assert found == [("Saturday and Monday", "2022-11-19", "2022-11-21")]
    found = expression_values_at("The network was down for most of Sunday.", "2022-11-23")
    assert found == [("Sunday", "2022-11-20", "2022-11-20")]
