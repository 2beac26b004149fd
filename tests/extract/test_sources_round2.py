"""Attribution and quotes, second round: role speakers, organizations named around a
noun, findings of inquiries and reports, and quotations in reported speech."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes, source

from unrest.extract.sources import QuoteSpan


def speaker_of(found: list[QuoteSpan], start: str) -> str | None:
    return next((q.speaker for q in found if q.text.startswith(start)), None)


# --- who speaks --------------------------------------------------------------------------


def test_one_of_its_advisers_is_a_person(nlp: Language) -> None:
    text = "In July, one of its advisers said that 200 people had been killed since the revolt."
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("person", "one of its advisers")


def test_operator_is_an_organization(nlp: Language) -> None:
    text = "The port operator said that more than 12 cranes had been set on fire."
    s = source(nlp, text, "fire")
    assert (s.kind, s.name) == ("organization", "port operator")


def test_headquarters_is_an_organization(nlp: Language) -> None:
    text = "Provincial police headquarters has said that 17 officers were killed in the riots."
    assert source(nlp, text, "killed").kind == "organization"


def test_proper_name_before_group_is_the_organization(nlp: Language) -> None:
    text = "According to the Baltic Freedom Watch group, at least 40 protesters have been killed."
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("organization", "Baltic Freedom Watch")


def test_place_before_police_stays_as_written(nlp: Language) -> None:
    text = "Tehran police said that 30 people had been arrested overnight."
    s = source(nlp, text, "arrested")
    assert s.kind == "organization" and s.name is not None and s.name.endswith("police")


def test_anonymous_single_informant_is_nobody_in_particular(nlp: Language) -> None:
    text = (
        "A nurse at Central City Hospital, who asked not to be named, told our reporter the "
        "ward had received many people with gunshot wounds."
    )
    s = source(nlp, text, "gunshot")
    assert s.kind == "unnamed"  # dev7 convention (s22C): who asks not to be named is nobody


def test_lead_description_takes_the_name_given_later(nlp: Language) -> None:
    text = (
        "Police killed 12 people on Monday, according to a coalition of rights groups.\n\n"
        "The Delta Justice Coalition said in a statement that 40 people were hurt."
    )
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("organization", "Delta Justice Coalition")


# --- what is reported ------------------------------------------------------------------


def test_inquiry_finds_that(nlp: Language) -> None:
    text = "A parliamentary inquiry finds that 80 civilians were killed in the first week."
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("organization", "parliamentary inquiry")


def test_police_finding_bodies_is_not_a_report(nlp: Language) -> None:
    text = "Police found the bodies of two men who had been shot near the river."
    assert source(nlp, text, "shot").kind == "author"


def test_the_report_refers_back_to_its_issuer_paragraphs_later(nlp: Language) -> None:
    text = (
        "In a report based on 200 interviews, the Northern Monitoring Office said that the "
        "crackdown was planned.\n\n"
        "The army closed the roads on Friday. Schools stayed shut for a week.\n\n"
        "Shops were closed across the region. Markets were empty.\n\n"
        "Police fired on crowds for hours, killing dozens of people, the report said."
    )
    s = source(nlp, text, "fired")
    assert s.kind == "organization" and s.name is not None and s.name.endswith("Office")


def test_partitive_clause_on_the_reported_object(nlp: Language) -> None:
    text = (
        "The country's ombudsman office recorded more than 300 people with head injuries, "
        "most of them hit by rubber bullets."
    )
    assert source(nlp, text, "hit").kind == "organization"


# --- quotations --------------------------------------------------------------------------


def test_hyphenated_kin_keeps_its_whole_word(nlp: Language) -> None:
    found = quotes(nlp, '"We were told nothing at all," his brother-in-law told the paper.')
    assert speaker_of(found, "We were told") == "his brother-in-law"


def test_quote_in_reported_speech_is_the_reporters(nlp: Language) -> None:
    text = (
        "In Paris, a French foreign ministry spokesman said the government condemned the "
        'sentences "in the harshest terms" and would summon the envoy.'
    )
    assert speaker_of(quotes(nlp, text), "in the harshest") == "French foreign ministry spokesman"


def test_nested_quote_keeps_its_own_speaker(nlp: Language) -> None:
    text = (
        "One driver I met disagreed. He told me, \"The manager said 'leave now or lose your "
        "job', and we left the depot.\""
    )
    assert speaker_of(quotes(nlp, text), "leave now") == "manager"


def test_reopened_paragraphs_are_listed_separately(nlp: Language) -> None:
    text = (
        'Anna Berg, the UN expert, urged a halt. "These trials were a farce," Berg said. '
        '"Their confessions were taken under duress and aired before any verdict.\n\n'
        '"Carrying out the sentences would be unlawful," she said.'
    )
    found = [q.text for q in quotes(nlp, text)]
    assert "Their confessions were taken under duress and aired before any verdict." in found
    assert "Carrying out the sentences would be unlawful" in found


def test_quote_after_a_speaker_who_gave_a_name(nlp: Language) -> None:
    text = (
        "In Marivan, one shopkeeper, a baker who gave only his first name, Omid, said police "
        'had come from the capital. "At first they used batons. Since Sunday they have been '
        'firing."\n\nThe state news agency quoted the governor as saying that calm had returned.'
    )
    assert speaker_of(quotes(nlp, text), "At first") == "Omid"


def test_speaker_phrase_right_after_the_closing_mark(nlp: Language) -> None:
    text = (
        'Near the bridge, marchers were stopped. "They fired gas first and then we heard '
        'shots. Two girls near me were hurt," a woman from Sine, as the city is called in '
        "Kurdish, told the Hill Post by telephone."
    )
    assert speaker_of(quotes(nlp, text), "They fired") == "woman from Sine"


def test_one_of_his_cousins_speaks_a_quote(nlp: Language) -> None:
    text = (
        "The governor blamed armed rioters for the death. "
        '"There were no rioters with guns. There were only the police," one of his cousins '
        "said."
    )
    assert speaker_of(quotes(nlp, text), "There were no") == "one of his cousins"


def test_the_website_refers_back_to_the_possessed_website(nlp: Language) -> None:
    text = (
        "Two men were hanged on Friday in the northern city of Tabriz, the court's news "
        "website said.\n\n"
        "Both men were executed at dawn after a trial of a single day, the website said."
    )
    s = source(nlp, text, "executed")
    assert (s.kind, s.name) == ("organization", "court's news website")
