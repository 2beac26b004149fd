"""A count stated through a tally as the object of its verb ("put the toll at 230", "gave
a figure of 230 dead") is dated like a report: the date of the statement is not the time
of the deaths it counts, which belong to the story's own period."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_STORY = (
    "Protests over fuel prices broke out across Iran on 15 November 2019 and were "
    "crushed within a week. "
)


def test_put_the_toll_at_keeps_the_story_month(nlp: Language) -> None:
    text = _STORY + "In June 2020, a senior lawmaker put the toll at about 230."
    assert date_pair(nlp, text, "toll", "2021-11-15") == ("2019-11", "2019-11")


def test_gave_a_figure_keeps_the_story_month(nlp: Language) -> None:
    text = _STORY + "In June 2020 the chair of the committee gave a figure of about 230 dead."
    assert date_pair(nlp, text, "dead", "2021-11-15") == ("2019-11", "2019-11")


def test_a_dated_deed_with_no_count_keeps_its_date(nlp: Language) -> None:
    text = _STORY + "In June 2020, the courts put three protesters on trial."
    assert date_pair(nlp, text, "trial", "2021-11-15") == ("2020-06", "2020-06")
