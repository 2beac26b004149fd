"""A reported past-perfect clause tied to the scene the narrative is at ('had been
wounded there', 'detained at the scene', 'treated in the evening', 'a suspect had been
detained') dates to the narrative's day, not to the whole episode running since the
unrest began; a summary without such a tie keeps the episode."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_LIVE = (
    "Thousands of students have marched in cities across the country since the unrest "
    "began in early March. "
    "Today, crowds gathered outside the court in Kisumu as the verdict was read. "
)


def test_a_single_suspect_is_the_day_s_act(nlp: Language) -> None:
    text = _LIVE + "The interior minister said a suspect had been detained near the court."
    assert date_pair(nlp, text, "detained", "2025-04-16") == ("2025-04-16", "2025-04-16")


def test_at_the_scene_is_the_day_s_scene(nlp: Language) -> None:
    text = _LIVE + "The police said several men had been arrested at the scene."
    assert date_pair(nlp, text, "arrested", "2025-04-16") == ("2025-04-16", "2025-04-16")


def test_there_and_a_part_of_the_day(nlp: Language) -> None:
    text = _LIVE + "A nurse said dozens of people had been treated there for wounds in the evening."
    assert date_pair(nlp, text, "wounds", "2025-04-16") == ("2025-04-16", "2025-04-16")


def test_a_summary_keeps_the_episode(nlp: Language) -> None:
    text = _LIVE + "A rights group said hundreds of students had been arrested."
    start, end = date_pair(nlp, text, "arrested", "2025-04-16")
    assert (start, end) != ("2025-04-16", "2025-04-16")


_DAY = (
    "Thousands of students have marched in cities across the country since the unrest "
    "began in early March. "
    "On Wednesday, crowds gathered outside the court in Kisumu as the verdict was read. "
)


def test_a_report_dated_before_writing_is_not_the_episode(nlp: Language) -> None:
    text = _DAY + (
        "The interior ministry said on Wednesday that a number of organisers had been "
        "arrested in the south."
    )
    assert date_pair(nlp, text, "arrested", "2025-04-17") == ("2025-04-16", "2025-04-16")


def test_a_report_of_the_day_of_writing_keeps_the_episode(nlp: Language) -> None:
    text = _DAY + (
        "A rights group said on Thursday that police had arrested hundreds of students "
        "across the country."
    )
    assert date_pair(nlp, text, "arrested", "2025-04-17") == ("2025-03", "2025-04-17")


def test_one_gathering_already_told(nlp: Language) -> None:
    text = _LIVE + "The state news agency said about 2,000 people had taken part in the gathering."
    assert date_pair(nlp, text, "taken", "2025-04-16") == ("2025-04-16", "2025-04-16")


def test_one_definite_thing_is_one_act(nlp: Language) -> None:
    text = _LIVE + "The police said the courthouse had been set on fire by a mob."
    assert date_pair(nlp, text, "fire", "2025-04-16") == ("2025-04-16", "2025-04-16")


def test_one_act_admitted_later_keeps_its_day(nlp: Language) -> None:
    text = (
        "A cargo plane crashed near the capital on Wednesday, 9 April, killing its crew. "
        "Then, on the Saturday, the army admitted that the plane had been shot down by its "
        "own unit."
    )
    assert date_pair(nlp, text, "shot", "2025-04-20") == ("2025-04-09", "2025-04-09")
