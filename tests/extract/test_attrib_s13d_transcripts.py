"""Speaker turns of transcripts of proceedings, forms of address, and "X, citing Y,
reported" chains: who asserts what a turn or a chain reports."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

_RECORD = (
    "ASSEMBLY DEBATES\nMonday, March 3, 2025\n\n"
    "STATEMENTS\n\n"
    "Mrs. Dana Okoro (Lakeside West): Madam Speaker, last week riot police beat "
    "dozens of students outside the central library. Several of them were detained "
    "overnight.\n\n"
    "Our office heard from families the next morning.\n\n"
    "The Speaker: The hon. member for Hillcrest.\n\n"
    "Mr. Tomas Varga (Hillcrest): Madam Speaker, the interior ministry itself "
    "announced that eleven people had been arrested at the library.\n"
)

_PRESSER = (
    "Weekly briefing of the ministry spokesperson\n\n"
    "QUESTION (regional daily): Shops in the old city were set on fire on Sunday "
    "night. Who is responsible?\n\n"
    'SPOKESPERSON: "We are investigating."\n\n'
    "QUESTION (radio network): Residents say soldiers fired on the crowd. Is this "
    "true?\n\n"
    'SPOKESPERSON: "No."\n'
)

_PODCAST = (
    "[00:00:05] AMARA: Welcome back to the show.\n\n"
    "[00:00:09] JONAS: Police fired tear gas at the marchers on Friday.\n\n"
    "[00:00:15] AMARA: And the strikes went on all week.\n"
)


def test_a_members_turn_is_in_the_members_voice(nlp: Language) -> None:
    assert source(nlp, _RECORD, "beat") == source(nlp, _RECORD, "detained")
    found = source(nlp, _RECORD, "beat")
    assert (found.kind, found.name) == ("person", "Dana Okoro")


def test_a_turn_runs_on_over_its_paragraphs(nlp: Language) -> None:
    found = source(nlp, _RECORD + "\nThey were later charged.\n", "charged")
    assert (found.kind, found.name) == ("person", "Tomas Varga")


def test_the_one_addressed_is_not_a_source(nlp: Language) -> None:
    found = source(nlp, _RECORD, "arrested")
    assert found.kind == "organization"
    assert found.name is not None and "ministry" in found.name.lower()


def test_a_question_turn_is_the_asking_outlets(nlp: Language) -> None:
    found = source(nlp, _PRESSER, "fire")
    assert (found.kind, found.name) == ("organization", "regional daily")


def test_residents_after_a_label_are_nobody_in_particular(nlp: Language) -> None:
    assert source(nlp, _PRESSER, "fired").kind == "unnamed"


def test_hosts_of_a_podcast_keep_the_outlets_voice(nlp: Language) -> None:
    assert source(nlp, _PODCAST, "fired").kind == "author"


def test_a_citing_phrase_after_a_named_reporter_gives_the_cited(nlp: Language) -> None:
    text = (
        "The Wire Service, citing two officials of the Justice Ministry, reported that "
        "about 300 people had been detained."
    )
    found = source(nlp, text, "detained")
    assert found.name is not None and found.name.endswith("Ministry")


def test_a_citing_phrase_after_the_report_keeps_the_reporter(nlp: Language) -> None:
    text = (
        "The Wire Service reported that about 300 people had been detained, citing two "
        "officials of the Justice Ministry."
    )
    found = source(nlp, text, "detained")
    assert found.name is not None and found.name.endswith("Wire Service")


def test_the_cited_officials_speak_for_their_body(nlp: Language) -> None:
    text = (
        "The Wire Service, citing two Justice Ministry officials, reported that about "
        "300 people had been detained."
    )
    found = source(nlp, text, "detained")
    assert (found.kind, found.name) == ("organization", "Justice Ministry")


def test_a_hosts_label_is_not_the_subject_after_it(nlp: Language) -> None:
    text = (
        "[00:02:33] PETER: And the internet?\n\n"
        "[00:02:35] LERATO: WireWatch, the monitoring group, has recorded mobile internet "
        "being cut repeatedly since the fifth of May, mostly during the day."
    )
    found = source(nlp, text, "cut")
    assert (found.kind, found.name) == ("organization", "WireWatch")
