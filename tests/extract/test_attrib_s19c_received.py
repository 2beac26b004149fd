"""What the writer only received ("we have received information that ...") is hearsay by
nobody in particular; what the writer holds or filmed stays the writer's own."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_information_we_received_is_nobody_in_particular(nlp: Language) -> None:
    text = "We have also received information that several teachers were detained in Tabriz."
    assert source(nlp, text, "detained").kind == "unnamed"


def test_information_our_office_received_is_nobody_in_particular(nlp: Language) -> None:
    text = "Our office received information that two students were beaten at a checkpoint."
    assert source(nlp, text, "beaten").kind == "unnamed"


def test_information_the_office_holds_stays_the_writers(nlp: Language) -> None:
    text = "Our office has information that four more men were sentenced to death."
    assert source(nlp, text, "sentenced").kind == "author"


def test_footage_we_received_stays_the_writers(nlp: Language) -> None:
    text = "On 4 June we received footage of riot police beating a cyclist in the square."
    assert source(nlp, text, "beating").kind == "author"
