"""An open "from X" ("cut from Monday", "disrupted from 3 June onwards") runs up to the
time of writing when that is a few weeks later. "Videos from Monday", "up from 90 a week
earlier", an end or a length in the sentence, or a start long ago keep the day."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_open_from_runs_to_publication(nlp: Language) -> None:
    text = "Mobile data in Bukan was cut from Monday evening, residents said."
    assert date_pair(nlp, text, "cut", "2023-03-08") == ("2023-03-06", "2023-03-08")


def test_from_onwards_runs_to_publication(nlp: Language) -> None:
    text = "Phone lines in Dezful were disrupted from 3 June onwards."
    assert date_pair(nlp, text, "disrupted", "2023-06-12") == ("2023-06-03", "2023-06-12")


def test_from_on_a_noun_keeps_the_day(nlp: Language) -> None:
    text = "Footage from Monday shows dockers in Bandar Abbas blocking a road."
    assert date_pair(nlp, text, "blocking", "2023-03-08") == ("2023-03-06", "2023-03-06")


def test_from_with_a_length_keeps_the_day(nlp: Language) -> None:
    text = "The blackout imposed from 3 June, which lasted two days, cut off Dezful."
    assert date_pair(nlp, text, "blackout", "2023-06-12")[0] == "2023-06-03"
    assert date_pair(nlp, text, "blackout", "2023-06-12") != ("2023-06-03", "2023-06-12")


def test_open_from_long_ago_keeps_the_day(nlp: Language) -> None:
    text = "Mobile data in Bukan was cut from 6 March 2023, residents said."
    assert date_pair(nlp, text, "cut", "2023-09-08") == ("2023-03-06", "2023-03-06")
