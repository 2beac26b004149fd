"""Tests of event places, round s11f: ranked cases ("the third protester executed") and
events set in unnamed places in the plural ("set off protests in dozens of towns") borrow
no city from the sentences around them.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span
from tests.extract.support import sentence_places

from unrest.extract._where_ranked import movement_span, ranked, unnamed_spread

#: An article whose story city is Shiraz.
_SHIRAZ = (
    "Hundreds of people marched in Shiraz on Friday over the price of fuel.\n\n"
    "Shops stayed shut in Shiraz on Saturday.\n\n"
)


def _trigger(nlp: Language, text: str, word: str) -> Span:
    """The one-word span of the first token ``word`` of ``text``."""
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    return doc[tok.i : tok.i + 1]


def test_ordinal_case_is_ranked(nlp: Language) -> None:
    span = _trigger(nlp, "They were the fifth and sixth protesters hanged this year.", "hanged")
    assert ranked(span)


def test_plain_case_is_not_ranked(nlp: Language) -> None:
    span = _trigger(nlp, "Two protesters were hanged in the city jail.", "hanged")
    assert not ranked(span)


def test_ranked_execution_borrows_no_city(nlp: Language) -> None:
    text = (
        _SHIRAZ + "Ali Karimi, 24, became the first man hanged over the unrest; he had been "
        "tried by a revolutionary court in Shiraz."
    )
    got = sentence_places(nlp, text, "Ali Karimi, 24", "hanged")
    assert got == [("IR", None, None)]


def test_ranked_execution_keeps_its_own_city(nlp: Language) -> None:
    text = _SHIRAZ + "He was the second protester hanged in Shiraz this month."
    got = sentence_places(nlp, text, "He was the second", "hanged")
    assert got == [("IR", "Fars", "Shiraz")]


def test_unnamed_towns_are_spread(nlp: Language) -> None:
    span = _trigger(nlp, "The ruling set off strikes in dozens of towns.", "strikes")
    assert unnamed_spread(span)


def test_towns_tied_to_a_name_are_not_spread(nlp: Language) -> None:
    span = _trigger(nlp, "Strikes were held in Tabriz and other towns.", "Strikes")
    assert not unnamed_spread(span)


def test_protests_in_dozens_of_cities_take_no_city_of_another_clause(nlp: Language) -> None:
    text = (
        "The shootings in Ahvaz came a week after the arrest of a teacher in Tabriz, which "
        "has set off protests in dozens of cities."
    )
    got = sentence_places(nlp, text, "The shootings in Ahvaz", "protests")
    assert got == [("IR", None, None)]


def test_protests_that_lasted_weeks_are_the_movement(nlp: Language) -> None:
    span = _trigger(nlp, "The protests that began in May lasted barely three weeks.", "protests")
    assert movement_span(span)


def test_movement_that_lasted_weeks_borrows_no_city(nlp: Language) -> None:
    text = _SHIRAZ + "The protests that began in May lasted barely three weeks."
    got = sentence_places(nlp, text, "The protests that began", "protests")
    assert got == [("IR", None, None)]
