"""Attribution (according to whom) and direct quotes, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes, source

from unrest.extract._names_interview import answer_spans, interviewee
from unrest.extract._quotes import scan_marks
from unrest.model import Source

pytestmark = pytest.mark.slow


# --- who asserts a mention -------------------------------------------------------------


def test_author_voice(nlp: Language) -> None:
    s = source(nlp, "Protesters set fire to a police station in Sanandaj on Tuesday.", "fire")
    assert s.kind == "author"


def test_subject_clause_is_not_a_source(nlp: Language) -> None:
    text = "Students who said they had been beaten were arrested again on Friday."
    assert source(nlp, text, "arrested").kind == "author"


def test_organization_said(nlp: Language) -> None:
    text = "Amnesty International said security forces shot dead at least 23 people in Zahedan."
    s = source(nlp, text, "shot")
    assert (s.kind, s.name) == ("organization", "Amnesty International")


def test_according_to(nlp: Language) -> None:
    text = "According to Human Rights Watch, dozens of demonstrators were detained in Mashhad."
    s = source(nlp, text, "detained")
    assert s.kind == "organization"
    assert s.name is not None and s.name.endswith("Watch")


def test_trailing_reporting_clause_with_title(nlp: Language) -> None:
    text = (
        "Hundreds of rioters were detained in the capital, the judiciary spokesman, "
        "Karim Naderi, told reporters on Sunday."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("person", "Karim Naderi")


def test_title_is_dropped_from_name(nlp: Language) -> None:
    text = "Interior Minister Hamid Rostami announced that 15 organisers had been arrested."
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Hamid Rostami")


def test_surname_resolves_to_fullest_name(nlp: Language) -> None:
    text = (
        "Interior Minister Hamid Rostami visited the province on Sunday. "
        "Rostami said 15 organisers had been arrested in Ahvaz."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Hamid Rostami")


def test_pronoun_resolves_to_previous_person(nlp: Language) -> None:
    text = (
        "Leila Farahani, a lawyer for several detainees, spoke to journalists on Friday. "
        "She said that three of her clients had been sentenced to death."
    )
    s = source(nlp, text, "sentenced")
    assert (s.kind, s.name) == ("person", "Leila Farahani")


def test_role_group_is_organization_as_written(nlp: Language) -> None:
    text = "Iranian officials claimed that the protesters had attacked a police station."
    s = source(nlp, text, "attacked")
    assert s.kind == "organization"
    assert s.name == "Iranian officials"


def test_single_official_is_person_as_written(nlp: Language) -> None:
    text = "Tehran's police chief said 200 rioters had been detained overnight."
    s = source(nlp, text, "detained")
    assert s.kind == "person"
    assert s.name is not None and s.name.endswith("police chief")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("It is reported that three workers were arrested in Ahvaz.", "arrested"),
        ("Witnesses said riot police fired tear gas at the crowd in Rasht.", "fired"),
        ("Security forces reportedly killed two protesters in Bukan.", "killed"),
        ("There were reports of strikes at several oil refineries.", "strikes"),
        ("Rights groups say at least 300 people have been killed.", "killed"),
        ("By all accounts, the guards beat the prisoners during the riot.", "beat"),
        ("The teachers were reported to have been detained in Shiraz.", "detained"),
        ("Some 40 executions estimated to have taken place last year drew outrage.", "executions"),
    ],
)
def test_unnamed_sources(nlp: Language, text: str, trigger: str) -> None:
    assert source(nlp, text, trigger).kind == "unnamed"


def test_passive_with_agent(nlp: Language) -> None:
    text = "The arrests of the four students were confirmed by the provincial governor."
    s = source(nlp, text, "arrests")
    assert s.kind == "person"
    assert s.name is not None and s.name.endswith("governor")


def test_statement_participle_reaches_the_subject(nlp: Language) -> None:
    text = (
        "The Norwegian Refugee Council issued a statement saying that dozens of people "
        "had been killed in the clashes."
    )
    s = source(nlp, text, "killed")
    assert s.kind == "organization"
    assert s.name is not None and s.name.endswith("Council")


def test_acronym_resolves_to_full_name(nlp: Language) -> None:
    text = (
        "The Human Rights Activists News Agency (HRANA) tracks arrests across the country. "
        "HRANA said 120 people had been detained in Zahedan."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("organization", "Human Rights Activists News Agency")


def test_adverbial_clause_made_root_is_not_a_source(nlp: Language) -> None:
    text = (
        "Two weeks before officials acknowledged the outbreak, workers in a dozen towns "
        "went on strike over unpaid wages."
    )
    assert source(nlp, text, "strike").kind == "author"


def test_mention_inside_a_quote_belongs_to_the_speaker(nlp: Language) -> None:
    text = (
        "Karim Naderi, the judiciary spokesman, spoke at a news conference.\n\n"
        "“Forty rioters were arrested last night in the old bazaar,” Naderi said."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Karim Naderi")


def test_quote_after_colon_paragraph_belongs_to_the_speaker(nlp: Language) -> None:
    text = (
        "The governor of the province, Ali Moradi, told state television:\n\n"
        "“Several banks were set on fire and twenty people were arrested.”"
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("person", "Ali Moradi")


# --- direct quotes -----------------------------------------------------------------------


def test_quote_offsets_are_exact(nlp: Language) -> None:
    text = "“We will not go back to work until our wages are paid,” said Reza Karimi, a teacher."
    found = quotes(nlp, text)
    assert len(found) == 1
    q = found[0]
    assert q.speaker == "Reza Karimi"
    assert q.text == "We will not go back to work until our wages are paid"
    assert text[q.start : q.end] == q.text


def test_quote_speaker_before_with_straight_quotes(nlp: Language) -> None:
    text = 'The minister, Hamid Rostami, said: "The rioters will be punished severely."'
    found = quotes(nlp, text)
    assert [(q.speaker, q.text) for q in found] == [
        ("Hamid Rostami", "The rioters will be punished severely.")
    ]
    assert text[found[0].start : found[0].end] == found[0].text


def test_quote_speaker_resolved_to_fullest_name(nlp: Language) -> None:
    text = (
        "Hamid Rostami, the interior minister, visited Ahvaz on Monday.\n\n"
        "“Order has been restored in every district of the city,” Rostami told reporters."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Hamid Rostami"]


def test_quote_speaker_on_next_paragraph(nlp: Language) -> None:
    text = (
        "“The internet will stay restricted until calm returns to the streets,”\n\n"
        "Rostami said at a briefing. Hamid Rostami is the interior minister."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Hamid Rostami"]


def test_pronoun_speaker(nlp: Language) -> None:
    text = (
        "Leila Farahani represents several detainees. "
        "She said her clients had been “beaten and denied any contact with their families.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Leila Farahani"]
    assert found[0].text == "beaten and denied any contact with their families."


@pytest.mark.parametrize(
    "text",
    [
        "Crowds in Rasht chanted “Death to the dictator” late into the night.",
        "Demonstrators shouted, “Women, life, freedom,” as police moved in.",
        "Slogans such as “we will take back our country” appeared on walls in Karaj.",
        "Officials called the protesters “rioters” and “thugs” on state television.",
        "The so-called “morality police” patrolled the square.",
    ],
)
def test_slogans_and_scare_quotes_are_not_quotes(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


def test_split_quote_keeps_its_speaker(nlp: Language) -> None:
    text = (
        "“The bazaar has been closed for three days,” said Mehdi Sadeghi, a shopkeeper. "
        "“Nobody is willing to open while the arrests continue.”"
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Mehdi Sadeghi", "Mehdi Sadeghi"]
    assert found[1].text == "Nobody is willing to open while the arrests continue."


def test_nested_quote_stays_inside_the_outer_one(nlp: Language) -> None:
    text = (
        "Mehdi Sadeghi said: “The young people shouted “bread, work, freedom” and the "
        "police answered with bullets.”"
    )
    found = quotes(nlp, text)
    assert len(found) == 1
    assert found[0].text.startswith("The young people shouted")
    assert found[0].text.endswith("with bullets.")


def test_scan_marks_runs_over_paragraphs() -> None:
    text = "He said: “First part.\nSecond part of the same speech.”\nAfter."
    pairs = scan_marks(text)
    assert len(pairs) == 1
    assert text[pairs[0].open] == "“"
    assert text[pairs[0].close] == "”"


def test_scan_marks_closes_unbalanced_paragraph() -> None:
    text = "She said: “They made the slogan “No to prices”.\n\nThe next paragraph is plain."
    pairs = scan_marks(text)
    outer = [p for p in pairs if p.depth == 0]
    assert len(outer) == 1
    assert text[outer[0].open + 1 :].startswith("They made")
    assert outer[0].close <= text.index("\n")


def test_said_in_a_statement_that(nlp: Language) -> None:
    text = (
        "The Kurdistan Human Rights Network said in a statement that guards had fired "
        "live ammunition at mourners."
    )
    s = source(nlp, text, "fired")
    assert (s.kind, s.name) == ("organization", "Kurdistan Human Rights Network")


def test_unnamed_single_speaker_is_quoted_as_written(nlp: Language) -> None:
    text = "“Nobody sleeps in this street any more,” a 40-year-old resident of Zahedan said."
    found = quotes(nlp, text)
    assert len(found) == 1
    assert found[0].speaker is not None and found[0].speaker.endswith("resident of Zahedan")


def test_witnesses_are_not_a_quote_speaker(nlp: Language) -> None:
    text = "“They fired from the rooftops at anyone running,” witnesses said."
    assert quotes(nlp, text) == []


# --- reported speech, wire and UN styles ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The Baluch Rights Collective said guards shot two porters near Saravan.", "shot"),
        ("According to the Baluch Rights Collective, guards shot two porters.", "shot"),
        ("The Baluch Rights Collective confirmed that guards shot two porters.", "shot"),
        ("The Baluch Rights Collective alleged that guards shot two porters.", "shot"),
        ("Guards shot two porters near Saravan, the Baluch Rights Collective said.", "shot"),
    ],
)
def test_reported_speech_forms(nlp: Language, text: str, trigger: str) -> None:
    s = source(nlp, text, trigger)
    assert (s.kind, s.name) == ("organization", "Baluch Rights Collective")


def test_title_and_affiliation_kept_apart_from_the_name(nlp: Language) -> None:
    text = (
        "Daniel Moreau, French Foreign Ministry special envoy for Iran, said that "
        "hundreds of students had been detained in Tabriz."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("person", "Daniel Moreau")
    assert s.text is not None and "special envoy" in s.text


def test_title_refers_back_to_its_holder(nlp: Language) -> None:
    text = (
        "Interior Minister Hamid Rostami flew to Ahvaz on Sunday. "
        "The minister said that 40 rioters had been detained."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("person", "Hamid Rostami")


def test_anonymous_official_is_unnamed(nlp: Language) -> None:
    text = (
        "Thirty people were detained in Rasht overnight, a security official said, "
        "speaking on condition of anonymity."
    )
    assert source(nlp, text, "detained").kind == "unnamed"


def test_the_agency_refers_back_to_the_named_agency(nlp: Language) -> None:
    text = (
        "The Fars Labour News Agency has covered the strikes since March. "
        "The agency reported that 25 workers had been arrested in Arak."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("organization", "Fars Labour News Agency")


def test_the_organization_refers_back_to_the_last_speaker(nlp: Language) -> None:
    text = (
        "Meridian Rights Watch said on Monday that it had interviewed 40 families. "
        "The organization has also documented how police detained dozens of students."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("organization", "Meridian Rights Watch")


def test_told_a_news_agency(nlp: Language) -> None:
    text = "Sara Amini, a lawyer, told Reuters that her client had been sentenced to death."
    s = source(nlp, text, "sentenced")
    assert (s.kind, s.name) == ("person", "Sara Amini")


def test_un_title_takes_its_fullest_form(nlp: Language) -> None:
    text = (
        "The UN Special Rapporteur on Freedom of Expression visited Geneva on Monday. "
        "The Special Rapporteur said that internet access had been cut in three provinces."
    )
    s = source(nlp, text, "cut")
    assert s.kind == "person"
    assert s.name == "UN Special Rapporteur on Freedom of Expression"


def test_un_spokesperson_told_a_briefing(nlp: Language) -> None:
    text = (
        "OHCHR spokesperson Anna Lindqvist told a briefing in Geneva that at least "
        "14 people had been killed in Zahedan."
    )
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("person", "Anna Lindqvist")


def test_parenthetical_reporting_clause(nlp: Language) -> None:
    text = (
        "Access to messaging apps has been blocked across the country, NetLab said, "
        "and mobile data has been cut in Sanandaj since Friday."
    )
    s = source(nlp, text, "blocked")
    assert (s.kind, s.name) == ("organization", "NetLab")


def test_according_to_at_the_end_covers_the_sentence(nlp: Language) -> None:
    text = (
        "The worst clash took place in Izeh on Friday, when police opened fire on "
        "mourners, killing at least nine people, according to the Karun Rights Group."
    )
    s = source(nlp, text, "killing")
    assert (s.kind, s.name) == ("organization", "Karun Rights Group")


def test_evidence_gathered_by_an_organization(nlp: Language) -> None:
    text = (
        "At least 80 people have been killed, according to information gathered by "
        "the Geneva Rights Office."
    )
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("organization", "Geneva Rights Office")


def test_videos_sent_by_a_group_show(nlp: Language) -> None:
    text = "Videos sent by the Youth Councils show police firing tear gas at students."
    s = source(nlp, text, "firing")
    assert s.kind == "organization"
    assert s.name is not None and s.name.endswith("Councils")


def test_our_own_verification_is_the_author(nlp: Language) -> None:
    text = "Protesters burned a police car in Babol, according to videos verified by our team."
    assert source(nlp, text, "burned").kind == "author"


def test_the_outlet_of_a_wire_story_is_the_author(nlp: Language) -> None:
    text = (
        "ANKARA, May 3 (Eastern Wire) - Police arrested 12 people on Friday.\n\n"
        "Crowds marched through Van, videos verified by Eastern Wire showed."
    )
    assert source(nlp, text, "marched").kind == "author"


def test_social_media_posts_are_unnamed(nlp: Language) -> None:
    text = "Students gathered outside the dormitories, according to posts on social media."
    assert source(nlp, text, "gathered").kind == "unnamed"


def test_quantities_of_people_are_unnamed(nlp: Language) -> None:
    text = "Dozens of those freed on bail have said they were beaten by guards."
    assert source(nlp, text, "beaten").kind == "unnamed"


def test_hedge_on_another_clause_does_not_count(nlp: Language) -> None:
    text = "She was arrested in Karaj on Monday for allegedly insulting the leader."
    assert source(nlp, text, "arrested").kind == "author"


def test_agentless_record_is_the_author(nlp: Language) -> None:
    text = "Killings have been recorded in 14 of the country's 31 provinces."
    assert source(nlp, text, "Killings").kind == "author"


def test_organization_name_keeps_its_of_phrase(nlp: Language) -> None:
    text = "The Democratic Union of Kurdistan said police had detained 30 activists."
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("organization", "Democratic Union of Kurdistan")


def test_first_person_inside_a_quote_is_the_speaker(nlp: Language) -> None:
    text = (
        "“Evidence gathered by our team shows that guards beat the prisoners,” "
        "said Nadia Karimi, director of the Prison Rights Project."
    )
    s = source(nlp, text, "beat")
    assert (s.kind, s.name) == ("person", "Nadia Karimi")


def test_nested_attribution_inside_a_quote(nlp: Language) -> None:
    text = (
        "“The police told us that 20 students were detained,” said Nadia Karimi. "
        "“Our sons were beaten in the yard.”"
    )
    inner = source(nlp, text, "detained")
    assert (inner.kind, inner.name) == ("organization", "police")
    outer = source(nlp, text, "beaten")
    assert (outer.kind, outer.name) == ("person", "Nadia Karimi")


# --- quotes: long, late speakers, short ones ---------------------------------------------


def test_quote_of_several_sentences(nlp: Language) -> None:
    text = (
        "“They came at night. They took my brother and two neighbours. Nobody has told "
        "us where they are,” said Farid Rahimi, a farmer from Izeh."
    )
    found = quotes(nlp, text)
    assert [q.speaker for q in found] == ["Farid Rahimi"]
    assert found[0].text.startswith("They came at night.")
    assert found[0].text.endswith("where they are")


def test_quote_speaker_named_after_with_title(nlp: Language) -> None:
    text = (
        "“Order will be restored within days,” the governor of Fars province, "
        "Ali Moradi, told reporters on Tuesday."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Ali Moradi"]


def test_un_title_speaker_takes_the_fullest_form(nlp: Language) -> None:
    text = (
        "Statement by the UN High Commissioner for Refugees.\n\n"
        "“The authorities must release everyone detained for protesting,” the High "
        "Commissioner said."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["UN High Commissioner for Refugees"]


def test_short_quote_attributed_by_a_reporting_verb(nlp: Language) -> None:
    text = "The army warned on Sunday that it would take “very firm” action against strikers."
    found = quotes(nlp, text)
    assert [(q.speaker, q.text) for q in found] == [("army", "very firm")]
    text = "The army warned on Sunday that it would take “firm” action against strikers."
    assert quotes(nlp, text) == []  # one quoted word is a scare quote


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the MEK “Resistance Units” were behind the fires.",
        "The newspaper, calling the strikes “sedition”, said 12 were arrested.",
        "The minister described the protests as “riots” and said order was restored.",
    ],
)
def test_short_scare_quotes_and_names_are_not_quotes(nlp: Language, text: str) -> None:
    assert quotes(nlp, text) == []


# --- generalisation: wire copy, features, transcripts, UN releases ---------------------


def test_closing_clause_parsed_as_complement(nlp: Language) -> None:
    text = (
        "Iran on Monday hanged Reza Tavana, a 30-year-old man convicted of arson during "
        "riots in Arak in 2019, the judiciary's Mizan news agency reported."
    )
    s = source(nlp, text, "hanged")
    assert s.kind == "organization"
    assert s.name is not None and s.name.endswith("agency")


def test_closing_clause_with_present_tense_noun_tag(nlp: Language) -> None:
    text = (
        "Iran has executed Hamid Kiani, the lorry driver convicted of killing two guards "
        "during the March clashes, the judiciary's Mizan news agency reports."
    )
    s = source(nlp, text, "executed")
    assert s.kind == "organization"
    assert s.name is not None and s.name.endswith("agency")


def test_inserted_reporting_clause_scopes_over_the_rest(nlp: Language) -> None:
    text = (
        "The firing started around noon, Parisa remembers, when hundreds of students "
        "marched toward the square."
    )
    s = source(nlp, text, "marched")
    assert (s.kind, s.name) == ("person", "Parisa")


def test_footage_showing_is_the_writer_voice(nlp: Language) -> None:
    text = "Footage shared on social media showed crowds protesting outside the refinery."
    assert source(nlp, text, "protesting").kind == "unnamed"  # dev10, dev16-dev18 conventions
    text = "Footage verified by our team showed crowds protesting outside the refinery."
    assert source(nlp, text, "protesting").kind == "author"


def test_our_researchers_are_the_author(nlp: Language) -> None:
    text = "Our researchers have confirmed the deaths of at least six men in the shooting."
    assert source(nlp, text, "deaths").kind == "author"


def test_person_in_apposition_to_a_title(nlp: Language) -> None:
    text = "Armenia's Human Rights Defender, Anahit Manasyan, said police detained 40 people."
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("person", "Anahit Manasyan")


def test_the_official_refers_back_to_the_last_speaker(nlp: Language) -> None:
    text = (
        "Two people died in clashes in Arak, the province's deputy police chief said on "
        "Monday.\n\nDozens of people had blocked the main road to the refinery, the official "
        "told reporters."
    )
    s = source(nlp, text, "blocked")
    assert s.kind == "person"
    assert s.name is not None and s.name.endswith("chief")


def test_pronoun_prefers_last_speaker_over_a_place(nlp: Language) -> None:
    text = (
        "Dariush Karimi, the station's correspondent, said shops in Tabriz and Sanandaj "
        "were shut.\n\nHe said security forces had detained passengers at one metro station."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("person", "Dariush Karimi")


def test_definite_group_with_modifier_is_the_last_organization(nlp: Language) -> None:
    text = (
        "Amnesty International said the trials were unfair. The London-based group said "
        "police arrested 30 students in Tabriz."
    )
    s = source(nlp, text, "arrested")
    assert s.kind == "organization"
    assert s.name == "Amnesty International"


def test_name_introduced_as_a_group_is_an_organization(nlp: Language) -> None:
    text = (
        "The Kurdish rights group Vakhsh said two protesters were killed in Bukan.\n\n"
        "Vakhsh says security forces have arrested more than 900 people since May."
    )
    s = source(nlp, text, "arrested")
    assert (s.kind, s.name) == ("organization", "Vakhsh")


def test_evidence_verified_by_a_speaker(nlp: Language) -> None:
    text = (
        "Omid Tavakoli, our correspondent, said the strike had spread.\n\n"
        "Police beat and detained passengers, according to videos he had verified."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("person", "Omid Tavakoli")


def test_sentence_glued_to_a_citation_is_not_reported(nlp: Language) -> None:
    text = (
        "In May, farmers near Dezful blocked roads to stop work on a dam that they said "
        "would flood their land.[7] Officials warned that protesters would be prosecuted."
    )
    assert source(nlp, text, "blocked").kind == "author"


def test_condemning_asserts_the_event(nlp: Language) -> None:
    text = "The envoy, Maria Lind, today condemned the hanging of two protesters in Karaj."
    s = source(nlp, text, "hanging")
    assert s.kind == "person" and s.name == "Maria Lind"


def test_transcript_labels_name_speakers(nlp: Language) -> None:
    text = (
        "Presenter Ann Ross spoke with reporter Omid Tavakoli about the strikes.\n\n"
        'Ross: "Are the strikes spreading to the oil fields?"\n'
        'Tavakoli: "Not yet, but the workers are talking about it."\n'
    )
    found = [(q.speaker, q.text) for q in quotes(nlp, text)]
    assert found == [
        ("Ann Ross", "Are the strikes spreading to the oil fields?"),
        ("Omid Tavakoli", "Not yet, but the workers are talking about it."),
    ]


def test_continued_quote_beats_a_verb_on_the_next_line(nlp: Language) -> None:
    text = (
        '"These men were porters, not smugglers," said Sara Nouri, the group\'s director. '
        '"They had no other work."\n\nThe Rights Council urges the authorities to free them.'
    )
    found = [(q.speaker, q.text) for q in quotes(nlp, text)]
    assert found[-1] == ("Sara Nouri", "They had no other work.")


def test_title_in_apposition_names_its_holder(nlp: Language) -> None:
    text = (
        "The UN Special Rapporteur on freedom of assembly, Tomas Berg, today condemned "
        "the hangings.\n\n"
        '"The hangings must stop now," the Special Rapporteur said.'
    )
    found = [(q.speaker, q.text) for q in quotes(nlp, text)]
    assert found == [("Tomas Berg", "The hangings must stop now")]


def test_pronoun_after_a_described_speaker(nlp: Language) -> None:
    text = (
        "In Bukan, Siamak, a 52-year-old baker, said he closed his shop for a week. "
        '"Everyone closed their shops," he said.'
    )
    found = [(q.speaker, q.text) for q in quotes(nlp, text)]
    assert found == [("Siamak", "Everyone closed their shops")]


# --- conservative, principled attribution ----------------------------------------------


def test_named_speaker_outranks_the_witnesses_she_cites(nlp: Language) -> None:
    text = "Leyla Farahani said witnesses told her that police fired tear gas at students."
    s = source(nlp, text, "fired")
    assert (s.kind, s.name) == ("person", "Leyla Farahani")


def test_footage_described_by_a_named_speaker_is_hers(nlp: Language) -> None:
    text = "Commissioner Maria Lund said the footage showed soldiers shooting at marchers."
    s = source(nlp, text, "shooting")
    assert (s.kind, s.name) == ("person", "Maria Lund")


def test_reports_the_writer_received_are_hearsay(nlp: Language) -> None:
    text = "Up to 40 people may have been killed in Bandar, according to the reports we received."
    assert source(nlp, text, "killed").kind == "unnamed"


def test_putting_a_toll_at_a_figure_is_a_report(nlp: Language) -> None:
    text = "The Geneva-based group Rights Ledger later put the death toll at 93."
    s = source(nlp, text, "death")
    assert (s.kind, s.name) == ("organization", "Rights Ledger")
    text = "Two days later, local sources put the toll as high as 40."
    assert source(nlp, text, "toll").kind == "unnamed"


def test_putting_someone_at_risk_is_not_a_report(nlp: Language) -> None:
    text = "The court put dozens of detainees at risk when it sentenced them to death."
    assert source(nlp, text, "sentenced").kind == "author"


def test_reports_inside_a_named_quote_are_the_speaker_s(nlp: Language) -> None:
    text = (
        "Commissioner Maria Lund spoke on Tuesday. "
        '"There are reports that soldiers fired on marchers in Bandar," Lund said.'
    )
    s = source(nlp, text, "fired")
    assert (s.kind, s.name) == ("person", "Maria Lund")


def test_interview_answers_are_the_interviewee_s(nlp: Language) -> None:
    text = (
        "We spoke to Daryush Kamali, a teacher who took part.\n\n"
        "Q: How did it start?\n\n"
        '"Nobody planned anything," Kamali said. "We just walked out."\n\n'
        "Q: What happened next?\n\n"
        "By the evening, police had detained twelve teachers in Arak.\n\n"
        "Kamali now lives in Hamburg. Police detained his brother in 2021."
    )
    s = source(nlp, text, "detained")
    assert (s.kind, s.name) == ("person", "Daryush Kamali")
    assert source(nlp, text, "detained", 1).kind == "author"


def test_single_question_line_is_not_an_interview(nlp: Language) -> None:
    text = (
        '"Nobody planned anything," Daryush Kamali said.\n\n'
        "Q: is the village's name.\n\n"
        "Police detained twelve teachers in Arak."
    )
    assert source(nlp, text, "detained").kind == "author"


def test_answer_spans_run_between_questions() -> None:
    text = "Intro.\nQ: One?\nAnswer one.\nMore of it.\nQ: Two?\nAnswer two.\nCoda."
    spans = [text[a:b].strip() for a, b in answer_spans(text)]
    assert spans == ["Answer one.\nMore of it.", "Answer two."]
    assert answer_spans("Q: only one question?\nAn answer.") == []


def test_interviewee_is_the_person_named_most_often() -> None:
    persons = [(3, "Daryush Kamali"), (9, "Karim Sohrabi"), (20, "Kamali"), (31, "Kamali")]
    assert interviewee(persons) == Source("person", "Daryush Kamali", "Daryush Kamali")
    assert interviewee([]) is None


def test_outlet_takes_the_medium_the_article_gives_it(nlp: Language) -> None:
    text = (
        "The judiciary's Hamrah news agency reported the verdicts on Friday. "
        "Two men were hanged in Karaj on Saturday, Hamrah said."
    )
    s = source(nlp, text, "hanged")
    assert (s.kind, s.name) == ("organization", "Hamrah news agency")


def test_doctors_are_nobody_in_particular(nlp: Language) -> None:
    text = "Doctors at a hospital in Basra said three protesters died of gunshot wounds."
    assert source(nlp, text, "died").kind == "unnamed"


def test_plural_informants_and_rights_organisations_are_unnamed(nlp: Language) -> None:
    text = "At least 90 people were detained in Bukan, according to local lawyers."
    assert source(nlp, text, "detained").kind == "unnamed"
    text = "A strike was observed in 12 towns, according to Baluch rights organisations."
    assert source(nlp, text, "strike").kind == "unnamed"


def test_one_informant_is_a_person_named_as_written(nlp: Language) -> None:
    text = "A court in Arak sentenced a singer to two years in prison, his lawyer said."
    s = source(nlp, text, "sentenced")
    assert s.kind == "person" and (s.name or "").endswith("lawyer")


def test_pronoun_quote_in_an_answer_is_the_interviewee_s(nlp: Language) -> None:
    text = (
        "We spoke to Nasrin Ebadi, a nurse who joined the strikes.\n\n"
        "Q: How did it begin?\n\n"
        '"We simply stopped working," Ebadi said.\n\n'
        "Q: Did the police come?\n\n"
        "The hospital director, Karim Sohrabi, called the police at noon. "
        '"They took four of my colleagues away," she said.'
    )
    found = [(q.speaker, q.text) for q in quotes(nlp, text)]
    assert ("Nasrin Ebadi", "They took four of my colleagues away") in [
        (s, t.rstrip(".,")) for s, t in found
    ]


def test_group_saying_is_the_speaker(nlp: Language) -> None:
    text = "Protests spread to Ahvaz, with rights groups saying police had killed four people."
    assert source(nlp, text, "killed").kind == "unnamed"
    text = "Police killed four people in Ahvaz, the London-based group Rights Ledger said."
    s = source(nlp, text, "killed")
    assert (s.kind, s.name) == ("organization", "Rights Ledger")


def test_closing_according_to_with_a_participle(nlp: Language) -> None:
    text = (
        "Hundreds of bakers in Tabriz walked out on Monday, according to union officials "
        "and videos shared online."
    )
    s = source(nlp, text, "walked")
    assert s.kind == "organization" and (s.name or "").endswith("officials")


def test_short_quote_used_as_the_writer_s_noun_phrase_is_a_label(nlp: Language) -> None:
    text = 'The state news agency said "rioters" had burned two banks in Arak.'
    assert quotes(nlp, text) == []
    text = 'The agency said the governor would take "truly decisive" action against strikers.'
    assert [q.text for q in quotes(nlp, text)] == ["truly decisive"]


def test_purpose_infinitive_is_not_a_parenthetical_report(nlp: Language) -> None:
    text = "A few hundred people gathered in Arak on Monday to complain about bread prices."
    assert source(nlp, text, "gathered").kind == "author"
