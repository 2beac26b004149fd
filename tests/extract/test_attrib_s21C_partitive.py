"""A speaker named only as part of a set ("one of the channels", "both") is nobody in
particular, not the writer."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_one_of_the_channels_said(nlp: Language) -> None:
    text = "One of the channels said its reporters had been beaten outside the studio."
    assert source(nlp, text, "beaten").kind == "unnamed"


def test_both_said_in_court(nlp: Language) -> None:
    text = (
        "Neither student was allowed a lawyer of his choosing, and both said in court that "
        "they had been tortured into confessing."
    )
    assert source(nlp, text, "tortured").kind == "unnamed"


def test_some_of_them_said(nlp: Language) -> None:
    text = "Some of them said they had been beaten with cables in custody."
    assert source(nlp, text, "beaten").kind == "unnamed"


def test_one_of_its_advisers_stays_a_person(nlp: Language) -> None:
    text = "One of its advisers said that 560 people had been killed since the uprising began."
    assert source(nlp, text, "killed").kind == "person"
