"""Dates: a timeline entry that opens with a month in capitals ("OCT. 25 - ...") is an
entry, not a wire dateline ("BAGHDAD, Oct 27 (Wire) - ..."): its day dates the entry's
sentences, which tell it in the historical present."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import date_pair

pytestmark = pytest.mark.slow

_FACTBOX = (
    "BASRA, Nov 30 (Harbour Wire) - The governor resigned on Friday after weeks of unrest.\n\n"
    "Key events:\n\n"
    "OCT. 25 - Protesters block the port road. Police fire tear gas at them.\n\n"
    "NOV. 2-4 - Dockworkers strike at Umm Qasr.\n"
)


def test_an_entry_day_dates_its_sentences(nlp: Language) -> None:
    for word in ("block", "fire"):
        assert date_pair(nlp, _FACTBOX, word, "2019-11-30") == ("2019-10-25", "2019-10-25")


def test_an_entry_range_dates_its_sentence(nlp: Language) -> None:
    assert date_pair(nlp, _FACTBOX, "strike", "2019-11-30") == ("2019-11-02", "2019-11-04")


def test_a_place_in_capitals_still_opens_a_dateline(nlp: Language) -> None:
    assert date_pair(nlp, _FACTBOX, "resigned", "2019-11-30") == ("2019-11-29", "2019-11-29")
