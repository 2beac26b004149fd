"""Running totals reported on a known day, dated from the story's start up to the report."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_total_reported_over_a_week_after_the_narrative_day(nlp: Language) -> None:
    text = (
        "Farmers began blocking the highway outside Kermanshah on 3 March. "
        "A local monitoring group said on Saturday that at least six farmers had been "
        "killed and more than 200 people had been detained since the first day."
    )
    # Saturday before a Monday 13 March publication: 11 March.
    assert date_pair(nlp, text, "killed", "2023-03-13") == ("2023-03-03", "2023-03-11")
    assert date_pair(nlp, text, "detained", "2023-03-13") == ("2023-03-03", "2023-03-11")


def test_total_over_days_of_unrest_reported_in_the_lede(nlp: Language) -> None:
    text = (
        "Officials said on Thursday that some 400 people had been detained in four days "
        "of unrest over bread prices. "
        "The unrest began on Sunday in the port city of Bandar Abbas."
    )
    assert date_pair(nlp, text, "detained", "2023-02-10") == ("2023-02-05", "2023-02-09")


def test_one_night_is_no_running_total(nlp: Language) -> None:
    text = (
        "Officials said on Thursday that some 40 people had been detained in one night "
        "of unrest over bread prices. "
        "The unrest began on Sunday in the port city of Bandar Abbas."
    )
    assert date_pair(nlp, text, "detained", "2023-02-10") != ("2023-02-05", "2023-02-09")


def test_modal_perfect_in_reported_speech_runs_to_the_report(nlp: Language) -> None:
    text = (
        "Dockworkers in Durres walked out on 6 June. "
        "Riot police charged the pickets that night. "
        "A union lawyer said on 9 June that several strikers may have been beaten in custody."
    )
    assert date_pair(nlp, text, "beaten", "2022-06-12") == ("2022-06-06", "2022-06-09")


def test_tally_read_in_a_month_after_the_story_began(nlp: Language) -> None:
    text = (
        "The protests began in Tabriz on 27 December 2019. "
        "They spread to a dozen cities within days. "
        "By January the marches had grown smaller. "
        "Officials later put the number of dead at 17."
    )
    assert date_pair(nlp, text, "dead", "2021-05-02") == ("2019-12-27", "2020-01")


def test_report_before_the_time_in_force_is_not_dated_by_it(nlp: Language) -> None:
    text = (
        "The protests broke out in Mashhad on 14 November 2019. "
        "In a report published in April 2020, the group described beatings in custody. "
        "A police spokesman said on 25 November 2019 that 900 people had been arrested."
    )
    got = date_pair(nlp, text, "arrested", "2021-01-05")
    assert got is not None and got[0].startswith("2019-11") and got[1].startswith("2019-11")
