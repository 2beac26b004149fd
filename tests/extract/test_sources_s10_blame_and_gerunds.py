"""Attribution, session 10: verbs of blame, gerunds of speech after a preposition, two
subjects on one reporting verb, "that" clauses hung on an adverbial phrase, and
hyphenated surnames; on sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_blaming_an_outage_asserts_it(nlp: Language) -> None:
    text = "The ministry blamed the blackout on a fire at a relay station."
    s = source(nlp, text, "blackout")
    assert (s.kind, s.name) == ("organization", "ministry")


def test_linking_deaths_to_the_unrest_asserts_them(nlp: Language) -> None:
    text = "Investigators later linked fourteen deaths to the crackdown in the port city."
    s = source(nlp, text, "deaths")
    assert (s.kind, s.name) == ("organization", "Investigators")


def test_blaming_a_culprit_for_the_fires(nlp: Language) -> None:
    text = "The mayor blamed outside agitators for the arson attacks on two banks."
    assert source(nlp, text, "attacks").kind == "person"


def test_a_participle_of_link_reports_nothing(nlp: Language) -> None:
    text = "Students linked to the union occupied the rectorate for two days."
    assert source(nlp, text, "occupied").kind == "author"


def test_gerund_after_despite_speaks_for_the_described_man(nlp: Language) -> None:
    text = (
        "Among them was Dariush Karimi-Nejad, a baker, convicted in March despite telling "
        "the judge that guards had beaten him in custody."
    )
    s = source(nlp, text, "beaten")
    assert (s.kind, s.name) == ("person", "Dariush Karimi-Nejad")


def test_gerund_after_after_speaks_for_the_subject(nlp: Language) -> None:
    text = "The editor was dismissed after saying that police had tortured two reporters."
    s = source(nlp, text, "tortured")
    assert s.kind == "person"
    assert s.name is not None and s.name.endswith("editor")


def test_the_nearest_of_two_parsed_subjects_speaks(nlp: Language) -> None:
    text = (
        "The campaign went on through the winter, and the next May, on Labour Day, "
        "unions said half a million workers marched in the capital."
    )
    s = source(nlp, text, "marched")
    assert (s.kind, s.name) == ("organization", "unions")


def test_that_clause_after_until_the_end_is_reported(nlp: Language) -> None:
    text = "Mr Rostami insisted until the end that his statement had been extracted under duress."
    s = source(nlp, text, "extracted")
    assert s.kind == "person"
    assert s.name is not None and s.name.endswith("Rostami")


def test_said_at_the_time_that_reports_the_clause(nlp: Language) -> None:
    text = "The district council said at the time that nine people had died in the clashes."
    s = source(nlp, text, "died")
    assert (s.kind, s.name) == ("organization", "district council")
