"""Day headers of live notes with the weekday outside the date ("FRIDAY 3 MARCH 2023"),
coarse dates inside the subject of a past-perfect aside, "N years ago this morning", and
an episode named by the day it began a few days before the time of writing."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._dates import find_expressions, is_stamp

_NOTES = (
    "LIVE: Strikes at the Arak steel works\n\n"
    "THURSDAY 2 MARCH 2023\n\n"
    "09:15 - Workers at the Arak rolling mill say their wages are four months late.\n\n"
    "FRIDAY 3 MARCH 2023\n\n"
    "08:40 - Management has called the union to a meeting.\n\n"
    "15:10 - Hundreds of workers marched to the governor's office this afternoon.\n\n"
    "SATURDAY 4 MARCH 2023\n\n"
    "10:00 - The union says talks will resume on Sunday.\n"
)


def test_capital_day_header_with_weekday_is_a_stamp() -> None:
    for line in ("FRIDAY 3 MARCH 2023", "Friday, 3 March 2023", "12:00 | Friday 3 March 2023"):
        exprs = find_expressions(line)
        assert len(exprs) == 1
        assert is_stamp(line, exprs[0])
    exprs = find_expressions("Marchers gathered 3 March 2023")
    assert not is_stamp("Marchers gathered 3 March 2023", exprs[0])


def test_today_words_of_an_entry_take_its_day_header(nlp: Language) -> None:
    assert date_pair(nlp, _NOTES, "marched", "2023-03-04") == ("2023-03-03", "2023-03-03")


_ASIDE = (
    "Protests against the price rise began in Shiraz on 15 November 2019. "
    "Earlier strikes in March 2018 had been organised by bus drivers. "
    "In late November police fired tear gas at marchers in Shiraz."
)


def test_coarse_date_in_the_subject_of_an_aside_leaves_the_story_year(nlp: Language) -> None:
    assert date_pair(nlp, _ASIDE, "fired", "2024-02-01") == ("2019-11", "2019-11")


def test_years_ago_this_morning_is_that_day() -> None:
    from unrest.extract._dates import Anchor, interval_of

    anchor = Anchor(interval_of("2024-06-12"))
    for text, want in (
        ("Four years ago this morning, troops fired on the crowd.", "2020-06-12"),
        ("Two years ago tonight, the dormitory was raided.", "2022-06-12"),
        ("Ten years ago this evening, the strike began.", "2014-06-12"),
    ):
        exprs = find_expressions(text)
        assert len(exprs) == 1, text
        iv = exprs[0].resolve(anchor)
        assert iv is not None
        assert (iv.value().start, iv.value().end) == (want, want)


_BRIEFING = (
    "The spokesman said the Secretary-General regrets the deaths reported during the "
    "rallies that began on Sunday in Basra. "
    "Local officials say about 300 people were detained."
)


def test_episode_named_by_a_recent_first_day_runs_to_now(nlp: Language) -> None:
    # Published on Thursday 14 March 2024; Sunday is 10 March.
    assert date_pair(nlp, _BRIEFING, "rallies", "2024-03-14") == ("2024-03-10", "2024-03-14")
    assert date_pair(nlp, _BRIEFING, "detained", "2024-03-14") == ("2024-03-10", "2024-03-14")


def test_episode_that_began_weeks_earlier_keeps_its_first_day(nlp: Language) -> None:
    text = "Officials met the families of those killed in the rallies that began on 2 February."
    assert date_pair(nlp, text, "rallies", "2024-03-14") == ("2024-02-02", "2024-02-02")


def test_began_in_a_main_clause_keeps_its_day(nlp: Language) -> None:
    text = "The rallies began on Sunday in Basra, and police used water cannon."
    assert date_pair(nlp, text, "rallies", "2024-03-14") == ("2024-03-10", "2024-03-10")
