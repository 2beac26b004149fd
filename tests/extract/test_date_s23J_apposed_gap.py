"""A gap phrase set off right after a day date ("on 3 March, two days after ...")
measures back from that day, even when the dated clause is itself subordinate."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

TEXT = (
    "Five teachers have been held without charge since police detained them on 3 March, "
    "two days after staff at the school walked out over unpaid wages."
)


def test_event_in_gap_clause_dated_back_from_the_apposed_day(nlp: Language) -> None:
    assert date_pair(nlp, TEXT, "walked", "2022-03-10") == ("2022-03-01", "2022-03-01")


def test_dated_clause_keeps_its_day(nlp: Language) -> None:
    assert date_pair(nlp, TEXT, "detained", "2022-03-10")[0] == "2022-03-03"
