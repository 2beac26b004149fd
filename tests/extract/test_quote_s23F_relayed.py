"""Quotes (s23F): in an official document a monitor relays in summary ("OFFICE OF THE
JUDICIARY, FARS PROVINCE" / "Summary of ruling ... prepared by X"), a quotation the body
gives to the document ("the ruling states that "..."") or to nobody ("officers who were
"..."") is the issuer's words, listed under the issuer; the quotations of people it
names keep their own speakers."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes

pytestmark = pytest.mark.slow

_ISSUER = "Office of the Judiciary, Fars Province"
_RULING = (
    "OFFICE OF THE JUDICIARY, FARS PROVINCE\n"
    "Summary of ruling, case 88-SH-104 (unofficial summary prepared by the Zand Legal Watch)\n\n"
    "Note from the Zand Legal Watch: the summary below gives the court's account, which the "
    "defendants dispute.\n\n"
    "Crowds threw stones at officers who were "
    '"defending public order with the utmost restraint" that night.\n\n'
    'The ruling opens by stating that "on the night of 2 March, a group of hooligans set '
    'fire to a bank in the centre of Shiraz."\n\n'
    "Lawyer Reza Tavakoli, who represents the first defendant, told the Watch that his "
    'client was beaten. "He was kicked and punched before anyone asked him a single '
    'question," Tavakoli said.'
)


def _speakers(nlp: Language) -> dict[str, str | None]:
    return {q.text[:20]: q.speaker for q in quotes(nlp, _RULING)}


def test_a_quotation_given_to_the_document_is_the_issuer_s(nlp: Language) -> None:
    assert _speakers(nlp)["on the night of 2 Ma"] == _ISSUER


def test_a_quotation_given_to_nobody_is_the_issuer_s(nlp: Language) -> None:
    assert _speakers(nlp)["defending public ord"] == _ISSUER


def test_a_named_person_keeps_his_quotation(nlp: Language) -> None:
    assert (_speakers(nlp)["He was kicked and pu"] or "").endswith("Reza Tavakoli")


def test_without_the_relaying_line_nobody_is_the_issuer(nlp: Language) -> None:
    text = _RULING.replace("Summary of ruling", "Notes on a ruling")
    speakers = {q.text[:20]: q.speaker for q in quotes(nlp, text)}
    assert speakers.get("on the night of 2 Ma") != _ISSUER
    assert speakers.get("defending public ord") != _ISSUER
