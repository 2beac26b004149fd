"""A state told in the present tense of a verb of persistence ("remain in detention",
"remains in custody") still holds at the time of writing: the mention runs up to
publication, from its own time, or, undated, from the start of the story's unrest (a
pronoun takes up the event just told, and keeps its time); a count that stands ("the
toll stays at 40") is no state, and the past tense ("remained") tells no present."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, typed_date

_STORY = (
    "Protests over the price of bread broke out in Kassala on 3 March. "
    "On 20 April, police raided the offices of two newspapers in the capital. "
)


def test_undated_detention_runs_from_the_unrest_to_now(nlp: Language) -> None:
    text = _STORY + "Several other reporters remain in detention."
    assert typed_date(nlp, text, "remain", "2021-05-02", "arrest") == (
        "2021-03-03",
        "2021-05-02",
    )


def test_joined_state_runs_from_its_own_time(nlp: Language) -> None:
    text = _STORY + "Two editors were arrested in March and remain in prison."
    assert typed_date(nlp, text, "arrested", "2021-05-02", "arrest") == (
        "2021-03",
        "2021-05-02",
    )


def test_pronoun_keeps_the_event_just_told(nlp: Language) -> None:
    text = _STORY + "They remain in custody."
    assert typed_date(nlp, text, "remain", "2021-05-02", "arrest") == (
        "2021-04-20",
        "2021-04-20",
    )


def test_past_tense_tells_no_present(nlp: Language) -> None:
    text = _STORY + "Two editors were arrested in March and remained in prison for a week."
    assert date_pair(nlp, text, "arrested", "2021-05-02")[1] != "2021-05-02"


def test_a_standing_toll_is_no_state(nlp: Language) -> None:
    text = _STORY + "Five people were killed on 21 April. The toll stays at 40."
    assert date_pair(nlp, text, "toll", "2021-05-02") != ("2021-04-21", "2021-05-02")
