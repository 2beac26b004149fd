"""An undated present perfect with no "since" of its own reaches back over the episode,
from the story's start, up to the time of writing, even after a single day in force
("On Monday ... Teachers have refused to hold classes"); one with a "since" of its own
("since noon", "have since spread") keeps the day in force. The start is the one told up
to the sentence: a story told further on (another country's protests that began earlier)
does not move it."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_base import day_interval
from unrest.extract._date_perfectstart import perfect_start

_STORY = (
    "Protests over the death of a student in police custody broke out in Rasht on "
    "4 May. On Monday, riot police fired tear gas at a crowd near the university. "
)


def test_perfect_on_the_day_of_writing_runs_from_the_start(nlp: Language) -> None:
    text = _STORY + "Teachers in several towns have refused to hold classes in protest."
    assert date_pair(nlp, text, "refused", "2021-05-17") == ("2021-05-04", "2021-05-17")


def test_perfect_after_an_earlier_day_runs_from_the_start(nlp: Language) -> None:
    text = _STORY + "Teachers in several towns have refused to hold classes in protest."
    assert date_pair(nlp, text, "refused", "2021-05-20") == ("2021-05-04", "2021-05-20")


def test_perfect_with_its_own_since_keeps_the_day(nlp: Language) -> None:
    text = _STORY + "Students have been chanting on the campus since noon."
    assert date_pair(nlp, text, "chanting", "2021-05-17") == ("2021-05-17", "2021-05-17")


def test_a_start_told_further_on_is_not_the_start(nlp: Language) -> None:
    text = (
        _STORY
        + "Teachers in several towns have refused to hold classes in protest.\n\n"
        + "In Kassala, protests over bread prices began on 1 May and were put down."
    )
    assert date_pair(nlp, text, "refused", "2021-05-20") == ("2021-05-04", "2021-05-20")


def test_start_reached_back_unless_the_clause_has_its_own_since() -> None:
    start = day_interval(date(2021, 5, 4))
    today = day_interval(date(2021, 5, 17))
    earlier = day_interval(date(2021, 5, 12))
    assert perfect_start(today, start, today, reaches_back=True) == start
    assert perfect_start(earlier, start, today, reaches_back=True) == start
    assert perfect_start(earlier, start, today, reaches_back=False) == earlier


def test_an_outbreak_after_a_backstory_day_starts_the_episode(nlp: Language) -> None:
    text = (
        "A student died in custody in Rasht on 2 May. "
        "Protests broke out in the city on 4 May. On 10 May police fired tear gas. "
        "Teachers in several towns have refused to hold classes in protest."
    )
    assert date_pair(nlp, text, "refused", "2021-05-20") == ("2021-05-04", "2021-05-20")
