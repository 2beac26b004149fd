"""Dates the parser hangs on the wrong clause: a fronted date before an adverbial clause
("On 8 March, hours after the verdict was read, crowds gathered"), and a first main clause
the parser makes a complement of the second across a semicolon."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_FRONTED = (
    "Eleven students were detained in Minsk on 1 March 2021. "
    "In the early hours of 8 March 2021, hours after the verdict was read out, "
    "hundreds of students marched through the centre of Minsk. "
    "Police dispersed the crowd with batons."
)
_SEMICOLON = (
    "Two welders were dismissed at the Abadan refinery on 28 May 2022. "
    "On the evening of 3 June, hundreds of nurses gathered outside the hospital in Abadan "
    "for what had been called a vigil; the vigil quickly became a protest. "
    "Security forces fired tear gas at the crowd."
)


def test_fronted_date_dates_the_main_clause(nlp: Language) -> None:
    assert date_pair(nlp, _FRONTED, "marched", "2021-03-10") == ("2021-03-08", "2021-03-08")


def test_fronted_date_sets_the_narrative_time(nlp: Language) -> None:
    assert date_pair(nlp, _FRONTED, "dispersed", "2021-03-10") == ("2021-03-08", "2021-03-08")


def test_semicolon_clause_sets_the_narrative_time(nlp: Language) -> None:
    assert date_pair(nlp, _SEMICOLON, "fired", "2022-06-10") == ("2022-06-03", "2022-06-03")
