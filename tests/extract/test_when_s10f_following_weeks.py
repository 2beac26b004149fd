""" "In the following weeks", "in the weeks that followed": from the time last mentioned to
the end of the next month, or as many weeks on as counted."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._dates import Anchor, day_interval, find_expressions

_TEXT = (
    "Nurses walked out at the Shiraz children's hospital on 22 March 2021. "
    "Forty nurses were dismissed {}."
)


def test_following_weeks_run_to_the_end_of_the_next_month(nlp: Language) -> None:
    text = _TEXT.format("in the following weeks")
    assert date_pair(nlp, text, "dismissed", "2021-06-01") == ("2021-03-22", "2021-04")
    text = _TEXT.format("in the weeks that followed")
    assert date_pair(nlp, text, "dismissed", "2021-06-01") == ("2021-03-22", "2021-04")


def test_counted_following_weeks_end_when_counted() -> None:
    text = "Strikes spread to Tabriz in the following two weeks."
    (expr,) = find_expressions(text)
    iv = expr.resolve(Anchor(None, day_interval(date(2021, 7, 15))))
    assert iv is not None
    assert (iv.lo, iv.hi, iv.precision) == (date(2021, 7, 15), date(2021, 7, 29), "month")
