"""A wave's start given by its outbreak ("Protests broke out across the province on 15
July") is the start that a later "since the protests began" names: the span runs from
that day, not from an earlier day the story told first, nor from the same noun dated
further down the text (another episode)."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_BRIEFING = (
    "Geneva, 23 July 2021. The rapporteur is alarmed by the killings in Khuzestan. "
    "Farmers had blocked a road near Ahvaz on 9 July to demand water. "
    "Protests broke out across the province on 15 July over acute water shortages. "
    "Mobile internet has been shut down in parts of the province since the protests "
    "began. "
    "In a separate development, the protests that took place in Havana on 11 and 12 July "
    "were dispersed by the police."
)


def test_since_the_protests_began_runs_from_their_outbreak(nlp: Language) -> None:
    assert date_pair(nlp, _BRIEFING, "shut", "2021-07-23") == ("2021-07-15", "2021-07-23")


def test_a_noun_dated_later_in_the_text_is_another_episode(nlp: Language) -> None:
    text = (
        "Protests broke out across the province on 15 July over water shortages. "
        "Dozens of people have been detained since the protests began. "
        "The protests that took place in Havana on 11 and 12 July were dispersed."
    )
    assert date_pair(nlp, text, "detained", "2021-07-23") == ("2021-07-15", "2021-07-23")


def test_a_sentence_initial_noun_tagged_as_a_name(nlp: Language) -> None:
    text = (
        "Intelligence agents arrested eight ringleaders, the ministry said on Wednesday. "
        "Unrest broke out on 15 November after the government raised the price of fuel. "
        "In Shiraz, rioters torched a bank on the night of 16 November. "
        "The police chief said 150 rioters had been detained in the capital since the "
        "unrest began."
    )
    assert date_pair(nlp, text, "detained", "2019-11-27") == ("2019-11-15", "2019-11-27")
