"""Attribution (according to whom) and direct quotes, on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from unrest.extract._quotes import scan_marks
from unrest.extract.sources import Attributor, QuoteSpan, find_quotes
from unrest.model import Source
from unrest.nlp import load_pipeline

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def source(nlp: Language, text: str, trigger: str, nth: int = 0) -> Source:
    """The source of the mention cued by the ``nth`` token spelled ``trigger``."""
    doc = nlp(text)
    hits = [t for t in doc if t.text == trigger]
    assert len(hits) > nth, f"{trigger!r} not in test text"
    tok = hits[nth]
    return Attributor(doc).source_for(doc[tok.i : tok.i + 1], tok.sent)


def quotes(nlp: Language, text: str) -> list[QuoteSpan]:
    return find_quotes(nlp(text))


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
