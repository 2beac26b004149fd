"""A fact sheet laid out as questions and answers, whose introduction names nobody, has
no interviewee: its answers are the writer's own voice, not that of a person the
answers happen to name."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

_SHEET = (
    "FACT SHEET: Chile's protest movement, questions and answers\n"
    "Prepared by the Andes Civic Ledger, an independent research group in Santiago\n\n"
    "This fact sheet answers the questions we are asked most often by journalists.\n\n"
    "Q: When did the protests start?\n"
    "A: On 18 October 2019 students jumped the turnstiles of the metro, and President "
    "Sebastian Pinera declared a state of emergency that night.\n\n"
    "Q: How did the authorities respond?\n"
    "A: Police fired tear gas at the crowds in Plaza Italia. Pinera later apologised, "
    "but Carabineros arrested hundreds of people in the first week.\n"
)


def test_fact_sheet_answers_are_the_writer(nlp: Language) -> None:
    assert source(nlp, _SHEET, "arrested").kind == "author"
    assert source(nlp, _SHEET, "fired").kind == "author"
