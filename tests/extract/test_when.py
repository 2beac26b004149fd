"""Dates of event mentions: absolute, relative to publication, and the narrative's time."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import date_value, expression_values_at, pair

from unrest.extract._dates import Anchor, find_expressions, interval_of

# ---------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    ("text", "trigger", "expected", "precision"),
    [
        (
            "On March 3, 2021, police arrested twelve students in Shiraz.",
            "arrested",
            ("2021-03-03", "2021-03-03"),
            "day",
        ),
        (
            "Police arrested twelve students in Shiraz on 3 March 2021.",
            "arrested",
            ("2021-03-03", "2021-03-03"),
            "day",
        ),
        (
            "Truck drivers went on strike in October 2018 over fuel prices.",
            "strike",
            ("2018-10", "2018-10"),
            "month",
        ),
        ("Thousands of prisoners were executed in 1988.", "executed", ("1988", "1988"), "year"),
        ("The 2009 protests shook the capital for weeks.", "protests", ("2009", "2009"), "year"),
        (
            "Workers held rallies in dozens of towns during the 2017-2018 unrest.",
            "rallies",
            ("2017", "2018"),
            "year",
        ),
        (
            "Crowds marched through Mashhad in December 2017-January 2018.",
            "marched",
            ("2017-12", "2018-01"),
            "month",
        ),
        ("Activists staged sit-ins from 2013 to 2016.", "sit", ("2013", "2016"), "year"),
        (
            "Guards killed hundreds of inmates in the summer and autumn of 1981.",
            "killed",
            ("1981-07", "1981-12"),
            "month",
        ),
    ],
)
def test_absolute_dates(
    nlp: Language, text: str, trigger: str, expected: tuple[str, str], precision: str
) -> None:
    value = date_value(nlp, text, trigger, "2022-10-01")
    assert pair(value) == expected
    assert value is not None and value.precision == precision


def test_counts_are_not_years(nlp: Language) -> None:
    text = "Security forces killed over 1500 protesters and detained 2000 people."
    assert date_value(nlp, text, "killed", None) is None
    assert [e.text for e in find_expressions("they arrested 1,988 people")] == []


def test_dates_after_publication_are_ignored(nlp: Language) -> None:
    text = (
        "Thursday, March 9, 2023\n"
        "Riot police beat and detained dozens of retirees outside parliament."
    )
    assert date_value(nlp, text, "detained", "2021-05-14") is None


# ---------------------------------------------------------------- relative dates


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        (
            "Police shot protesters in Shiraz last November.",
            "shot",
            "2020-06-05",
            ("2019-11", "2019-11"),
        ),
        (
            "Police shot protesters in Shiraz last November.",
            "shot",
            "2020-11-20",
            ("2019-11", "2019-11"),
        ),
        (
            "Authorities cut the internet earlier this month.",
            "cut",
            "2020-06-05",
            ("2020-06", "2020-06"),
        ),
        ("Teachers have held strikes this year.", "strikes", "2021-09", ("2021", "2021")),
        ("Bus drivers went on strike last year.", "strike", "2021-09", ("2020", "2020")),
        (
            "Students rallied in Tabriz yesterday.",
            "rallied",
            "2019-11-18",
            ("2019-11-17", "2019-11-17"),
        ),
        (
            "Students rallied in Tabriz just last Sunday.",
            "rallied",
            "2020-05-20",
            ("2020-05-17", "2020-05-17"),
        ),
        (
            "Farmers protested in Isfahan last week.",
            "protested",
            "2021-11-24",
            ("2021-11-15", "2021-11-21"),
        ),
        (
            "In recent days, nurses have protested in several cities.",
            "protested",
            "2021-09",
            ("2021-09", "2021-09"),
        ),
        ("Prisoners were executed in recent weeks.", "executed", "2020-05", ("2020-04", "2020-05")),
        (
            "Crowds gathered in mid-November in Sanandaj.",
            "gathered",
            "2019-12",
            ("2019-11", "2019-11"),
        ),
        (
            "Youths torched billboards at the end of July.",
            "torched",
            "2020-08",
            ("2020-07", "2020-07"),
        ),
        (
            "In the last days of December 2017, crowds gathered in Mashhad.",
            "gathered",
            "2020-05",
            ("2017-12", "2017-12"),
        ),
        (
            "Since November, courts have sentenced dozens of detainees.",
            "sentenced",
            "2020-05",
            ("2019-11", "2020-05"),
        ),
        (
            "Since the 2017-2018 unrest, activists have torched many posters.",
            "torched",
            "2019-12",
            ("2018", "2019-12"),
        ),
    ],
)
def test_relative_dates(
    nlp: Language, text: str, trigger: str, published: str, expected: tuple[str, str]
) -> None:
    assert pair(date_value(nlp, text, trigger, published)) == expected


def test_relative_dates_need_a_publication_date(nlp: Language) -> None:
    assert date_value(nlp, "Police shot protesters last November.", "shot", None) is None


def test_range_through_a_later_month(nlp: Language) -> None:
    text = (
        "From the last week of July through the first week of August, youths burned "
        "portraits of officials."
    )
    assert pair(date_value(nlp, text, "burned", "2020-08")) == ("2020-07", "2020-08")


# ---------------------------------------------------------------- narrative time


def test_sentences_inherit_the_narrative_date(nlp: Language) -> None:
    text = (
        "Earlier in January, crowds returned to the streets of Tehran. "
        "Riot police fired tear gas at them.\n"
        "Students also marched in Karaj."
    )
    assert pair(date_value(nlp, text, "fired", "2020-06-05")) == ("2020-01", "2020-01")
    assert pair(date_value(nlp, text, "marched", "2020-06-05")) == ("2020-01", "2020-01")


def test_this_month_follows_the_narrative(nlp: Language) -> None:
    text = (
        "Earlier in January mass protests resumed in several provinces. "
        "Crowds tore down banners of a general who was killed earlier this month."
    )
    assert pair(date_value(nlp, text, "killed", "2020-06-05")) == ("2020-01", "2020-01")


def test_month_without_year_follows_a_recent_narrative_year(nlp: Language) -> None:
    text = (
        "Unrest declined during 2020. "
        "In January, students protested against the downing of an airliner."
    )
    assert pair(date_value(nlp, text, "protested", "2021-09")) == ("2020-01", "2020-01")


def test_that_year_points_back_to_the_last_year_named(nlp: Language) -> None:
    text = (
        "He is known as the judge of 1988. "
        "He took part in a massacre of prisoners in the summer of that year."
    )
    assert pair(date_value(nlp, text, "massacre", "2021-09")) == ("1988-07", "1988-09")


def test_a_date_in_a_comparison_is_not_the_event_date(nlp: Language) -> None:
    text = (
        "In January, crowds filled the squares of Tehran. "
        "Women played a leading role in these protests as they did in November."
    )
    assert pair(date_value(nlp, text, "protests", "2020-06-05")) == ("2020-01", "2020-01")


def test_the_date_of_a_statement_does_not_date_the_reported_event(nlp: Language) -> None:
    text = (
        "Riot police opened fire on crowds in November. "
        "On December 4, 2019, the envoy said the authorities \u201chad killed hundreds "
        "of protesters\u201d in those days."
    )
    value = date_value(nlp, text, "killed", "2019-12-10")
    assert pair(value) == ("2019-11", "2019-11")


def test_nearest_date_in_the_sentence_wins(nlp: Language) -> None:
    text = "While the authorities cut the internet in November, they could not do so in January."
    assert pair(date_value(nlp, text, "cut", "2020-06-05")) == ("2019-11", "2019-11")


def test_coarse_name_of_an_event_takes_the_finer_date_given_earlier(nlp: Language) -> None:
    text = (
        "The leader spoke after the December 2017-January 2018 uprising. "
        "The 2017-2018 uprising tested the network of activists."
    )
    assert pair(date_value(nlp, text, "uprising", "2019-12", 1)) == ("2017-12", "2018-01")


def test_nothing_gives_a_time(nlp: Language) -> None:
    assert date_value(nlp, "Police arrested several lawyers.", "arrested", "2020-05") is None


# ---------------------------------------------------------------- the expression finder


def test_expression_finder_spans_and_values() -> None:
    text = "Protests began on Sunday, May 17, 2020, and spread in March to the south."
    found = find_expressions(text)
    assert [e.text for e in found] == ["Sunday, May 17, 2020", "March"]
    anchor = Anchor(interval_of("2020-06-05"))
    resolved = [e.resolve(anchor) for e in found]
    assert [r.value().start for r in resolved if r] == ["2020-05-17", "2020-03"]


def test_may_as_a_verb_is_not_a_month() -> None:
    assert find_expressions("Officials may ban the rally, and crowds march on.") == []


def test_friday_prayers_are_not_a_date() -> None:
    assert find_expressions("The cleric spoke during Friday prayers.") == []


# ---------------------------------------------------------------- days, weekdays, clauses


@pytest.mark.parametrize(
    ("text", "trigger", "published", "expected"),
    [
        (
            "The strikes began on 12 October after wages went unpaid.",
            "strikes",
            "2021-11-02",
            ("2021-10-12", "2021-10-12"),
        ),
        (
            "Guards beat inmates between 4 and 6 May, a lawyer said.",
            "beat",
            "2021-06-01",
            ("2021-05-04", "2021-05-06"),
        ),
        (
            "On 30 and 31 August, crowds burned tyres in Ahvaz.",
            "burned",
            "2021-09-10",
            ("2021-08-30", "2021-08-31"),
        ),
        (
            "HAMEDAN, Oct 9 (Wire) - Police detained a union leader.",
            "detained",
            "2021-10-09",
            ("2021-10-09", "2021-10-09"),
        ),
        (
            "Nurses have rallied outside the ministry since Monday.",
            "rallied",
            "2021-10-14",
            ("2021-10-11", "2021-10-14"),
        ),
        (
            "Bakers went on strike on Saturday, and by Monday shops in five towns had shut.",
            "strike",
            "2021-10-12",
            ("2021-10-09", "2021-10-11"),
        ),
        (
            "Riot police clubbed mourners at the weekend.",
            "clubbed",
            "2021-10-13",
            ("2021-10-09", "2021-10-10"),
        ),
        (
            "Youths torched a bank in Karaj overnight.",
            "torched",
            "2021-10-13",
            ("2021-10-12", "2021-10-13"),
        ),
        (
            "Dozens have been detained since protests began on 3 October.",
            "detained",
            "2021-10-20",
            ("2021-10-03", "2021-10-20"),
        ),
    ],
)
def test_days_weekdays_and_spans(
    nlp: Language, text: str, trigger: str, published: str, expected: tuple[str, str]
) -> None:
    assert pair(date_value(nlp, text, trigger, published)) == expected


def test_a_bare_weekday_needs_a_preposition_and_prayers_are_no_date() -> None:
    assert [e.text for e in find_expressions("Unrest grew at Friday prayers.")] == []
    assert [
        e.text for e in find_expressions("Monday was quiet, but since Tuesday crowds have marched.")
    ] == ["Tuesday"]


def test_a_day_month_without_year_follows_an_old_narrative_year(nlp: Language) -> None:
    text = "The unrest of 2009 began in June. On 20 June, militiamen shot a young woman in Tehran."
    assert pair(date_value(nlp, text, "shot", "2021-03-01")) == ("2009-06-20", "2009-06-20")


def test_a_range_keeps_the_precision_of_its_start(nlp: Language) -> None:
    text = "Rallies were held in many towns from 5 March 2019 until late April 2019."
    value = date_value(nlp, text, "Rallies", "2020-01-01")
    assert pair(value) == ("2019-03-05", "2019-04")


def test_a_finer_date_inside_the_events_phrase_wins(nlp: Language) -> None:
    text = (
        "The 2019 strikes, which took place from 2 February 2019 until mid-March 2019, "
        "closed the port."
    )
    assert pair(date_value(nlp, text, "strikes", "2020-01-01")) == ("2019-02-02", "2019-03")


def test_a_date_in_a_conjoined_clause_with_its_own_subject_is_not_shared(nlp: Language) -> None:
    text = (
        "Universities were closed in April. "
        "Teachers have been detained in many cities, and this week the minister said "
        "the arrests would go on."
    )
    assert pair(date_value(nlp, text, "detained", "2021-05-20")) == ("2021-04", "2021-05-20")


def test_a_date_in_an_as_clause_dates_the_main_clause(nlp: Language) -> None:
    text = (
        "Witnesses said guards fired live rounds as they stormed the camp on 8 May. "
        "Tents were burned."
    )
    assert pair(date_value(nlp, text, "fired", "2021-05-20")) == ("2021-05-08", "2021-05-08")
    assert pair(date_value(nlp, text, "burned", "2021-05-20")) == ("2021-05-08", "2021-05-08")


def test_a_gerund_after_before_keeps_its_date(nlp: Language) -> None:
    text = "Farmers blocked the road on Sunday, before ending the protest on Tuesday night."
    assert pair(date_value(nlp, text, "blocked", "2021-05-20")) == ("2021-05-16", "2021-05-16")


def test_a_flashback_does_not_move_the_narrative(nlp: Language) -> None:
    text = (
        "Students rallied on Saturday. Officials admitted on Saturday that guards had "
        "beaten a porter on Wednesday. Police fired tear gas at the students."
    )
    assert pair(date_value(nlp, text, "fired", "2021-05-16")) == ("2021-05-15", "2021-05-15")


def test_a_present_perfect_runs_from_the_narrative_to_publication(nlp: Language) -> None:
    text = (
        "Protests erupted on 3 May. Hundreds of people have been arrested, "
        "according to a rights group."
    )
    assert pair(date_value(nlp, text, "arrested", "2021-05-20")) == ("2021-05-03", "2021-05-20")


def test_a_present_perfect_under_a_reporting_verb_does_not(nlp: Language) -> None:
    text = "Protests erupted on 3 May. It is reported that hundreds of people have been arrested."
    assert pair(date_value(nlp, text, "arrested", "2021-05-20")) == ("2021-05-03", "2021-05-03")


def test_a_reported_event_ends_by_the_day_it_was_reported(nlp: Language) -> None:
    text = (
        "Crowds have marched in Sanandaj since Saturday. "
        "The governor said on Tuesday that two people had been killed."
    )
    assert pair(date_value(nlp, text, "killed", "2021-05-20")) == ("2021-05-15", "2021-05-18")


def test_within_days_runs_from_the_narrative_time(nlp: Language) -> None:
    text = "Protests broke out on 9 May. Within three days, rallies had spread to forty towns."
    assert pair(date_value(nlp, text, "rallies", "2021-05-20")) == ("2021-05-09", "2021-05-12")


def test_earlier_in_the_day_is_the_narrative_day_not_a_relative_clause_date(nlp: Language) -> None:
    text = (
        "Crowds marched in Minsk on Sunday. The president, who has ruled since 1994, "
        "addressed loyalists earlier in the day."
    )
    assert pair(date_value(nlp, text, "addressed", "2020-08-17")) == ("2020-08-16", "2020-08-16")


# ---------------------------------------------------------------- generalisation (dev2 classes)


def test_timeline_entries_take_their_own_stamp_as_now(nlp: Language) -> None:
    text = (
        "Live coverage of the dock strike.\n\n"
        "4 May 2021, 10:15\n"
        "A court jailed two union organisers on Tuesday, their lawyer said.\n\n"
        "2 May 2021, 18:30\n"
        "Dockers walked out in Bandar Abbas overnight, workers say."
    )
    assert pair(date_value(nlp, text, "jailed", "2021-04-30")) == ("2021-05-04", "2021-05-04")
    assert pair(date_value(nlp, text, "walked", "2021-04-30")) == ("2021-05-01", "2021-05-02")


def test_single_date_line_is_a_page_date_not_a_stamp(nlp: Language) -> None:
    text = "9 January 2024\n\nNurses rallied outside the ministry on Monday, organisers said."
    assert pair(date_value(nlp, text, "rallied", "2023-03-08")) == ("2023-03-06", "2023-03-06")


def test_main_clause_date_sets_narrative_over_nested_one(nlp: Language) -> None:
    text = (
        "Authorities on Friday executed a farmer accused of burning a bank during riots "
        "in Arak in 2015, a news agency reported. He was hanged in Arak prison."
    )
    assert pair(date_value(nlp, text, "hanged", "2022-07-09")) == ("2022-07-08", "2022-07-08")


def test_gerund_clause_date_does_not_set_narrative(nlp: Language) -> None:
    text = (
        "15 March 2019, 09:00\nOfficials have executed a miner convicted of stabbing "
        "a guard during the January riots. He was hanged before dawn.\n\n"
        "14 March 2019, 08:00\nNothing new today."
    )
    assert pair(date_value(nlp, text, "hanged", "2019-03-01")) == ("2019-03-15", "2019-03-15")


def test_bare_month_takes_year_of_last_mentioned_date(nlp: Language) -> None:
    text = (
        "The storms, which hit the coast on 2 May 2016, destroyed crops. "
        "In late May, farmers blocked a highway to demand aid."
    )
    assert pair(date_value(nlp, text, "blocked", "2020-11-01")) == ("2016-05", "2016-05")


def test_two_weekdays_joined_by_and_make_a_range(nlp: Language) -> None:
    text = "Bakers kept their shops shut on Monday and Tuesday, a union official said."
    assert pair(date_value(nlp, text, "shut", "2023-05-10")) == ("2023-05-08", "2023-05-09")


def test_since_comparison_date_does_not_set_narrative(nlp: Language) -> None:
    text = (
        "Troops fired on a march on 4 June, for the first time since the end of the war "
        "in 1995. Shops have since been looted in two towns."
    )
    assert pair(date_value(nlp, text, "looted", "2020-06-09")) == ("2020-06-04", "2020-06-09")


def test_remembered_event_date_sets_narrative(nlp: Language) -> None:
    text = (
        "The raid started at dawn on March 2, Reza remembers, when police entered the "
        'dormitory. "They were beating everyone in sight," he said.'
    )
    assert pair(date_value(nlp, text, "beating", "2021-04-20")) == ("2021-03-02", "2021-03-02")


def test_that_noun_points_back_to_its_dated_mention(nlp: Language) -> None:
    text = (
        "Rallies marked the anniversary of the May 2011 revolt. Dozens of people were "
        "shot within days of that revolt starting."
    )
    assert pair(date_value(nlp, text, "shot", "2014-05-20")) == ("2011-05", "2011-05")


def test_now_phrase_of_a_release_is_publication() -> None:
    exprs = find_expressions("Power had not been restored at the time of writing.")
    assert [e.text for e in exprs] == ["at the time of writing"]
    pub = interval_of("2021-08-02")
    assert exprs[0].resolve(Anchor(pub)) == pub


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("3 May 2021, 14:05", True),
        ("3 May 2021 | 14:05 GMT", True),
        ("May 3, 2021", True),
        ("Updated 3 May 2021", False),
        ("Police fired on 3 May 2021", False),
    ],
)
def test_is_stamp(line: str, stamp: bool) -> None:
    from unrest.extract._dates import is_stamp

    exprs = find_expressions(line)
    assert is_stamp(line, exprs[0]) is stamp


# ---------------------------------------------------------------- weeks, weekdays, page stamps


def test_a_numbered_week_of_a_month_is_seven_days() -> None:
    assert expression_values_at(
        "Clashes went on through the first week of March 2021.", "2021-06-01"
    ) == [("the first week of March 2021", "2021-03-01", "2021-03-07")]
    assert expression_values_at(
        "Bakers closed shop in the last week of February.", "2024-05-01"
    ) == [("the last week of February", "2024-02-23", "2024-02-29")]


def test_the_first_week_counts_from_the_time_referred_back_to() -> None:
    assert expression_values_at(
        "Dozens died in the first week of that uprising.", "2020-03-01", "2019-11-15"
    ) == [("the first week", "2019-11-15", "2019-11-21")]


def test_years_ago_this_week_shifts_the_publication_week() -> None:
    assert expression_values_at("Two years ago this week, miners walked out.", "2023-05-18") == [
        ("Two years ago this week", "2021-05-15", "2021-05-21")
    ]
    assert expression_values_at("Ten years ago today, the square was cleared.", "2020-02-29") == [
        ("Ten years ago today", "2010-02-28", "2010-02-28")
    ]


def test_a_weekday_before_a_weekly_event_is_a_date_when_alone() -> None:
    assert expression_values_at("Guards beat mourners after Sunday mass.", "2021-09-08") == [
        ("Sunday", "2021-09-05", "2021-09-05")
    ]
    assert [
        e.text for e in find_expressions("On 3 May, guards beat mourners after Sunday mass.")
    ] == ["3 May"]


def test_the_weekday_follows_the_narrative_day(nlp: Language) -> None:
    text = (
        "What happened on March 6, 2019? Dockers struck at the port. "
        "On the Friday, police charged the pickets."
    )
    assert pair(date_value(nlp, text, "charged", "2020-04-01")) == ("2019-03-08", "2019-03-08")


def test_a_weekday_that_names_the_old_narrative_day_is_that_day(nlp: Language) -> None:
    text = "Our story starts on March 6, 2019. She said nurses walked out on Wednesday morning."
    assert pair(date_value(nlp, text, "walked", "2020-04-01")) == ("2019-03-06", "2019-03-06")


def test_a_last_edited_line_does_not_set_the_narrative(nlp: Language) -> None:
    text = "This article was last updated on 2 June 2023. Farmers blocked the highway for hours."
    assert date_value(nlp, text, "blocked", "2023-06-02") is None


# ---------------------------------------------------------------- reports, lists, questions


def test_a_report_dated_to_the_month_after_its_content_does_not_date_it(nlp: Language) -> None:
    text = (
        "On 12 March, guards fired on a crowd at the port. "
        "They wounded forty dockers, a union said in April. "
        "The union later counted nine dead."
    )
    assert pair(date_value(nlp, text, "wounded", "2021-05-10")) == ("2021-03-12", "2021-03-12")
    assert pair(date_value(nlp, text, "dead", "2021-05-10")) == ("2021-03-12", "2021-03-12")


def test_a_list_entry_without_a_verb_sets_the_narrative(nlp: Language) -> None:
    text = (
        "Cases we documented: "
        "Three farmers, all from one village, shot dead near Ilam on 9 May. "
        "Neighbours counted a dozen wounded."
    )
    assert pair(date_value(nlp, text, "wounded", "2021-05-20")) == ("2021-05-09", "2021-05-09")


def test_a_question_about_a_dated_noun_does_not_move_the_story(nlp: Language) -> None:
    text = (
        "Students marched on campus on 4 June 2020. "
        "How did the strikes of March 2019 shape that? "
        "Police arrested ten of them."
    )
    assert pair(date_value(nlp, text, "arrested", "2021-01-01")) == ("2020-06-04", "2020-06-04")


def test_a_reported_past_perfect_covers_the_span_opened_by_since(nlp: Language) -> None:
    text = (
        "Rallies over power cuts have grown since the unrest began on 3 August. "
        "Crowds blocked a highway on Monday night. "
        "A rights group said that police had wounded dozens of marchers."
    )
    assert pair(date_value(nlp, text, "wounded", "2023-08-10")) == ("2023-08-03", "2023-08-10")


def test_a_reported_past_perfect_runs_to_the_day_of_the_report(nlp: Language) -> None:
    text = (
        "Crowds first marched on the palace on 3 May. "
        "The ministry said on Thursday that 150 people had been detained."
    )
    assert pair(date_value(nlp, text, "detained", "2024-05-10")) == ("2024-05-03", "2024-05-09")


# ---------------------------------------------------------------- durations


def test_a_duration_runs_forward_from_the_events_start(nlp: Language) -> None:
    text = "From 4 March, phone lines were cut in the valley for three days."
    assert pair(date_value(nlp, text, "cut", "2021-04-01")) == ("2021-03-04", "2021-03-06")


def test_a_past_perfect_duration_runs_back_from_the_narrative(nlp: Language) -> None:
    text = (
        "On 20 June the mayor resigned. "
        "An aide said that nurses had held sit-ins outside the clinic for two weeks."
    )
    assert pair(date_value(nlp, text, "held", "2021-07-01")) == ("2021-06-07", "2021-06-20")


def test_a_window_is_not_a_duration(nlp: Language) -> None:
    text = "Over the past two weeks, crowds have blocked roads in four towns."
    assert pair(date_value(nlp, text, "blocked", "2021-07-15")) == ("2021-07-01", "2021-07-15")


def test_since_a_dated_noun_began_runs_from_its_date_to_publication(nlp: Language) -> None:
    text = (
        "We are alarmed by the strikes that broke out in the mines on 2 March. "
        "Guards beat miners on 5 March. "
        "Over 300 miners are said to have been detained since the strikes began."
    )
    assert pair(date_value(nlp, text, "detained", "2021-03-20")) == ("2021-03-02", "2021-03-20")


def test_a_first_report_dated_to_the_day_gives_its_month(nlp: Language) -> None:
    text = "Soldiers shot nine men and seized 400 others, the army said on Tuesday."
    assert pair(date_value(nlp, text, "seized", "2022-03-18")) == ("2022-03", "2022-03")
