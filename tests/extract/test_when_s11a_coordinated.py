"""Coordinated dates of one event span both: "in 2018 and 2019", "in March 2021 and again
in April 2021"; dates far apart or of two clauses do not."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_two_years_joined_by_and(nlp: Language) -> None:
    text = "In 2016 and 2017, bakers in Tabriz held strikes over flour prices."
    assert date_pair(nlp, text, "held", "2020-05-01") == ("2016", "2017")


def test_two_months_joined_by_and_again(nlp: Language) -> None:
    text = "Nurses held sit-ins in Shiraz in November 2020 and again in December 2020."
    assert date_pair(nlp, text, "held", "2021-02-01") == ("2020-11", "2020-12")


def test_dates_of_two_clauses_stay_apart(nlp: Language) -> None:
    text = "Farid was arrested on 3 May 2021 and was sentenced on 5 May 2021."
    assert date_pair(nlp, text, "arrested", "2021-06-01") == ("2021-05-03", "2021-05-03")


def test_distant_years_are_not_a_span(nlp: Language) -> None:
    text = "In 2009 and 2019, crowds marched in the capital."
    assert date_pair(nlp, text, "marched", "2021-06-01") == ("2009", "2009")
