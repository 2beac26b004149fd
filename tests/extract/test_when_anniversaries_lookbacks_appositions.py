"""Dates of event mentions: a commemorated date ("the anniversary of May 2015"), a past-
perfect "since" told from a story day, "at least" before a "since" date, a "since" inside
a clause describing a noun, a "by" date of a separate reported clause, and an explicit
date in apposition to a relative offset ("A week later, on 10 March")."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_date_under_anniversary_of_does_not_set_the_story_year(nlp: Language) -> None:
    text = (
        "It was the evening of 3 May. "
        "Dockers struck to mark the anniversary of May 2015. "
        "They blocked the harbour road."
    )
    assert date_pair(nlp, text, "blocked", "2024-01-10") == ("2023-05-03", "2023-05-03")


def test_commemorated_date_is_not_the_date_of_the_act(nlp: Language) -> None:
    text = "Dockers went on strike to mark the anniversary of May 2015, and crowds marched."
    assert date_pair(nlp, text, "marched", "2024-01-10") != ("2015-05", "2015-05")


def test_past_perfect_since_ends_at_the_story_day(nlp: Language) -> None:
    text = (
        "It was the night of 12 March. "
        "There had been rallies in the old town since 10 March. "
        "Riot police then arrested forty marchers in the square."
    )
    assert date_pair(nlp, text, "rallies", "2024-06-01") == ("2024-03-10", "2024-03-12")
    assert date_pair(nlp, text, "arrested", "2024-06-01") == ("2024-03-12", "2024-03-12")


def test_reported_past_perfect_since_still_runs_to_the_report(nlp: Language) -> None:
    text = (
        "Miners marched through the capital on 2 April. "
        "A union spokesman said on 9 April that pay had been withheld since 1 April."
    )
    assert date_pair(nlp, text, "withheld", "2024-04-10") == ("2024-04-01", "2024-04-09")


def test_at_least_before_since_is_a_count_not_a_comparison(nlp: Language) -> None:
    text = "A monitoring group has recorded the deaths of at least 40 marchers since 2 February."
    assert date_pair(nlp, text, "deaths", "2024-03-01") == ("2024-02-02", "2024-03-01")


def test_largest_since_is_still_a_comparison(nlp: Language) -> None:
    text = "On 5 March, the largest crowd since 2 February marched to the ministry."
    assert date_pair(nlp, text, "marched", "2024-03-06") == ("2024-03-05", "2024-03-05")


def test_since_describing_a_place_does_not_frame_later_deaths(nlp: Language) -> None:
    text = (
        "On Monday, June 3, soldiers stormed the square where students had camped since "
        "early April. They fired on the crowd. "
        "Doctors said on Sunday that 60 people had been killed since the raid."
    )
    assert date_pair(nlp, text, "killed", "2019-06-10") == ("2019-06-03", "2019-06-09")


def test_by_date_of_a_separate_reported_clause_does_not_close_the_span(
    nlp: Language,
) -> None:
    text = (
        "A rights group said police had arrested 12 students on 4 May, and that the "
        "number held had risen to 30 by 7 May."
    )
    assert date_pair(nlp, text, "arrested", "2024-05-10") == ("2024-05-04", "2024-05-04")


def test_by_date_of_the_same_report_still_closes_the_span(nlp: Language) -> None:
    text = "Strikes began in the port on 4 May, and by 7 May they had spread to the mines."
    assert date_pair(nlp, text, "Strikes", "2024-05-10") == ("2024-05-04", "2024-05-07")


def test_explicit_date_in_apposition_restates_a_relative_offset(nlp: Language) -> None:
    text = (
        "Bakers struck in the capital on 2 March 2019. "
        "A week later, on 10 and 11 March, farmers blocked the ring road."
    )
    assert date_pair(nlp, text, "blocked", "2021-01-01") == ("2019-03-10", "2019-03-11")


def test_relative_clause_of_a_noun_under_since_keeps_the_nouns_date(nlp: Language) -> None:
    text = (
        "The port has stayed closed since the raid on the depot on 4 March, in which "
        "soldiers shot two dockers."
    )
    assert date_pair(nlp, text, "shot", "2024-04-01") == ("2024-03-04", "2024-03-04")
