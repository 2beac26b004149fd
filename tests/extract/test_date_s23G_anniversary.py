"""A date inside what an anniversary commemorates ('to mark the anniversary of the
October 2020 crackdown', 'on anniversary of 2020 crackdown', 'the anniversary of the
shooting of students two years ago') or dating the anniversary noun itself ('to mark
the 2015 anniversary') is the past time remembered, not the time of the act."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_PUB = "2022-10-22"


def test_a_dated_noun_inside_the_anniversary(nlp: Language) -> None:
    text = (
        "Traders in Kano closed their shops on Thursday. The strike was called by market "
        "unions to mark the anniversary of the October 2020 crackdown."
    )
    assert date_pair(nlp, text, "strike", _PUB) == ("2022-10-20", "2022-10-20")


def test_a_headline_anniversary_of_a_year(nlp: Language) -> None:
    text = (
        "Markets shut, crowds march in Lagos on anniversary of 2020 crackdown\n\n"
        "Traders in Lagos kept their shops closed on Thursday."
    )
    assert date_pair(nlp, text, "march", _PUB) != ("2020", "2020")


def test_a_relative_date_inside_the_anniversary(nlp: Language) -> None:
    text = (
        "Students marched through Lagos on Thursday and protesters clashed with police "
        "in Abuja, as activists marked the anniversary of the shooting of protesters "
        "two years ago."
    )
    assert date_pair(nlp, text, "clashed", _PUB) == ("2022-10-20", "2022-10-20")


def test_the_year_of_the_anniversary_noun(nlp: Language) -> None:
    text = (
        "Pro-government rallies, planned to mark the 2015 anniversary, were held in "
        "several cities on 20 October."
    )
    assert date_pair(nlp, text, "rallies", _PUB) == ("2022-10-20", "2022-10-20")
