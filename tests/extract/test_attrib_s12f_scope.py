"""Attribution, round s12f: a reporting verb in a relative clause or in a later
coordinated clause says nothing of the main clause before it; "the group" after an
organization was cited more recently than the one described as a group; "it" for an
organization described by an apposition ("X, a monitoring platform")."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

# --- the reach of a reporting verb ------------------------------------------------------


def test_relative_clause_reporting_verb_speaks_of_its_antecedent_only(nlp: Language) -> None:
    text = (
        "Last week police in the port city arrested four students, whom prosecutors "
        "accuse of organising the strike."
    )
    assert source(nlp, text, "arrested").kind == "author"


def test_later_coordinated_reporting_clause_does_not_reach_back(nlp: Language) -> None:
    text = (
        "Counter-demonstrations were held in the capital on 3 May, and two days later "
        "the president told a gathering of officers that the country had defeated a plot."
    )
    assert source(nlp, text, "held").kind == "author"


def test_closing_reporting_clause_still_covers_both_conjuncts(nlp: Language) -> None:
    text = (
        "In Portmere, the capital of Lakes province, protesters set fire to the offices of "
        "several political parties and armed factions on Friday, and guards at one of the "
        "buildings opened fire on the crowd, police sources said."
    )
    assert source(nlp, text, "set").kind == "unnamed"


def test_inserted_reporting_clause_covers_its_own_conjunct_only(nlp: Language) -> None:
    text = (
        "Mobile internet in the town has been cut for most of the past week, residents "
        "say, and shops in the old market remained closed on Saturday and Sunday in a "
        "strike called by local traders to mourn the dead."
    )
    assert source(nlp, text, "closed").kind == "author"
    assert source(nlp, text, "cut").kind == "unnamed"


# --- "the group", "it" ------------------------------------------------------------------


def test_the_group_is_the_organization_cited_last(nlp: Language) -> None:
    text = (
        "The Free Coast Front, an exile group based in Lisbon, said on Monday that 300 "
        "people had been killed. Internet access was restored to most homes on Thursday, "
        "according to NetSentry Watch. The group said on Tuesday that mobile data was "
        "still cut off in the northern provinces."
    )
    found = source(nlp, text, "cut")
    assert found.kind == "organization"
    assert found.name == "NetSentry Watch"


def test_the_group_stays_the_described_one_when_it_spoke_last(nlp: Language) -> None:
    text = (
        "The Tarn Valley Rights Network, a local monitoring group, said dozens were "
        "arrested. Mobile internet was cut on Wednesday, the Open Wire Observatory said. "
        "Shops stayed shut in three towns, the rights network said. Police fired on "
        "marchers in the old town after dark, the group said."
    )
    found = source(nlp, text, "fired")
    assert found.name == "Tarn Valley Rights Network"


def test_it_stands_for_an_organization_described_by_an_apposition(nlp: Language) -> None:
    text = (
        "The most careful count comes from Vigia Civica, a civil-society platform that "
        "monitors elections. It says dozens of people have been killed by police since "
        "the protests began."
    )
    found = source(nlp, text, "killed")
    assert found.kind == "organization"
    assert found.name == "Vigia Civica"


# --- the writer's own material ----------------------------------------------------------


def test_footage_the_writer_received_is_the_writer_s(nlp: Language) -> None:
    text = "On the evening of 3 May we received footage of shoppers chanting in a metro station."
    assert source(nlp, text, "chanting").kind == "author"


def test_information_the_writer_has_is_the_writer_s(nlp: Language) -> None:
    text = "Our Office has information that at least 12 other people have been sentenced to death."
    assert source(nlp, text, "sentenced").kind == "author"


def test_reports_the_writer_received_stay_hearsay(nlp: Language) -> None:
    text = "Our Office has received reports that security forces fired at mourners."
    assert source(nlp, text, "fired").kind == "unnamed"


def test_footage_someone_else_received_is_nobody_in_particular(nlp: Language) -> None:
    text = "Their lawyers received footage of shoppers chanting in a metro station."
    assert source(nlp, text, "chanting").kind == "unnamed"
