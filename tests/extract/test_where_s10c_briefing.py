"""Tests of event places, third round: running totals tied to "the protests", paragraphs
about a town abroad in a briefing about another country, statements issued abroad,
"when"-clauses that place their head's event, and towns named on a facility.

Sentences are written for these tests (not taken from any gold set).
"""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places

#: An article whose story city is Shiraz: the lead and later sentences name it.
_SHIRAZ = (
    "Thousands of teachers marched in Shiraz on Tuesday over unpaid wages.\n\n"
    "Teachers blocked a main road in Shiraz for two hours.\n\n"
    "Riot police in Shiraz fired tear gas at the crowd, witnesses said.\n\n"
)


def test_a_count_tied_to_the_protests_is_national(nlp: Language) -> None:
    text = (
        _SHIRAZ + "Eleven people have now been sentenced to death in connection with the protests."
    )
    got = sentence_places(nlp, text, "Eleven people", "sentenced")
    assert got == [("IR", None, None)]


def test_a_count_in_relation_to_the_unrest_is_national(nlp: Language) -> None:
    text = _SHIRAZ + "So far 6 men have been hanged in relation to the unrest, lawyers say."
    got = sentence_places(nlp, text, "So far", "hanged")
    assert got == [("IR", None, None)]


def test_a_count_without_the_link_keeps_the_story_city(nlp: Language) -> None:
    text = _SHIRAZ + "Eleven teachers were sentenced to prison terms on Monday."
    got = sentence_places(nlp, text, "Eleven teachers", "sentenced")
    assert got == [("IR", "Fars", "Shiraz")]


def test_a_town_included_in_a_national_total_is_not_its_place(nlp: Language) -> None:
    text = (
        _SHIRAZ + "At least 60 people have been killed in connection with the protests "
        "since they began, including two in Shiraz."
    )
    got = sentence_places(nlp, text, "At least 60", "killed")
    assert got == [("IR", None, None)]


def test_a_paragraph_about_a_town_abroad_lends_that_town(nlp: Language) -> None:
    text = (
        _SHIRAZ + "In neighbouring Iraq, security forces fired on demonstrators in Basra on "
        "Sunday. A police station was burned down later that night."
    )
    got = sentence_places(nlp, text, "A police station", "burned")
    assert got and all(c == "IQ" for c, _, _ in got)
    assert ("IR", "Fars", "Shiraz") not in got


def test_a_statement_issued_abroad_lends_no_place(nlp: Language) -> None:
    text = (
        _SHIRAZ + "The UN rights office said in a statement issued in Geneva that it was "
        "alarmed. Dozens of teachers were detained overnight."
    )
    got = sentence_places(nlp, text, "Dozens of teachers", "detained")
    assert all(c != "CH" for c, _, _ in got)


def test_a_when_clause_places_the_killing(nlp: Language) -> None:
    text = (
        "Two guards were killed and a third wounded when gunmen opened fire on them in "
        "Zahedan, the provincial police said."
    )
    got = sentence_places(nlp, text, "Two guards", "killed")
    assert got == [("IR", "Sistan and Baluchestan", "Zahedan")]


def test_an_after_clause_lends_no_place(nlp: Language) -> None:
    text = (
        "Two guards were killed and a third wounded after they had returned from Zahedan, "
        "the provincial police said."
    )
    got = sentence_places(nlp, text, "Two guards", "killed")
    assert ("IR", "Sistan and Baluchestan", "Zahedan") not in got


def test_a_town_named_on_an_economic_zone(nlp: Language) -> None:
    text = (
        "Welders at the Asaluyeh special economic zone walked off the job on Monday, "
        "Iranian labour activists said."
    )
    got = sentence_places(nlp, text, "Welders", "walked")
    assert ("IR", "Bushehr", "Bandar-e Asaluyah") in got
