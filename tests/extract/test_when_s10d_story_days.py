"""Days told without month or year inside a story set earlier: ordinal days of the month,
weekdays of an interview answer whose question names a month, "that week", and a
detention's length that does not stretch the arrest."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._dates import find_expressions


def test_ordinal_day_takes_the_month_of_the_story(nlp: Language) -> None:
    text = (
        "Security forces stormed the dormitories of Tabriz University in March 2021. "
        "Two students were detained on the night of the 9th at their homes."
    )
    assert date_pair(nlp, text, "detained", "2021-06-01") == ("2021-03-09", "2021-03-09")


def test_ordinal_day_without_a_story_is_of_the_publication_month(nlp: Language) -> None:
    text = "Police detained the union organiser on the 3rd outside his office in Arak."
    assert date_pair(nlp, text, "detained", "2023-05-20") == ("2023-05-03", "2023-05-03")


def test_ordinal_day_still_to_come_is_of_the_month_before(nlp: Language) -> None:
    text = "Police detained the union organiser on the 28th outside his office in Arak."
    assert date_pair(nlp, text, "detained", "2023-05-20") == ("2023-04-28", "2023-04-28")


def test_ordinal_rank_is_no_date() -> None:
    texts = [e.text for e in find_expressions("She was the 12th protester killed in Zahedan.")]
    assert texts == []
    texts = [e.text for e in find_expressions("They met on the 12th floor of the ministry.")]
    assert texts == []


_INTERVIEW = (
    "Host: Where were you in March 2019? Tell us what you saw.\n\n"
    "Rahimi: I was in Ahvaz. On Friday the police beat the marchers near the white bridge.\n\n"
    "Host: Did anything else happen?\n\n"
    "Rahimi: Yes, and my cousin lost his job.\n\n"
    "Host: What do you expect now?\n\n"
    "Rahimi: Nothing good.\n"
)


def test_weekday_in_answer_is_in_the_month_the_question_names(nlp: Language) -> None:
    assert date_pair(nlp, _INTERVIEW, "beat", "2023-06-10") == ("2019-03", "2019-03")


def test_weekday_outside_an_interview_counts_from_publication(nlp: Language) -> None:
    text = "The strikes in Ahvaz began in March 2019. On Friday the police beat the marchers."
    assert date_pair(nlp, text, "beat", "2023-06-10") == ("2023-06-09", "2023-06-09")


def test_that_week_of_a_story_month(nlp: Language) -> None:
    text = (
        "Oil workers in Asaluyeh walked out in June 2020. "
        "Police arrested three of their representatives that week."
    )
    assert date_pair(nlp, text, "arrested", "2022-02-14") == ("2020-06", "2020-06")


def test_detention_length_does_not_stretch_the_arrest(nlp: Language) -> None:
    text = "Two teachers were arrested on 4 May 2022 in Sanandaj and held for ten days."
    assert date_pair(nlp, text, "arrested", "2022-08-01") == ("2022-05-04", "2022-05-04")


def test_length_of_the_event_itself_still_counts(nlp: Language) -> None:
    text = "Bus drivers in Tehran went on strike on 4 May 2022 for ten days."
    assert date_pair(nlp, text, "strike", "2022-08-01") == ("2022-05-04", "2022-05-13")


_HANGED = "Iran hanged the labour activist Reza Kazemi at dawn on Tuesday in Qezelhesar prison. "


def test_month_before_a_news_flashback_is_the_latest_month(nlp: Language) -> None:
    text = (
        _HANGED + "Kazemi was arrested in October 2019 and charged with arson. "
        "The Supreme Court upheld his death sentence in May, his lawyer said."
    )
    assert date_pair(nlp, text, "upheld", "2022-07-14") == ("2022-05", "2022-05")


def test_month_after_the_flashback_stays_in_its_year(nlp: Language) -> None:
    text = (
        _HANGED + "Kazemi was arrested in March 2019 and charged with arson. "
        "The Supreme Court upheld his death sentence in May, his lawyer said."
    )
    assert date_pair(nlp, text, "upheld", "2022-07-14") == ("2019-05", "2019-05")
