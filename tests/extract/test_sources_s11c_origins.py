"""Attribution and quotes, session 11c: where a claim comes from. Footage "broadcast by"
a channel is the channel's; reports "received by" X "from" Y are Y's; "the statement"
is whoever issued the statement named just before; "a statement by X said ..." in the
story does not make X the document's author; "IRNA quoted the governor as saying" gives
the governor's words. On sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes, source


def test_footage_broadcast_by_a_channel_is_the_channels(nlp: Language) -> None:
    text = "Rioters burned two banks in Arak, according to footage broadcast by state television."
    s = source(nlp, text, "burned")
    assert s.kind == "organization"
    assert (s.name or "").endswith("television")


def test_reports_received_from_a_network_are_the_networks(nlp: Language) -> None:
    text = (
        "Guards fired on mourners in Bukan, according to reports received by the Bulletin "
        "from the Kurdistan Monitors Network."
    )
    s = source(nlp, text, "fired")
    assert (s.kind, s.name) == ("organization", "Kurdistan Monitors Network")


def test_the_statement_is_the_one_named_just_before(nlp: Language) -> None:
    text = (
        "The Caspian Workers Union's statement said the strike had spread to six ports. "
        "The statement also said that nine dockers had been arrested in Bushehr."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("organization", "Caspian Workers Union")


def test_a_statement_by_x_in_the_story_is_xs_not_the_authors(nlp: Language) -> None:
    text = "A statement by the Basij Organisation said its members had detained twelve rioters."
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("organization", "Basij Organisation")


def test_a_report_heading_still_names_the_author(nlp: Language) -> None:
    text = (
        "A report by the Lorestan Rights Centre\n\n"
        "The Centre documented the arrest of 40 teachers in Khorramabad in May."
    )
    assert source(nlp, text, "arrest").kind == "author"


def test_quoted_as_saying_gives_the_one_quoted(nlp: Language) -> None:
    text = '"Order has been restored in the city," the agency ISNA quoted the governor as saying.'
    found = quotes(nlp, text)
    assert [(q.speaker, q.text) for q in found] == [
        ("governor", "Order has been restored in the city")
    ]


def test_quoted_as_saying_attributes_the_event_to_the_one_quoted(nlp: Language) -> None:
    text = (
        "Nader Qasemi, the county governor, spoke after the protest. "
        '"Forty rioters were arrested last night," ISNA quoted him as saying.'
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Nader Qasemi")


def test_as_reported_by_names_the_reporter(nlp: Language) -> None:
    text = "As reported by the Baluch Rights Circle, guards shot two fuel porters near Saravan."
    s = source(nlp, text, "shot")
    assert (s.kind, s.name) == ("organization", "Baluch Rights Circle")


def test_as_x_reported_names_the_reporter(nlp: Language) -> None:
    text = "Guards shot two fuel porters near Saravan, as the Baluch Rights Circle reported."
    s = source(nlp, text, "shot")
    assert (s.kind, s.name) == ("organization", "Baluch Rights Circle")


def test_as_reported_earlier_names_nobody(nlp: Language) -> None:
    text = "As reported earlier, guards shot two fuel porters near Saravan."
    assert source(nlp, text, "shot").kind == "author"


def test_a_name_with_which_is_a_body(nlp: Language) -> None:
    text = "Dadban, which is close to the judiciary, reported that five rioters were hanged."
    s = source(nlp, text, "hanged")
    assert (s.kind, s.name) == ("organization", "Dadban")


def test_an_accusation_in_a_relative_clause_does_not_report_the_sentence(nlp: Language) -> None:
    text = (
        "Earlier this month, on June 3, Iran hanged Karim Nouri, a Dutch-Iranian activist "
        "it accused of leading an armed group."
    )
    assert source(nlp, text, "hanged").kind == "author"
