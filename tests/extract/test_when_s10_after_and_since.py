"""Events dated by the moment they followed, and "since" clauses that do not move the
story's time."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair


def test_lasting_days_after_a_dated_clause(nlp: Language) -> None:
    text = (
        "Election officials began counting on Monday. "
        "Mobile data across the province was cut for about two days after polls closed "
        "on Tuesday."
    )
    assert date_pair(nlp, text, "cut", "2021-03-20") == ("2021-03-16", "2021-03-18")


def test_event_dated_by_the_moment_it_followed(nlp: Language) -> None:
    text = (
        "22 March - Raids in Kerman\n"
        "Police detained nine students after they staged a sit-in at the campus on 18 March, "
        "a union said."
    )
    assert date_pair(nlp, text, "detained", "2023-03-23") == ("2023-03-18", "2023-03-18")


def test_a_measured_gap_is_not_the_moment(nlp: Language) -> None:
    text = (
        "Riot police cleared the square on 30 May. "
        "The raid came two weeks after workers occupied the depot on 16 May."
    )
    assert date_pair(nlp, text, "cleared", "2023-06-04") == ("2023-05-30", "2023-05-30")
    assert date_pair(nlp, text, "raid", "2023-06-04") != ("2023-05-16", "2023-05-16")


def test_date_of_a_nested_clause_is_not_the_moment(nlp: Language) -> None:
    text = (
        "On Sunday police raided the offices of the union. "
        "They also detained two organisers after they met a lawyer who flew in on Thursday."
    )
    assert date_pair(nlp, text, "detained", "2021-05-12") == ("2021-05-09", "2021-05-09")


def test_since_clause_does_not_move_a_story_day(nlp: Language) -> None:
    text = (
        "4 May - Detentions continue\n"
        "A monitoring group said on Thursday that 900 people had been held since the "
        "strikes began in February. "
        "In Ahvaz, police arrested eleven oil workers, residents said."
    )
    assert date_pair(nlp, text, "arrested", "2023-05-06") == ("2023-05-04", "2023-05-04")
