"""Attribution, session 10b: interviews laid out as labelled speaker turns, officials
who are appalled by an event, that-clauses hung on a bare time phrase, names parsed as
clauses, truncated organization names, report owners and mixed plural informants; on
sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes, source

from unrest.extract._names_turns import turn_labels

_INTERVIEW = (
    "Harbour Weekly | Conversations\n\n"
    "Leyla Moradkhani represented dock workers in Bandar Abbas for a decade before she "
    "moved to Oslo. We reached her by video link.\n\n"
    "Harbour: What happened at the port last spring?\n\n"
    "Moradkhani: The dockers stopped work for four days. Police detained eleven of them "
    "at the gates on the second morning.\n\n"
    "Harbour: Were they charged?\n\n"
    "Moradkhani: Three were charged with disturbing public order, and later released.\n\n"
    "Harbour: And now?\n\n"
    'Moradkhani: Nobody dares to speak. "We will come back for you," one of the guards '
    "told a young crane driver.\n"
)

_TRANSCRIPT = (
    "Anchor: Teachers have walked out in several provinces today. What are you seeing?\n\n"
    "Correspondent: Schools in at least nine cities were closed this morning.\n\n"
    "Anchor: Have there been arrests?\n\n"
    "Correspondent: Activists say police detained several union members overnight.\n"
)


def test_answer_turns_are_in_the_interviewees_voice(nlp: Language) -> None:
    s = source(nlp, _INTERVIEW, "detained")
    assert (s.kind, s.name) == ("person", "Leyla Moradkhani")


def test_question_turns_are_not_answers() -> None:
    found = turn_labels(_INTERVIEW)
    assert found is not None and found[0] == "Moradkhani" and len(found[1]) == 3


def test_a_correspondents_turns_are_the_outlets_reporting(nlp: Language) -> None:
    assert turn_labels(_TRANSCRIPT) is None
    assert source(nlp, _TRANSCRIPT, "closed").kind == "author"


def test_a_quote_closed_by_someone_else_stays_theirs(nlp: Language) -> None:
    spoken = [q for q in quotes(nlp, _INTERVIEW) if q.text.startswith("We will come")]
    assert all(q.speaker != "Leyla Moradkhani" for q in spoken)


def test_an_official_appalled_by_an_execution_tells_of_it(nlp: Language) -> None:
    text = (
        "The Special Rapporteur, Mariam Okonjo, is appalled by the hanging on Tuesday of "
        "a young wrestler arrested during the protests."
    )
    s = source(nlp, text, "hanging")
    assert (s.kind, s.name) == ("person", "Mariam Okonjo")


def test_bystanders_frightened_by_shooting_tell_nothing(nlp: Language) -> None:
    text = "Shoppers were frightened by the shooting near the bazaar on Friday."
    assert source(nlp, text, "shooting").kind == "author"


def test_a_that_clause_after_a_bare_time_phrase_is_told(nlp: Language) -> None:
    text = (
        "The Ahvaz prosecutor told reporters the next morning that the two men had been executed."
    )
    s = source(nlp, text, "executed")
    assert s.kind == "person" and (s.name or "").endswith("prosecutor")


def test_a_that_clause_after_as_early_as_is_told(nlp: Language) -> None:
    text = "The provincial health office had said as early as June that four strikers died."
    s = source(nlp, text, "died")
    assert s.kind == "organization" and (s.name or "").endswith("office")


def test_a_result_clause_is_not_told(nlp: Language) -> None:
    text = "The guard spoke so loudly that the prisoners were beaten for listening."
    assert source(nlp, text, "beaten").kind == "author"


def test_a_name_parsed_as_a_clause_is_kept_whole(nlp: Language) -> None:
    text = (
        "The Campaign to Defend Political Prisoners, a volunteer group, said two teachers "
        "had been arrested in Sanandaj."
    )
    s = source(nlp, text, "arrested")
    assert s.kind == "organization" and (s.name or "").endswith("Prisoners")


def test_a_capitalized_common_word_keeps_its_noun(nlp: Language) -> None:
    text = "Shops stayed shut in Bukan on Monday, according to the Campaign network."
    s = source(nlp, text, "shut")
    assert (s.kind, s.name) == ("organization", "Campaign network")


def test_a_sentence_initial_capital_is_not_a_name(nlp: Language) -> None:
    text = "Rights groups say scores of students were arrested in dormitory raids."
    s = source(nlp, text, "arrested")
    assert s.name != "Rights"


def test_a_police_command_is_an_organization(nlp: Language) -> None:
    text = "A statement from the Zahedan police command said officers had arrested six men."
    assert source(nlp, text, "arrested").kind == "organization"


def test_state_media_reports_name_state_media(nlp: Language) -> None:
    text = "Rioters burned two banks in Shiraz, according to state media reports on Sunday."
    s = source(nlp, text, "burned")
    assert (s.kind, s.name) == ("organization", "state media")


def test_plain_media_reports_name_nobody(nlp: Language) -> None:
    text = "Rioters burned two banks in Shiraz, according to media reports on Sunday."
    assert source(nlp, text, "burned").kind == "unnamed"


def test_families_and_lawyers_are_nobody_in_particular(nlp: Language) -> None:
    text = (
        "According to accounts from relatives and lawyers, forty people have been detained "
        "in the district since Friday."
    )
    assert source(nlp, text, "detained").kind == "unnamed"


def test_the_family_of_a_prisoner_speaks_as_a_group(nlp: Language) -> None:
    text = "His family said he had been arrested at his workplace on Monday."
    assert source(nlp, text, "arrested").kind == "unnamed"  # dev10, dev16-dev18 conventions
