"""Sources (s22S): an official document a monitor relays in summary or translation
("MINISTRY OF JUSTICE, FARS PROVINCE" / "Summary of ruling ... prepared by X") is in its
issuer's voice, outside the monitor's own notes; the body's "the ruling", "the file"
and the issuer's function ("the judiciary" of a judicial office) are the issuer too."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow

_ISSUER = "Office of the Judiciary, Fars Province"
_RULING = (
    "OFFICE OF THE JUDICIARY, FARS PROVINCE\n"
    "Summary of ruling, case 88-SH-104 (unofficial summary prepared by the Zand Legal Watch)\n\n"
    "Note from the Zand Legal Watch: the summary below gives the court's account, which the "
    "defendants dispute.\n\n"
    "The three defendants were detained at a checkpoint in Shiraz on 4 March. "
    "According to the ruling, they set fire to a bank on the night of 2 March.\n\n"
    "[Our note: two other men were arrested in Marvdasht the same week.]\n\n"
    "The file also notes that the defendants blocked a highway with burning tyres."
)


def test_the_body_is_in_the_issuer_s_voice(nlp: Language) -> None:
    s = source(nlp, _RULING, "detained")
    assert (s.kind, s.name) == ("organization", _ISSUER)


def test_the_relayed_document_stands_for_its_issuer(nlp: Language) -> None:
    for trigger in ("fire", "blocked"):
        s = source(nlp, _RULING, trigger)
        assert (s.kind, s.name) == ("organization", _ISSUER)


def test_the_monitor_s_own_note_stays_the_author_s(nlp: Language) -> None:
    assert source(nlp, _RULING, "arrested").kind == "author"


def test_a_document_not_relayed_keeps_the_author(nlp: Language) -> None:
    text = _RULING.replace("Summary of ruling", "Notes on a ruling")
    assert source(nlp, text, "detained").kind == "author"


def test_a_body_s_own_summary_is_the_author_s(nlp: Language) -> None:
    text = (
        "Independent Commission of Inquiry on the Fars Protests\n"
        "Summary of findings presented to the Provincial Council at its third session\n\n"
        "The three defendants were detained at a checkpoint in Shiraz on 4 March."
    )
    assert source(nlp, text, "detained").kind == "author"
