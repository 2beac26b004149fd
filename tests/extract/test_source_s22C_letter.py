"""Sources (s22C): a letter reproduced under an editor's note that names its writer is in
the writer's voice, up to the next editor's note."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow

_LETTER = (
    "A letter from Qezel Hesar\n\n"
    "Editor's note: The letter below was smuggled out of Qezel Hesar prison by a relative "
    "of a 30-year-old teacher held there since October. The writer asked to be identified "
    'as "Navid." We could not verify every detail.\n\n'
    "Dear friends,\n\n"
    "On the second night the guards came for us. They beat the older men with cables in "
    "the yard, and they took me to a cell alone.\n\n"
    "I am still here.\n\n"
    "Editor's postscript: His lawyer said on Monday that he had been beaten again."
)


def test_the_letter_is_in_its_named_writer_s_voice(nlp: Language) -> None:
    s = source(nlp, _LETTER, "beat")
    assert (s.kind, s.name) == ("person", "Navid")


def test_the_postscript_is_not_the_letter(nlp: Language) -> None:
    s = source(nlp, _LETTER, "beaten")
    assert s.name is None or s.name != "Navid"


def test_a_writer_never_named_leaves_the_text_to_the_outlet(nlp: Language) -> None:
    text = _LETTER.replace(' The writer asked to be identified as "Navid."', "")
    assert source(nlp, text, "beat").kind == "author"
