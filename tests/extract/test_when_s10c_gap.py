"""Events a measured gap before the dated clause their "after" clause hangs from."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_event_a_few_days_before_the_dated_clause(nlp: Language) -> None:
    text = "Hundreds marched to the cemetery on Sunday, three days after police shot a student."
    assert date_pair(nlp, text, "shot", "2021-05-18") == ("2021-05-13", "2021-05-13")


def test_week_gap_snaps_to_the_weekday_the_clause_names(nlp: Language) -> None:
    # Published on Wednesday 2023-03-15: "on Tuesday" is 14 March, and the raid that the
    # clause calls the "Black Friday" raid came on Friday 10 March, not 7 March.
    text = (
        "Families gathered outside the prison on Tuesday, a week after riot police raided "
        "the bazaar in what traders call the Black Friday raid."
    )
    assert date_pair(nlp, text, "raided", "2023-03-15") == ("2023-03-10", "2023-03-10")


def test_main_clause_keeps_its_own_day(nlp: Language) -> None:
    text = "Hundreds marched to the cemetery on Sunday, three days after police shot a student."
    assert date_pair(nlp, text, "marched", "2021-05-18") == ("2021-05-16", "2021-05-16")
