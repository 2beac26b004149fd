"""'By' a day or two after the day in force, an agent's act ('By Monday, traders had
closed their shops') is dated by the deadline alone; a count ('By Monday, 300 people had
been arrested') and a passive result ('the office had been burned') still run from the
day in force up to the deadline."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_START = "Protests broke out in Lagos on Saturday, 12 April, after fuel prices doubled. "


def test_an_act_reached_by_the_next_step(nlp: Language) -> None:
    text = _START + "By Monday, traders had closed their shops in Kano and Ibadan."
    assert date_pair(nlp, text, "closed", "2025-04-20") == ("2025-04-14", "2025-04-14")


def test_a_count_runs_up_to_the_deadline(nlp: Language) -> None:
    text = _START + "By Monday, more than 300 people had been arrested in Kano and Ibadan."
    assert date_pair(nlp, text, "arrested", "2025-04-20") == ("2025-04-12", "2025-04-14")


def test_a_passive_result_runs_up_to_the_deadline(nlp: Language) -> None:
    text = _START + "By the next morning the governor's office had been burned."
    assert date_pair(nlp, text, "burned", "2025-04-20") == ("2025-04-12", "2025-04-13")
