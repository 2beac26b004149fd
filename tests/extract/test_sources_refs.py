"""Attribution across sentences: pronouns, back-references, role-named persons and
quotation marks, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes, source

from unrest.extract._quotes import scan_marks
from unrest.extract.sources import QuoteSpan

pytestmark = pytest.mark.slow


def speaker_of(found: list[QuoteSpan], start: str) -> str | None:
    hits = [q for q in found if q.text.startswith(start)]
    assert hits, f"no quotation starting {start!r} in {found}"
    return hits[0].speaker


# --- "it" and "its" ----------------------------------------------------------------------


def test_it_is_the_organization_that_spoke(nlp: Language) -> None:
    text = (
        "The Baloch Campaign Network said on Friday that 14 worshippers were shot in Khash. "
        "It said the authorities had also cut internet access in the town."
    )
    s = source(nlp, text, "cut")
    assert (s.kind, s.name) == ("organization", "Baloch Campaign Network")


def test_it_with_no_organization_before_is_nobody(nlp: Language) -> None:
    text = "It said the authorities had cut internet access in the town."
    assert source(nlp, text, "cut").kind == "author"


# --- "he" and "she" ----------------------------------------------------------------------


def test_she_passes_over_a_man_described_as_one(nlp: Language) -> None:
    text = (
        "Nasrin Karimi said the school was closed on Monday. "
        "Hamid Rostami, a father of two, said the gates were locked. "
        "She said police arrested five teachers."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Nasrin Karimi")


def test_she_takes_the_nearest_person_without_a_clue(nlp: Language) -> None:
    text = (
        "Nasrin Karimi said the school was closed on Monday. "
        "Hamid Rostami said the gates were locked. "
        "She said police arrested five teachers."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Hamid Rostami")


def test_he_passes_over_a_woman_a_pronoun_already_quoted(nlp: Language) -> None:
    text = (
        "Kourosh Amini, a driver, said he saw two men fall in Dorud. "
        "A pharmacist remembered that youths burned a bank on the main road. "
        '"The whole street smelled of smoke," she said. '
        '"They were shooting from the roof of the bank," he said.'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "They were shooting") == "Kourosh Amini"
    assert speaker_of(found, "The whole street") == "pharmacist"


def test_he_takes_a_person_named_by_role(nlp: Language) -> None:
    text = (
        "Kourosh Amini said he saw two men fall in Dorud. "
        "A baker who lived nearby disputes that account. "
        '"Nobody attacked the station," he told us.'
    )
    assert speaker_of(quotes(nlp, text), "Nobody attacked") == "baker"


def test_pronouns_in_interview_answers_are_the_interviewee(nlp: Language) -> None:
    text = (
        "We spoke to Soraya Bakhtiari, a nurse who treated the wounded.\n\n"
        "Q: What did you see?\n\n"
        "The police chief of the city, Davoud Mirzaei, denied that anyone was hurt.\n\n"
        "Q: And then?\n\n"
        "She said guards detained three doctors at the hospital that night."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("person", "Soraya Bakhtiari")


# --- back-references and names -----------------------------------------------------------


def test_statement_added_is_its_author_after_a_closing_said(nlp: Language) -> None:
    text = (
        "Police killed four people in Oshnavieh, the Kurdistan Human Rights Network said "
        "in a statement. The statement added that 30 people were detained in the town."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("organization", "Kurdistan Human Rights Network")


def test_a_verb_after_a_name_is_no_outlet_medium(nlp: Language) -> None:
    text = "Police chief Bahram Sadri told state television that 700 people had been arrested."
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Bahram Sadri")


def test_name_after_an_organization_noun_is_an_organization(nlp: Language) -> None:
    text = (
        "The verdicts were published by the judiciary's news agency Mizan. "
        "Eight people were sentenced to death in Arak, Mizan reported on Tuesday."
    )
    s = source(nlp, text, "sentenced")
    assert (s.kind, s.name) == ("organization", "Mizan")


def test_the_group_is_the_one_described_as_a_group(nlp: Language) -> None:
    text = (
        "Two protesters were killed in Dehloran, according to the rights group Hengaw. "
        "The Coordination Council of Teachers said schools in Ilam stayed closed. "
        "The Kurdish rights group said 600 people were arrested in the province."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("organization", "Hengaw")


# --- quotation marks ---------------------------------------------------------------------


def test_curly_single_marks_quote_and_apostrophes_do_not() -> None:
    text = "‘We will not stop,’ said Leila. ‘The workers’ demands were ignored,’ he added."
    inner = [text[p.open + 1 : p.close] for p in scan_marks(text)]
    assert inner == ["We will not stop,", "The workers’ demands were ignored,"]


def test_straight_single_marks_pair_only_inside_a_quotation() -> None:
    text = "\"He said, 'This court has no time,' and left.\" Rock 'n' roll is 'fine'."
    pairs = scan_marks(text)
    assert [(text[p.open + 1 : p.close], p.depth) for p in pairs] == [
        ("He said, 'This court has no time,' and left.", 0),
        ("This court has no time,", 1),
    ]


def test_quote_in_british_marks_has_its_speaker(nlp: Language) -> None:
    text = "‘They took my brother from our home at night,’ said Hamid Sadeghi."
    assert speaker_of(quotes(nlp, text), "They took my brother") == "Hamid Sadeghi"


def test_quotation_after_a_sentence_introducing_its_speaker(nlp: Language) -> None:
    text = (
        "Kamran Farahani, a lawyer in Shiraz, described the trial. "
        '"The judge did not allow the defence to speak and closed the file within an hour."'
    )
    assert speaker_of(quotes(nlp, text), "The judge did not") == "Kamran Farahani"


def test_next_paragraph_with_its_own_quotation_speaks_for_itself(nlp: Language) -> None:
    text = (
        '"The judge did not allow the defence to speak and closed the file."\n\n'
        'The ministry\'s statement read: "Order has been fully restored in all provinces."'
    )
    found = quotes(nlp, text)
    assert all(not q.text.startswith("The judge") for q in found)
    assert speaker_of(found, "Order has been") == "ministry"


def test_quotation_a_speaker_quotes_inside_their_own(nlp: Language) -> None:
    text = (
        "A cook at the plant told us, \"The foreman said 'leave now or lose your job', "
        'and we walked out."'
    )
    found = quotes(nlp, text)
    assert speaker_of(found, "leave now") == "foreman"
    assert speaker_of(found, "The foreman said") == "cook at the plant"


def test_words_a_group_cites_inside_a_statement_stay_the_statement_s(nlp: Language) -> None:
    text = (
        "Parisa Nouri said: \"The officials wrote that 'the instigators were arrested' "
        'and nothing more was heard from them."'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Parisa Nouri"]


def test_one_protester_is_quoted_the_crowd_is_not(nlp: Language) -> None:
    text = '"They have given us nothing but promises," one protester said in Basra.'
    assert (speaker_of(quotes(nlp, text), "They have given") or "").endswith("protester")
    text = '"Bread, work, freedom," protesters said in Basra.'
    assert quotes(nlp, text) == []


def test_a_hashtag_is_a_slogan(nlp: Language) -> None:
    text = 'The court upheld the verdicts, and a hashtag saying "free them all now" spread.'
    assert quotes(nlp, text) == []


def test_two_quoted_words_named_by_a_speaker_are_a_quote(nlp: Language) -> None:
    text = 'The ministry called the leaked report "enemy propaganda" on Sunday.'
    assert [(q.speaker, q.text) for q in quotes(nlp, text)] == [("ministry", "enemy propaganda")]
    text = 'The ministry blamed "saboteurs" for the fire at the depot.'
    assert quotes(nlp, text) == []


# --- a role named first, the person later -------------------------------------------------


def test_role_named_in_the_next_sentence(nlp: Language) -> None:
    text = (
        "Two people were killed in Behbahan on Friday, the county's acting governor told "
        "reporters. The official, Reza Tabrizi, said the crowd had set fire to a bank."
    )
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("person", "Reza Tabrizi")


def test_role_named_when_the_person_goes_on(nlp: Language) -> None:
    text = (
        "Shiraz's deputy governor said 300 people had been arrested in the city. "
        "Karim Pakdel added that most of them had been released."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Karim Pakdel")


def test_role_without_a_name_later_stays_a_role(nlp: Language) -> None:
    text = (
        "Shiraz's deputy governor said 300 people had been arrested in the city. "
        "Karim Pakdel, a teacher, was among those held, his family said."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Shiraz's deputy governor")


def test_role_ends_at_a_comma(nlp: Language) -> None:
    text = (
        '"The students came out first," said a historian at a Tabriz university, who '
        "asked not to be named."
    )
    assert speaker_of(quotes(nlp, text), "The students") == "historian at a Tabriz university"


# --- reporting verbs and their reach ------------------------------------------------------


def test_expressed_concern_reports(nlp: Language) -> None:
    text = "Volkan Demir expressed concern at the mass arrests of students in Tabriz."
    s = source(nlp, text, "arrests")
    assert (s.kind, s.name) == ("person", "Volkan Demir")


def test_as_clause_reports(nlp: Language) -> None:
    text = (
        "Crowds marched in Qom on Wednesday, as security officials announced that the "
        "organisers had been detained."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("organization", "security officials")
    assert source(nlp, text, "marched").kind == "author"


def test_accused_of_after_a_subordinator(nlp: Language) -> None:
    text = (
        "Omid Farahani was sentenced to death after prosecutors accused him of setting "
        "a police car on fire."
    )
    s = source(nlp, text, "fire")
    assert (s.kind, s.name) == ("organization", "prosecutors")


def test_according_to_closing_reaches_back_to_a_semicolon(nlp: Language) -> None:
    text = (
        "Hundreds of people rallied in Ardabil, and police dispersed them; several "
        "marchers were detained, according to local rights monitors."
    )
    assert source(nlp, text, "rallied").kind == "author"
    assert source(nlp, text, "detained").kind == "unnamed"


def test_closing_said_reaches_back_to_a_new_clause(nlp: Language) -> None:
    text = (
        "Protesters stormed the governor's office, and one man died after inhaling tear "
        "gas, hospital officials said."
    )
    assert source(nlp, text, "stormed").kind == "author"
    s = source(nlp, text, "died")
    assert (s.kind, s.name) == ("organization", "hospital officials")


def test_conjoined_speakers_take_the_first(nlp: Language) -> None:
    text = (
        "Riot police cleared the square before dawn, arresting nine people, police and "
        "witnesses said."
    )
    s = source(nlp, text, "arresting")
    assert (s.kind, s.name) == ("organization", "police")


def test_footage_from_a_day_is_the_writer_s(nlp: Language) -> None:
    text = "Videos from Monday show hundreds of workers blocking a road in Asaluyeh."
    assert source(nlp, text, "blocking").kind == "unnamed"  # dev10, dev16-dev18 conventions
