"""Sources (s23H): an "according to X" opening a conjunct ("fired tear gas and, according
to witnesses, live rounds") tells of that conjunct alone, not of the trigger before its
conjunction; a second predicate of the same subject stays under it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow


def test_a_coordinated_object_keeps_the_act_before_it_the_writer_s(nlp: Language) -> None:
    text = (
        "Riot police fired tear gas and, according to several witnesses, live rounds "
        "at the crowd in the old town."
    )
    assert source(nlp, text, "fired").kind == "author"


def test_a_hedge_opening_the_conjunct_leaves_the_earlier_act_alone(nlp: Language) -> None:
    text = (
        "Students gathered outside the faculty before troops fired tear gas and, "
        "according to witnesses, rubber bullets to clear the gate."
    )
    assert source(nlp, text, "fired").kind == "author"


def test_a_conjoined_clause_with_its_own_subject(nlp: Language) -> None:
    text = (
        "Crowds marched through the city centre on Friday and, according to the "
        "governor, two police officers were killed in clashes near the bazaar."
    )
    assert source(nlp, text, "marched").kind == "author"
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("person", "governor")


def test_a_second_predicate_of_the_same_subject_stays_attributed(nlp: Language) -> None:
    text = (
        "In the port, security forces fired tear gas into the market on Friday and, "
        "according to two shopkeepers, shot at young men who were carrying the wounded away."
    )
    assert source(nlp, text, "fired").kind == "unnamed"
