"""Attribution: kin and a person's own lawyers as sources, hearsay someone only received,
a report speaking in its own voice, outlets and groups named by kind, relative clauses that
say who counted, and quoted names and labels that are not quotes."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import quotes, source

from unrest.extract._attrib_self import own_names
from unrest.extract._lexicon import lexicon

pytestmark = pytest.mark.slow


# --- kin and a person's own lawyers are a group named by its role ------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "last"),
    [
        ("The two miners are held in Ward 209, their lawyers said.", "held", "lawyers"),
    ],
)
def test_kin_and_own_lawyers_are_organizations(
    nlp: Language, text: str, trigger: str, last: str
) -> None:
    s = source(nlp, text, trigger)
    assert s.kind == "organization"
    assert (s.name or "").split()[-1].lower() == last


def test_lawyers_of_no_one_in_particular_stay_unnamed(nlp: Language) -> None:
    text = "Forty people were detained in Bukan last week, according to local lawyers."
    assert source(nlp, text, "detained").kind == "unnamed"
    text = "Bakery workers were arrested in Arak, the workers' representatives said."
    assert source(nlp, text, "arrested").kind == "unnamed"


# --- what someone only received is hearsay --------------------------------------------


def test_received_information_is_nobody_in_particular(nlp: Language) -> None:
    text = "The mission received information that nine prisoners were hanged in Qezel Hesar."
    assert source(nlp, text, "hanged").kind == "unnamed"
    text = (
        "The mission also received information that two poets were jailed for ten years, "
        "and that several nurses were flogged in public."
    )
    assert source(nlp, text, "flogged").kind == "unnamed"


def test_information_received_by_someone_is_theirs_to_report(nlp: Language) -> None:
    text = "According to information gathered by the Refugee Council, 14 people were shot."
    assert source(nlp, text, "shot").kind == "organization"
    text = (
        "Report of the Independent Expert on the situation in Iran\n\n"
        "7. According to information received by the Independent Expert, two men were "
        "hanged in Arak on 3 May."
    )
    assert source(nlp, text, "hanged").kind == "unnamed"  # hearsay the Expert received


# --- a report speaking of itself ------------------------------------------------------


def test_heading_names_the_report_s_author() -> None:
    lex = lexicon()
    text = "NORTHWIND HUMAN RIGHTS CENTRE\nAnnual report\n\n1. The Centre recorded ..."
    assert ("northwind", "human", "rights", "centre") in own_names(text, lex)
    text = "Report of the Independent Expert on the situation in Narnia\n\n1. Text."
    assert ("independent", "expert") in own_names(text, lex)
    text = "MORNING NOTES - Tarn Observer weekly digest\n\nText of the digest."
    assert ("tarn", "observer") in own_names(text, lex)
    assert own_names("Protests spread to Arak\n\nCrowds gathered on Monday.", lex) == ()


def test_the_author_of_the_report_speaks_in_its_own_voice(nlp: Language) -> None:
    text = (
        "NORTHWIND HUMAN RIGHTS CENTRE\n\n"
        "4. The Centre has documented the killings of 31 protesters in Arak in May."
    )
    assert source(nlp, text, "killings").kind == "author"
    text = (
        "Report of the Independent Expert on the situation in Iran\n\n"
        "7. The Independent Expert notes that two men were executed in Arak on 3 May."
    )
    assert source(nlp, text, "executed").kind == "author"


def test_the_same_words_in_a_news_story_are_a_source(nlp: Language) -> None:
    text = "Protests spread\n\nThe Centre has documented the killings of 31 protesters in Arak."
    assert source(nlp, text, "killings").kind == "organization"


# --- names, kinds and roles --------------------------------------------------------------


def test_outlet_and_group_named_by_kind_are_organizations(nlp: Language) -> None:
    text = "A court in Yazd jailed five students, according to the reformist daily Kamran."
    s = source(nlp, text, "jailed")
    assert (s.kind, s.name) == ("organization", "Kamran")


def test_possessed_organisation_is_an_organization(nlp: Language) -> None:
    text = "The army's intelligence organisation reported that it had detained 40 leaders."
    s = source(nlp, text, "detained")
    assert s.kind == "organization"
    assert (s.name or "").endswith("organisation")


def test_named_partner_of_an_unnamed_source_wins(nlp: Language) -> None:
    text = (
        "Mobile internet was cut in Yazd on Monday, according to residents and to "
        "the monitoring group Linkwatch."
    )
    s = source(nlp, text, "cut")
    assert (s.kind, s.name) == ("organization", "Linkwatch")


def test_indefinite_role_is_not_the_one_holder_named(nlp: Language) -> None:
    text = (
        "Lawmaker Reza Karimi visited Arak on Monday. Two people were killed in Arak, "
        "according to a member of parliament for the city.[4]"
    )
    s = source(nlp, text, "killed")
    assert s.kind == "person"
    assert (s.name or "").endswith("city")


def test_the_activists_refers_to_the_activist_group(nlp: Language) -> None:
    text = (
        "The Baluch activist group Rahvash said 30 people were killed in Khash. Dozens "
        "more were wounded, according to the activists."
    )
    s = source(nlp, text, "wounded")
    assert (s.kind, s.name) == ("organization", "Rahvash")


def test_relative_clause_says_who_counted(nlp: Language) -> None:
    text = "The strike followed a march on Sunday that organisers said drew 9,000 people."
    s = source(nlp, text, "march")
    assert (s.kind, s.name) == ("organization", "organisers")


def test_describing_and_giving_a_toll_report(nlp: Language) -> None:
    text = "Eyewitnesses described police firing into the crowd from a rooftop."
    assert source(nlp, text, "firing").kind == "unnamed"
    text = "Two men died in Arak on Monday; local reports give a toll of five."
    assert source(nlp, text, "toll").kind == "unnamed"


def test_on_account_of_is_not_what_is_described(nlp: Language) -> None:
    text = "Mr Tavakoli described 2019 as a year of hope on account of the many strikes."
    assert source(nlp, text, "strikes").kind == "author"


# --- quotes -----------------------------------------------------------------------------


def test_quoted_name_and_charge_label_are_not_quotes(nlp: Language) -> None:
    text = 'A group of widows, known as the "Widows of Azar", has held vigils since then.'
    assert quotes(nlp, text) == []
    text = 'The agency said a court had convicted him of "spreading corruption on earth".'
    assert quotes(nlp, text) == []
    text = 'The agency said a court sentenced him to death for "waging war on the state".'
    assert quotes(nlp, text) == []


def test_amount_after_for_is_still_a_quote(nlp: Language) -> None:
    text = 'On Monday, the president announced pardons for "many thousands" of prisoners.'
    assert [q.speaker for q in quotes(nlp, text)] == ["president"]


def test_two_word_quotes_named_by_a_speaker(nlp: Language) -> None:
    text = 'The Guard said two officers died and blamed what it called "hostile gangs".'
    assert [q.text for q in quotes(nlp, text)] == ["hostile gangs"]
    text = 'The governor described the day as "organised sabotage" and said order was back.'
    assert [q.text for q in quotes(nlp, text)] == ["organised sabotage"]
    text = 'The governor said he was shocked and called the trial "a farce".'
    assert quotes(nlp, text) == []  # an article and a noun: one word
    text = 'The minister, in a speech, blamed "foreign hands" for the unrest in Arak.'
    assert quotes(nlp, text) == []  # blaming is no naming verb


def test_blaming_introduces_a_longer_quote(nlp: Language) -> None:
    text = 'Supreme Leader Ali Rezaei, in his first remarks, blames "the enemies of Iran" here.'
    assert [q.speaker for q in quotes(nlp, text)] == ["Ali Rezaei"]


def test_subject_inside_the_quote_is_not_its_speaker(nlp: Language) -> None:
    text = (
        'The governor, Hamid Sadri, said on television that "armed men used the crowd as '
        'a shield" and promised an inquiry.'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Hamid Sadri"]
