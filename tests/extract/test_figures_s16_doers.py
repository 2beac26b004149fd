"""A count of the people who do the act (a passive's agent, a "who" clause with an
object) is not a count of the people it befell."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import pairs

pytestmark = pytest.mark.slow


def test_agent_count_is_not_the_arrested(nlp: Language) -> None:
    text = "Two students were arrested by four plainclothes agents near the campus."
    assert pairs(nlp, "arrest", text, "arrested") == {("arrested", 2)}


def test_agent_count_alone_gives_no_figure(nlp: Language) -> None:
    text = "The teacher was detained by six officers outside the school."
    assert pairs(nlp, "arrest", text, "detained") == set()


def test_who_clause_with_an_object_names_the_doers(nlp: Language) -> None:
    text = "He was caught in an alley by three officers, who beat him with batons."
    assert pairs(nlp, "attack", text, "beat") == set()


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Three protesters were killed by security forces in the square.", "killed", ("killed", 3)),
        (
            "Forty people who were arrested on Friday remain in custody.",
            "arrested",
            ("arrested", 40),
        ),
    ],
)
def test_victims_still_counted(
    nlp: Language, text: str, trigger: str, expected: tuple[str, int]
) -> None:
    event_type = "attack" if expected[0] == "killed" else "arrest"
    assert pairs(nlp, event_type, text, trigger) == {expected}
