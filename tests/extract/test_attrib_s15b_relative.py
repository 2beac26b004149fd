"""Attribution, round s15b: a reporting verb in a relative clause speaks for the
noun its relative pronoun stands for ("local activists, who said ...")."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_who_said_is_the_antecedent(nlp: Language) -> None:
    text = (
        "A third death was reported on Monday by local students, who said the victim was "
        "beaten near the bus station."
    )
    src = source(nlp, text, "beaten")
    assert (src.kind, src.text) == ("unnamed", "local students")


def test_which_said_is_the_named_antecedent(nlp: Language) -> None:
    text = (
        "The vigil was broken up, according to the Harbour Rights Desk, which said that "
        "nine mourners were detained by plainclothes agents."
    )
    src = source(nlp, text, "detained")
    assert (src.kind, src.name) == ("organization", "Harbour Rights Desk")
