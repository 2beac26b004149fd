"""Two months joined by 'and' share the year written after the second ('in August and
September 2020'): together they name the span of both months."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_two_months_share_the_year(nlp: Language) -> None:
    text = "On several Sundays in August and September 2020, crowds of 50,000 marched in Minsk."
    assert date_pair(nlp, text, "marched", "2021-09-08") == ("2020-08", "2020-09")


def test_a_day_and_a_month_are_no_pair(nlp: Language) -> None:
    text = "Police detained 40 students on 3 March and in April 2019 released them."
    assert date_pair(nlp, text, "detained", "2021-09-08") != ("2019-03", "2019-04")
