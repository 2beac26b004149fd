"""Attribution, session 10c: reporting relative clauses the parser hung on a date or on
"one" after the trigger, "the council" after a council named by its name, and
estimates of a turnout or crowd; on sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes, source


def test_relative_clause_on_the_date_reports_the_event(nlp: Language) -> None:
    text = (
        "The nurses' union called a three-day national strike on 4 and 5 March, which "
        "it said was observed in hospitals in 60 towns."
    )
    s = source(nlp, text, "strike")
    assert (s.kind, s.name) == ("organization", "nurses' union")


def test_relative_clause_on_one_of_the_set_reports_it(nlp: Language) -> None:
    text = (
        "Supporters of the government held several rallies this month, including one in "
        "Mashhad on Friday that the state news agency said drew thousands of people."
    )
    s = source(nlp, text, "rallies")
    assert s.kind == "organization"
    assert s.name is not None and s.name.endswith("agency")


def test_relative_clause_on_a_date_without_reporting_is_the_authors(nlp: Language) -> None:
    text = "Bakers held a strike on 9 May, which was a Tuesday."
    assert source(nlp, text, "strike").kind == "author"


def test_the_council_is_the_council_named_last(nlp: Language) -> None:
    text = (
        "The drivers' council said dozens of lorries were idle in Bandar Abbas. "
        "On Monday, nurses held sit-ins in two hospitals after the Coordinating Council "
        "of Nurses' Unions called for a strike. The council said nurses had joined the "
        "protests in 20 cities."
    )
    s = source(nlp, text, "joined")
    assert (s.kind, s.name) == ("organization", "Coordinating Council of Nurses' Unions")


def test_an_estimate_of_the_turnout_is_attributed(nlp: Language) -> None:
    text = "Organisers said the rally was the largest in years. Police put the turnout at 8,000."
    s = source(nlp, text, "turnout")
    assert s.kind == "organization"
    assert (s.name or "").lower() == "police"


def test_two_quoted_words_a_blame_lays_on_are_a_quotation(nlp: Language) -> None:
    text = 'The governor blamed the fires on "hired saboteurs" and ordered an inquiry.'
    found = quotes(nlp, text)
    assert [(q.speaker, q.text) for q in found] == [("governor", "hired saboteurs")]


def test_two_quoted_words_blamed_directly_stay_scare_quotes(nlp: Language) -> None:
    text = 'The governor blamed "hired saboteurs" for the fires in the market.'
    assert quotes(nlp, text) == []
