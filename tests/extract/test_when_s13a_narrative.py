"""Narrative time that earlier rules lost: a day opening a sentence of speech ("Last
Thursday evening the minister announced ...") sets the story's time when none is in
force; a caption's date line ("Saqqez, 17 September.") dates the caption below it;
"overnight" in a story told weeks later is the night of the story's time; and "since
then" keeps the day it counts from."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_story import heads_entry


def test_opening_day_of_a_statement_sets_the_story_time(nlp: Language) -> None:
    text = (
        "On Monday the prime minister announced the end of the talks. "
        "Within hours, thousands had gathered outside parliament in Chisinau."
    )
    assert date_pair(nlp, text, "gathered", "2025-03-14") == ("2025-03-10", "2025-03-10")


def test_a_day_said_at_the_end_does_not_set_the_story_time(nlp: Language) -> None:
    text = (
        "Rights groups said on Monday that the talks had failed. "
        "Thousands had gathered outside parliament in Chisinau."
    )
    assert date_pair(nlp, text, "gathered", "2025-03-14") != ("2025-03-10", "2025-03-10")


def test_a_place_and_a_day_head_a_caption() -> None:
    text = "Mashhad, 4 March."
    assert heads_entry(text, 9, 16)


def test_a_place_and_a_full_date_is_a_dateline_not_a_heading() -> None:
    text = "Geneva, 4 March 2025."
    assert not heads_entry(text, 8, 20)


def test_caption_date_line_dates_the_caption(nlp: Language) -> None:
    text = (
        "Pictures of the spring.\n\n"
        "Mashhad, 4 March. Students marched past the shrine and chanted slogans.\n\n"
        "Tabriz, 9 March. Riot police fired tear gas at the crowd."
    )
    assert date_pair(nlp, text, "marched", "2025-05-02") == ("2025-03-04", "2025-03-04")
    assert date_pair(nlp, text, "fired", "2025-05-02") == ("2025-03-09", "2025-03-09")


def test_overnight_in_an_old_story_is_the_night_before_its_day(nlp: Language) -> None:
    text = (
        "On 12 March riot police cleared the square in Shiraz. "
        "The tents of the strikers were burned overnight."
    )
    assert date_pair(nlp, text, "burned", "2025-05-02") == ("2025-03-11", "2025-03-12")


def test_overnight_in_news_is_the_night_before_writing(nlp: Language) -> None:
    text = "The tents of the strikers were burned overnight in Shiraz."
    assert date_pair(nlp, text, "burned", "2025-05-02") == ("2025-05-01", "2025-05-02")


def test_since_then_runs_from_the_day_before_it(nlp: Language) -> None:
    text = (
        "The deadliest day was 30 September in Zahedan. "
        "Since then, people in Zahedan have protested almost every week."
    )
    assert date_pair(nlp, text, "protested", "2025-03-20") == ("2024-09-30", "2025-03-20")


def test_since_after_a_comparative_is_a_yardstick(nlp: Language) -> None:
    text = (
        "On 2 March riot police fired on marchers in Arak. "
        "Arrests were on a larger scale than in any unrest since 2011."
    )
    assert date_pair(nlp, text, "Arrests", "2025-03-14") == ("2025-03-02", "2025-03-02")


def test_overnight_under_a_dated_report_is_the_night_before_it(nlp: Language) -> None:
    text = (
        "On 28 February riot police cleared the square in Shiraz. "
        "State television reported on 2 March that ten people had been killed overnight."
    )
    assert date_pair(nlp, text, "killed", "2025-05-02") == ("2025-03-01", "2025-03-02")
