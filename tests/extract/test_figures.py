"""Tests of figure extraction on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import figs, pairs, token_span

from unrest.extract._numbers import find_numbers
from unrest.extract.figures import figures_for

pytestmark = pytest.mark.slow


# --- numbers and qualifiers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Police detained 1,250 people.", 1250, None),
        ("Police detained thirty-four people.", 34, None),
        ("Police detained two hundred and fifty people.", 250, None),
        ("Police detained at least 40 people.", 40, "at least"),
        ("Police detained more than 300 people.", 300, "more than"),
        ("Police detained upwards of 300 people.", 300, "more than"),
        ("Police detained some 300 people.", 300, "approximately"),
        ("Police detained an estimated 300 people.", 300, "approximately"),
        ("Police detained up to 300 people.", 300, "up to"),
        ("Police detained dozens of people.", 12, "at least"),
        ("Police detained hundreds of people.", 100, "at least"),
        ("Police detained tens of thousands of people.", 10000, "at least"),
        ("Police detained hundreds of thousands of people.", 100000, "at least"),
        ("Police detained 1.5 million people.", 1500000, None),
        ("Police detained more than a dozen people.", 12, "more than"),
        ("Police detained between 200 and 300 people.", 200, "at least"),
        ("Police detained 200 to 300 people.", 200, "at least"),
    ],
)
def test_number_values_and_qualifiers(
    nlp: Language, text: str, value: int, qualifier: str | None
) -> None:
    doc = nlp(text)
    result = figures_for("arrest", token_span(doc, "detained"), doc[:])
    assert [(f.kind, f.value, f.qualifier) for f in result] == [("arrested", value, qualifier)]


def test_find_numbers_reads_words_and_digits(nlp: Language) -> None:
    doc = nlp("Of the 3,400 detainees, forty-one were freed and a dozen were tried.")
    assert [n.value for n in find_numbers(doc[:])] == [3400, 41, 12]


# --- kinds by event type and syntax ---------------------------------------------------------


def test_attack_object_of_kill_verb(nlp: Language) -> None:
    text = "Riot police shot dead 23 demonstrators in the southern city on Friday."
    assert pairs(nlp, "attack", text, "shot") == {("killed", 23)}


def test_attack_passive_subject(nlp: Language) -> None:
    text = "At least 9 protesters were killed and 40 others were wounded, a rights group said."
    assert pairs(nlp, "attack", text, "killed") == {("killed", 9), ("injured", 40)}


def test_conjoined_verbs_split_by_mention(nlp: Language) -> None:
    text = "Hundreds more were wounded or detained during the clashes."
    assert pairs(nlp, "attack", text, "wounded") == {("injured", 100)}
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 100)}


def test_arrest_sentence_gives_no_kill_figure(nlp: Language) -> None:
    text = "Officials said 17 people had died and 600 had been arrested since Tuesday."
    assert pairs(nlp, "arrest", text, "arrested") == {("arrested", 600)}


def test_death_toll_subject(nlp: Language) -> None:
    text = "By the end of the week the death toll had risen to more than 200."
    assert pairs(nlp, "attack", text, "toll") == {("killed", 200)}
    assert figs(nlp, "attack", text, "toll")["killed"].qualifier == "more than"


def test_event_noun_counts_people(nlp: Language) -> None:
    text = "The group documented 251 executions in the first half of the year."
    assert pairs(nlp, "execution", text, "executions") == {("executed", 251)}


def test_noun_of_people(nlp: Language) -> None:
    text = "The lawyers condemned the arrest of 45 students at the university."
    assert pairs(nlp, "arrest", text, "arrest") == {("arrested", 45)}


def test_relative_clause_on_counted_noun(nlp: Language) -> None:
    text = "The court heard the cases of 12 workers who were sentenced to prison."
    assert pairs(nlp, "sentencing", text, "sentenced") == {("sentenced", 12)}


def test_group_unit(nlp: Language) -> None:
    text = "The ministry announced the dismantling and arrest of 38 cells across the country."
    result = figs(nlp, "arrest", text, "arrest")
    assert result["arrested"].value == 38
    assert result["arrested"].unit == "cells"


# --- protests: participants and places ------------------------------------------------------


def test_protest_places_and_crowd(nlp: Language) -> None:
    text = "Thousands of truck drivers rallied in nearly 150 cities across 25 provinces on Monday."
    result = figs(nlp, "protest", text, "rallied")
    assert result["participants"].value == 1000
    assert result["locations"].value == 150
    assert result["locations"].unit == "cities"
    assert result["locations"].qualifier == "approximately"
    assert result["provinces"].value == 25
    assert result["provinces"].unit is None


def test_protest_mention_ignores_victims(nlp: Language) -> None:
    text = "Security forces killed 30 protesters who had marched through the capital."
    assert pairs(nlp, "protest", text, "marched") == set()


def test_out_of_count_keeps_the_part(nlp: Language) -> None:
    text = "Demonstrations were reported in 28 of the country's 31 provinces."
    assert pairs(nlp, "protest", text, "Demonstrations") == {("provinces", 28)}


# --- not figures ----------------------------------------------------------------------------


def test_subset_is_not_a_figure_unless_children(nlp: Language) -> None:
    text = "Police arrested 300 people, including dozens of women and 14 minors."
    assert pairs(nlp, "arrest", text, "arrested") == {("arrested", 300), ("arrested", 14)}
    text = "Police arrested 300 people, including dozens of women."
    assert pairs(nlp, "arrest", text, "arrested") == {("arrested", 300)}


def test_children_among_the_dead_take_the_kind_of_the_whole(nlp: Language) -> None:
    text = "Over 200 people have died since the unrest began, among them at least 30 children."
    doc = nlp(text)
    found = figures_for("attack", token_span(doc, "died"), doc[:])
    assert [(f.kind, f.value, f.qualifier) for f in found] == [
        ("killed", 200, "more than"),
        ("killed", 30, "at least"),
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Officials put the death toll at 45 on Monday.", "toll", {("killed", 45)}),
        ("Activists put the toll as high as 90.", "toll", {("killed", 90)}),
        (
            "Guards shot dead 20 men and wounded dozens more in the raid.",
            "shot",
            {("killed", 20), ("injured", 12)},
        ),
        (
            "Four guards were killed overnight, officials said: two were run over by a car "
            "and two were stabbed.",
            "killed",
            {("killed", 4), ("killed", 2)},
        ),
        (
            "Troops killed nine people in five towns over the weekend.",
            "killed",
            {("killed", 9), ("locations", 5)},
        ),
    ],
)
def test_attack_counts_in_other_shapes(
    nlp: Language, text: str, trigger: str, expected: set[tuple[str, int]]
) -> None:
    assert pairs(nlp, "attack", text, trigger) == expected


def test_conjunct_with_its_own_object_keeps_its_count(nlp: Language) -> None:
    text = "Riot police beat 40 students and detained hundreds more near the campus."
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 100)}


def test_people_held_in_custody(nlp: Language) -> None:
    text = "The group said that thousands of workers remain in custody."
    assert pairs(nlp, "arrest", text, "custody") == {("arrested", 1000)}


@pytest.mark.parametrize(
    ("event_type", "text", "trigger"),
    [
        ("execution", "The state hanged Reza Karimi, 31, in Shiraz.", "hanged"),
        ("execution", "They executed a guard convicted of killing four inmates.", "executed"),
        ("strike", "Nurses stopped work on Nov. 4 and 5 across the province.", "stopped"),
        ("arrest", "Agents arrested the lawyers of 12 detained activists.", "arrested"),
        ("protest", "Crowds rallied in support of the five in the capital.", "rallied"),
        ("arrest", "Police detained 30 people in only one province.", "detained"),
    ],
)
def test_ages_days_and_owned_counts_are_not_figures(
    nlp: Language, event_type: str, text: str, trigger: str
) -> None:
    found = pairs(nlp, event_type, text, trigger)
    assert all(value not in {31, 4, 5, 12, 1} for _, value in found), found


def test_fragment_with_a_participle_counts(nlp: Language) -> None:
    text = "Three teachers from the town of Dalan, aged 30 and 41, detained at a bus station."
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 3)}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A 17-year-old boy was arrested in 2019 in the city.", "arrested"),
        ("The student, aged 19, was arrested on 12 March.", "arrested"),
        ("He was arrested and sentenced to 10 years in prison.", "arrested"),
        ("Fuel prices rose by 50 percent before the activists were arrested.", "arrested"),
        ("The activist was arrested after posting a $5,000 bail notice.", "arrested"),
        ("Agents arrested the passengers of Flight 655 at the airport.", "arrested"),
        ("Agents arrested the second of the two organisers.", "arrested"),
    ],
)
def test_not_counts(nlp: Language, text: str, trigger: str) -> None:
    counted = pairs(nlp, "arrest", text, trigger)
    assert counted <= {("arrested", 2)}
    assert all(value not in {17, 2019, 19, 12, 10, 50, 5000, 655} for _, value in counted)


def test_slogan_numbers_are_not_figures(nlp: Language) -> None:
    text = "Crowds chanted “300 martyrs will not be forgotten” outside the governor's office."
    assert pairs(nlp, "protest", text, "chanted") == set()


def test_censorship_has_no_figures(nlp: Language) -> None:
    text = "Authorities cut internet access for 80 million people for a week."
    assert pairs(nlp, "censorship", text, "cut") == set()


def test_quoted_official_statement_counts(nlp: Language) -> None:
    text = "“We have detained 52 rioters so far,” the provincial police chief said."
    assert pairs(nlp, "arrest", text, "detained") == {("arrested", 52)}


def test_strike_participants(nlp: Language) -> None:
    text = "Around 3,000 oil workers walked off the job in a strike over unpaid wages."
    assert pairs(nlp, "strike", text, "strike") == {("participants", 3000)}


def test_execution_by_hanging(nlp: Language) -> None:
    text = "Three men convicted of waging war on God were hanged at dawn."
    assert pairs(nlp, "execution", text, "hanged") == {("executed", 3)}


def test_other_mention_figures_stay_with_their_trigger(nlp: Language) -> None:
    text = (
        "The first wave ended with the deaths of 25 marchers, while the second, a year "
        "later, saw troops shoot into crowds, killing some 300 people."
    )
    assert pairs(nlp, "attack", text, "deaths") == {("killed", 25)}
    assert pairs(nlp, "attack", text, "killing") == {("killed", 300)}
