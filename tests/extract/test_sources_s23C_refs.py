"""Sources, round s23C: officials named after a title and a place list, collectives that
are neither one person nor a body, "according to" persons as antecedents, names the
parser made the root of their sentence, title headlines, "the broadcast", and closing
reports across a semicolon whose second clause goes on with the same people; on
sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes, source

pytestmark = pytest.mark.slow


def test_name_after_a_closed_place_list_is_the_title_holder(nlp: Language) -> None:
    text = (
        "According to the governor of Kohgiluyeh and Boyer-Ahmad, Reza Tavakoli Nasab, "
        "a crowd of armed men attacked the police station in Yasuj with petrol bombs. "
        "The governor said four people were killed in the attack."
    )
    s = source(nlp, text, "attacked")
    assert (s.kind, s.name) == ("person", "Reza Tavakoli Nasab")
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("person", "Reza Tavakoli Nasab")


def test_he_after_according_to_a_named_official(nlp: Language) -> None:
    text = (
        "A senior police officer and two soldiers were killed when gunmen opened fire on a "
        "checkpoint near Saravan on Monday, provincial officials said. "
        "According to the governor of Sistan and Baluchestan, Mahmoud Rezaei Far, the "
        "gunmen came from across the border. Security forces chased the attackers and "
        "arrested three of them, he said."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Mahmoud Rezaei Far")


def test_he_never_stands_for_a_group_of_people(nlp: Language) -> None:
    text = (
        "A rally in Qazvin on Friday was ended by police, the governor of Qazvin province "
        "said on Saturday. "
        "Bahman Rostami told reporters that several hundred people had gathered outside "
        "the town hall. According to the governor, a group of youths who had come with "
        "sticks broke the windows of a bank. Police used tear gas to disperse them, he said."
    )
    s = source(nlp, text, "used")
    assert (s.kind, s.name) == ("person", "Bahman Rostami")


def test_a_root_name_with_its_verb_hung_on_it_is_a_pronoun_antecedent(nlp: Language) -> None:
    text = (
        '"They fired from the rooftops," said one of them, a baker who asked not to be named.\n\n'
        "Hamid Shokouhi, a lawmaker for Shushtar, protested in parliament last week at the "
        'handling of the unrest. "I ask the ministers to tell the people the truth," he '
        "told fellow deputies."
    )
    found = [q for q in quotes(nlp, text) if q.text.startswith("I ask")]
    assert found and found[0].speaker == "Hamid Shokouhi"


def test_title_headline_is_the_officials_claim(nlp: Language) -> None:
    text = (
        "Arak governor: unlawful rally ended, troublemakers detained\n\n"
        "An unlawful rally in central Arak was ended by police on "
        "Friday, the governor of Markazi province said on Saturday.\n\n"
        "Ali Akbar Khosravi told reporters that about two hundred people had gathered in "
        "the main square."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("person", "Ali Akbar Khosravi")


def test_the_broadcast_is_the_broadcasters(nlp: Language) -> None:
    text = (
        "Iranian state television on Tuesday acknowledged that security forces had fired on "
        "people in the marshes outside Shadegan. The broadcast said armed men had attacked "
        "the police before fleeing into the reeds."
    )
    s = source(nlp, text, "attacked")
    assert (s.kind, s.name) == ("organization", "Iranian state television")


def test_closing_report_covers_a_semicolon_clause_that_goes_on(nlp: Language) -> None:
    text = (
        "In Rasht, a small group of workers gathered outside the governor's office on Sunday "
        "and chanted slogans; they dispersed after police arrived, a police spokesman said."
    )
    assert source(nlp, text, "gathered").kind == "person"
    text = (
        "In Dezful, armed men tried to storm a police station on Monday night; four of the "
        "attackers died in the shooting that followed, state television reported."
    )
    s = source(nlp, text, "storm")
    assert (s.kind, s.name) == ("organization", "state television")


def test_semicolon_clause_with_a_speaker_of_its_own_stays_apart(nlp: Language) -> None:
    text = (
        "Two young men were shot dead in Dorud on Sunday night; the deputy governor blamed "
        "foreign agents for the shooting."
    )
    assert source(nlp, text, "shot").kind == "author"
    text = (
        "Hundreds of people rallied in Ardabil; several marchers were detained, according "
        "to local rights monitors."
    )
    assert source(nlp, text, "rallied").kind == "author"


def test_state_tv_is_the_fuller_state_television_of_the_article(nlp: Language) -> None:
    text = (
        "Syrian state television said on Monday that troops had retaken the town. "
        "Four soldiers were killed in the fighting, state TV said."
    )
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("organization", "Syrian state television")


def test_state_tv_with_no_fuller_name_stays_as_written(nlp: Language) -> None:
    text = (
        "State television has just given a first toll.\n\n"
        "State TV says 17 people, including police officers, were killed since Saturday."
    )
    s = source(nlp, text, "killed")
    assert s.kind == "organization" and s.name is not None
    assert s.name.split()[-1] == "TV"
