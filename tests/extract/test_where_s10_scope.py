"""Tests of event places: national tallies that borrow no story city, the state as the actor,
"since <weekday>" inside one scene, lists opened by "among them" after a verb of saying, the
highest court's capital, and a few gazetteer spellings.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

from unrest.extract._where_totals import tally
from unrest.extract.where import Gazetteer

#: An article whose story city is Shiraz: the lead and a later sentence name it.
_SHIRAZ = (
    "Two men were hanged in Shiraz on Thursday over the killing of a militiaman.\n\n"
    "Crowds gathered outside the central prison in Shiraz on Wednesday night.\n\n"
    "Relatives had pleaded for a retrial until the last hour.\n\n"
)


def test_running_number_of_hangings_is_the_country_s(nlp: Language) -> None:
    text = _SHIRAZ + "The hangings raise to eleven the number of men executed for the unrest."
    got = sentence_places(nlp, text, "The hangings raise", "executed")
    assert got == [("IR", None, None)]


def test_a_large_count_of_detentions_is_the_country_s(nlp: Language) -> None:
    text = _SHIRAZ + "More than 4,300 people were detained in the crackdown, a monitor said."
    got = sentence_places(nlp, text, "More than 4,300", "detained")
    assert got == [("IR", None, None)]


def test_a_small_count_still_takes_the_story_city(nlp: Language) -> None:
    text = _SHIRAZ + "Nine people were detained after the vigil, a monitor said."
    got = sentence_places(nlp, text, "Nine people", "detained")
    assert got == [("IR", "Fars", "Shiraz")]


def test_the_state_as_the_actor_takes_the_country(nlp: Language) -> None:
    text = _SHIRAZ + "Iran also executed a prisoner convicted of espionage last week."
    got = sentence_places(nlp, text, "Iran also executed", "executed")
    assert got == [("IR", None, None)]


def test_tally_reads_counts_in_words_and_running_numbers(nlp: Language) -> None:
    doc = nlp("Thousands more were wounded in the crackdown.")
    assert tally(doc[3:4])
    doc = nlp("Activists put the number of arrests at 9,000.")
    assert tally(doc[5:6])
    doc = nlp("Thousands marched through the streets.")
    assert not tally(doc[1:2])


def test_since_a_weekday_keeps_the_scene_of_the_paragraph(nlp: Language) -> None:
    text = (
        "Unrest has spread across Iran's western provinces.\n\n"
        "In Bukan, a shopkeeper said riot police had arrived on buses the day before. "
        "Since Sunday they have been firing at the crowds."
    )
    got = sentence_places(nlp, text, "Since Sunday", "firing")
    assert got == [("IR", "West Azerbaijan", "Bukan")]


def test_list_opened_by_among_them_after_said_names_the_event_places(nlp: Language) -> None:
    text = (
        "Rallies against the fuel price rise were held in at least 20 of Nigeria's states "
        "on Monday, the organisers said, among them in Kano, Kaduna and Zaria."
    )
    got = sentence_places(nlp, text, "Rallies against", "Rallies")
    assert sorted(got) == [
        ("NG", "Kaduna", "Kaduna"),
        ("NG", "Kaduna", "Zaria"),
        ("NG", "Kano", "Kano"),
    ]


def test_the_supreme_court_acts_for_the_country(nlp: Language) -> None:
    # s14d: dev8-dev11 place a Supreme Court ruling in the country alone (dev4/dev7 did not)
    text = (
        "A revolutionary court in Shiraz sentenced the two brothers to death in March. "
        "The Supreme Court confirmed the sentences in June."
    )
    got = sentence_places(nlp, text, "The Supreme Court", "sentences")
    assert got == [("IR", None, None)]


def test_a_place_named_with_the_supreme_court_comes_first(nlp: Language) -> None:
    text = "The Supreme Court upheld the death sentences of three protesters in Shiraz."
    got = sentence_places(nlp, text, "The Supreme Court", "sentences")
    assert got == [("IR", "Fars", "Shiraz")]


def test_common_spellings_of_towns(gaz: Gazetteer) -> None:
    place = gaz.lookup("Soosangerd", "IR")
    assert place is not None
    assert place.city == "Susangerd"
