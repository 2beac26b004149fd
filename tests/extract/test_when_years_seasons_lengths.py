"""Years of days and seasons named without one, heading lines, and lengths events carry
("a three-day strike", "for about three days after"), on texts written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, expression_values_at


def test_day_after_publication_day_is_last_year(nlp: Language) -> None:
    text = "Families gathered in the square. Riots broke out on 20 March in the port city."
    assert date_pair(nlp, text, "Riots", "2021-03-18") == ("2020-03-20", "2020-03-20")


def test_day_before_publication_day_stays_this_year(nlp: Language) -> None:
    text = "Riots broke out on 12 March in the port city."
    assert date_pair(nlp, text, "Riots", "2021-03-18") == ("2021-03-12", "2021-03-12")


def test_year_of_named_events_sets_later_days(nlp: Language) -> None:
    text = (
        "The 2016 protests in the valley began over water. "
        "Marches spread to ten towns by 3 August. "
        "On 9 October, guards shot a farmer in the market."
    )
    assert date_pair(nlp, text, "shot", "2020-02-01") == ("2016-10-09", "2016-10-09")


def test_year_heading_line_sets_following_entries(nlp: Language) -> None:
    text = "Chronology\n2016\n4 October: Farmers march in the capital.\n"
    assert date_pair(nlp, text, "march", "2019-01-05") == ("2016-10-04", "2016-10-04")


def test_day_line_heads_the_entry_below(nlp: Language) -> None:
    text = "2016\n4 October:\nFarmers march in the capital.\n"
    assert date_pair(nlp, text, "march", "2019-01-05") == ("2016-10-04", "2016-10-04")


def test_that_season_is_the_one_nearest_the_last_date(nlp: Language) -> None:
    text = "The union was banned in May 2016. That autumn, police detained its leaders."
    assert date_pair(nlp, text, "detained", "2019-06-01") == ("2016-10", "2016-12")


def test_following_season_is_the_next_one(nlp: Language) -> None:
    text = "The union was banned in 2016. The following spring, a court sentenced its leaders."
    assert date_pair(nlp, text, "sentenced", "2019-06-01") == ("2017-04", "2017-06")


def test_two_seasons_closed_by_a_year_stay_one_expression() -> None:
    found = expression_values_at("Guards fired in the winter and spring of 1994.", "2000-01-01")
    assert found == [("winter and spring of 1994", "1994-01", "1994-06")]


def test_bare_season_after_preposition() -> None:
    found = expression_values_at("Rallies were held in the summer.", "2000-11-01", "2000-03")
    assert found == [("the summer", "2000-07", "2000-09")]


def test_three_day_strike_ending_on_a_day(nlp: Language) -> None:
    text = "A three-day strike by bakers ended on 9 June 2021."
    assert date_pair(nlp, text, "strike", "2021-07-01") == ("2021-06-07", "2021-06-09")


def test_three_day_strike_beginning_on_a_day(nlp: Language) -> None:
    text = "A three-day strike by bakers began on 9 June 2021."
    assert date_pair(nlp, text, "strike", "2021-07-01") == ("2021-06-09", "2021-06-11")


def test_days_of_protests_that_began(nlp: Language) -> None:
    text = "The four days of protests that began on 2 May 2021 left the town shaken."
    assert date_pair(nlp, text, "protests", "2021-07-01") == ("2021-05-02", "2021-05-05")


def test_week_long_strike_from_a_day(nlp: Language) -> None:
    text = "Dockers went on a week-long strike from 2 May 2021."
    assert date_pair(nlp, text, "strike", "2021-07-01") == ("2021-05-02", "2021-05-08")


def test_plural_length_without_count_does_not_stretch(nlp: Language) -> None:
    text = "The weeks-long protests reached the harbour on 2 May 2021."
    assert date_pair(nlp, text, "protests", "2021-07-01") == ("2021-05-02", "2021-05-02")


def test_for_about_days_after_a_dated_moment(nlp: Language) -> None:
    text = "Phone lines were cut for about two days after the count on 6 April 2021."
    assert date_pair(nlp, text, "cut", "2021-07-01") == ("2021-04-06", "2021-04-08")


def test_contrastive_while_clause_keeps_its_year(nlp: Language) -> None:
    text = (
        "While the 2011 revolt had ended in a few arrests, its sequel in March 2014 led "
        "soldiers to fire on crowds, killing forty people."
    )
    assert date_pair(nlp, text, "killing", "2015-01-01") == ("2014-03", "2014-03")
