"""Attribution, round s16b: panels of speakers labelled by full names in capitals,
hearsay asides ("we are told"), "according to X" on a figure, counts owned by
someone ("the commission's figure of 22 deaths", "the figure X gave"), and
acronyms before a group's kind words ("the ABCD monitoring network")."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

_PANEL = (
    "THE EVENING HOUR: episode 12\n\n"
    "I'm Lena Moor, and with me is Tomas Brandt.\n\n"
    "LENA MOOR (host): A year ago the city rose up. Then the internet went dark.\n\n"
    "TOMAS BRANDT: Yes. On the Sunday, riot police fired on the marchers near the bridge.\n\n"
    "LENA MOOR: And many were detained.\n\n"
    "TOMAS BRANDT: Hundreds, over the following week.\n"
)

_BULLETIN = (
    "RADIO NORTH, morning bulletin\n\n"
    "ANNA KELLER: Good morning. Protesters marched through the capital overnight.\n\n"
    "[STING]\n\n"
    "ANNA KELLER: Those are the headlines.\n"
)


def test_full_name_labels_of_a_panel_speak_their_turns(nlp: Language) -> None:
    found = source(nlp, _PANEL, "fired")
    assert (found.kind, found.name) == ("person", "Tomas Brandt")
    found = source(nlp, _PANEL, "detained")
    assert (found.kind, found.name) == ("person", "Lena Moor")


def test_a_lone_newsreader_label_is_the_outlet_s_voice(nlp: Language) -> None:
    assert source(nlp, _BULLETIN, "marched").kind == "author"


def test_we_are_told_aside_is_nobody_in_particular(nlp: Language) -> None:
    text = "In the port city, we are told, police made dozens of arrests."
    assert source(nlp, text, "arrests").kind == "unnamed"


def test_i_was_told_aside_is_nobody_in_particular(nlp: Language) -> None:
    text = "Some neighbours chanted from their balconies that night, I was told."
    assert source(nlp, text, "chanted").kind == "unnamed"


def test_told_by_someone_named_is_not_an_unnamed_aside(nlp: Language) -> None:
    text = "In the port city, we were told by Amnesty International, police made arrests."
    assert source(nlp, text, "arrests").kind != "unnamed"


def test_according_to_on_a_register_figure(nlp: Language) -> None:
    text = "Arrests: roughly 8,000 according to the Harbour Watch group by early 2021."
    found = source(nlp, text, "Arrests")
    assert (found.kind, found.name) == ("organization", "Harbour Watch")


def test_acronym_before_monitoring_network_names_it(nlp: Language) -> None:
    text = "At least 30 people were killed, according to the KRDN monitoring network."
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "KRDN")


def test_passive_report_gives_way_to_a_named_according_to(nlp: Language) -> None:
    text = "Rallies were reported in 40 towns, according to the Harbour Watch group."
    found = source(nlp, text, "Rallies")
    assert (found.kind, found.name) == ("organization", "Harbour Watch")


def test_passive_report_with_unnamed_according_to_stays_unnamed(nlp: Language) -> None:
    text = "Rallies were reported in 40 towns, according to residents."
    assert source(nlp, text, "Rallies").kind == "unnamed"


def test_possessed_figure_of_deaths_is_its_owner_s(nlp: Language) -> None:
    text = "The Harbour Rights Commission's figure of 31 deaths covered the whole country."
    found = source(nlp, text, "deaths")
    assert (found.kind, found.name) == ("organization", "Harbour Rights Commission")


def test_figure_given_by_someone_beside_a_hedge(nlp: Language) -> None:
    text = (
        "At least 90 people are believed to have been killed in the north, "
        "the figure Amnesty International gave on Monday."
    )
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "Amnesty International")


def test_owned_total_before_a_colon(nlp: Language) -> None:
    text = "She closed by reading the police's latest total: some 900 people arrested since May."
    found = source(nlp, text, "arrested")
    assert (found.kind, found.name) == ("organization", "police")


def test_death_toll_owned_by_nobody_is_the_author_s(nlp: Language) -> None:
    text = "The death toll of 31 covered the whole country."
    assert source(nlp, text, "death").kind == "author"


def test_municipality_and_prosecution_are_organizations(nlp: Language) -> None:
    text = "The city's municipality reported that six billboards were set on fire."
    assert source(nlp, text, "fire").kind == "organization"
    text = "The prosecution accuses him of setting fire to a police car."
    assert source(nlp, text, "fire").kind == "organization"


def test_a_group_registering_killings_reports_them(nlp: Language) -> None:
    text = "By June, the rights group Lumen had registered dozens of killings by the police."
    found = source(nlp, text, "killings")
    assert (found.kind, found.name) == ("organization", "Lumen")


_SPEECH = (
    "LEGISLATIVE ASSEMBLY: EVENING DEBATE\n\n"
    "Ms. Rosa Lind (North Vale): Madam Speaker, I rise with a heavy heart tonight.\n\n"
    "Last month riot police beat students outside the library in our capital.\n"
)


def test_one_speech_addressed_to_the_chair_is_its_speaker_s(nlp: Language) -> None:
    found = source(nlp, _SPEECH, "beat")
    assert (found.kind, found.name) == ("person", "Rosa Lind")


def test_one_labelled_paragraph_without_address_stays_the_author_s(nlp: Language) -> None:
    text = "Dr. Rosa Lind: notes from the field\n\nRiot police beat students outside the library.\n"
    assert source(nlp, text, "beat").kind == "author"


def test_bare_plural_contacts_are_unnamed(nlp: Language) -> None:
    text = "Contacts in the eastern suburbs reported that soldiers beat residents at night."
    assert source(nlp, text, "beat").kind == "unnamed"


def test_their_contacts_are_a_group_named_as_written(nlp: Language) -> None:
    text = "He was detained at his home before dawn, their contacts said."
    assert source(nlp, text, "detained").kind == "organization"


def test_estimate_put_above_a_figure(nlp: Language) -> None:
    text = "Other monitors put the number of arrests closer to 9,000 by the new year."
    assert source(nlp, text, "arrests").kind == "unnamed"
    text = "The Harbour Watch group put the number of arrests above 9,000."
    found = source(nlp, text, "arrests")
    assert (found.kind, found.name) == ("organization", "Harbour Watch")


def test_according_to_on_a_clause_above_the_report_does_not_name_it(nlp: Language) -> None:
    text = (
        "Since the vote, police have detained 5,000 people, according to the Interior "
        "Ministry, and hundreds of those released have said they were beaten in custody."
    )
    assert source(nlp, text, "beaten").kind == "unnamed"


def test_outlet_showing_the_event_asserts_it(nlp: Language) -> None:
    text = "State television showed burned-out shops in the old market."
    found = source(nlp, text, "burned")
    assert (found.kind, found.name) == ("organization", "State television")
    text = "State media have broadcast footage of shops being looted in the port."
    found = source(nlp, text, "looted")
    assert (found.kind, found.name) == ("organization", "State media")


def test_videos_showing_the_event_are_not_an_outlet(nlp: Language) -> None:
    assert source(nlp, "Videos showed burned-out shops in the old market.", "burned").kind != (
        "organization"
    )


def test_tally_of_a_named_group_is_the_group_s(nlp: Language) -> None:
    text = "At least 40 people were killed, according to the tally of KRDN."
    found = source(nlp, text, "killed")
    assert (found.kind, found.name) == ("organization", "KRDN")
