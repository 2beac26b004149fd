"""A toll a monitor keeps in the present perfect ("monitors have counted 171 detentions")
in a story of the last weeks counts the whole episode, from the story's start up to the
time of writing; months later it is a retrospective count of the unrest's time, and a
count of one definite event ("the deaths of ten men in the shooting") keeps its day."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, typed_date

_STORY = (
    "Protests over water shortages began in Ahvaz on 15 July. "
    "On Monday, 19 July, crowds blocked roads in Susangerd. "
)


def test_counted_detentions_run_from_the_start_to_now(nlp: Language) -> None:
    text = _STORY + "Human rights monitors have counted at least 171 detentions."
    assert typed_date(nlp, text, "detentions", "2021-07-26", "arrest") == (
        "2021-07-15",
        "2021-07-26",
    )


def test_confirmed_deaths_run_from_the_start_to_now(nlp: Language) -> None:
    text = _STORY + "Officials in the province have confirmed the deaths of three policemen."
    assert date_pair(nlp, text, "deaths", "2021-07-23") == ("2021-07-15", "2021-07-23")


def test_old_story_keeps_its_own_time(nlp: Language) -> None:
    text = _STORY + "Human rights monitors have counted at least 171 detentions."
    assert typed_date(nlp, text, "detentions", "2021-11-26", "arrest")[1] != "2021-11-26"


def test_deaths_in_one_shooting_keep_its_day(nlp: Language) -> None:
    text = (
        "Security forces opened fire on fuel carriers near Saravan on 22 February. "
        "Our researchers have confirmed the deaths of at least ten men in the shooting."
    )
    assert date_pair(nlp, text, "deaths", "2021-03-03") == ("2021-02-22", "2021-02-22")
