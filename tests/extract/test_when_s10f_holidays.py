"""Holidays on a fixed calendar day: New Year's Day, Eve and night, Christmas, Women's Day."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_DEY = (
    "Strikes by bus drivers began in Arak on 29 December 2021. "
    "On New Year's night, police arrested eleven drivers outside the depot."
)
_DAY = (
    "Farmers began a sit-in outside the water board in Yazd on 30 December 2021. "
    "Two farmers were beaten on the night of New Year’s Day, their union said."
)


def test_new_years_night_runs_from_the_eve_into_the_day(nlp: Language) -> None:
    assert date_pair(nlp, _DEY, "arrested", "2022-01-05") == ("2021-12-31", "2022-01-01")


def test_new_years_day_is_the_first_of_january_after_december(nlp: Language) -> None:
    assert date_pair(nlp, _DAY, "beaten", "2022-01-05") == ("2022-01-01", "2022-01-01")


def test_holiday_with_a_year_and_womens_day(nlp: Language) -> None:
    text = "Nurses marched in Tabriz on Christmas Eve 2019, the union said on Friday."
    assert date_pair(nlp, text, "marched", "2020-01-10") == ("2019-12-24", "2019-12-24")
    text = (
        "Teachers went on strike in 2020. Hundreds of women marched on International Women's Day."
    )
    assert date_pair(nlp, text, "marched", "2020-06-01") == ("2020-03-08", "2020-03-08")
