"""Attribution, session 10c: an official named first by a role in a wire lead and by
name in the next sentence; later references to the same role; on sentences written
for these tests."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

_LEAD = (
    "Four people were arrested after clashes near the stadium on Friday, the provincial "
    "police chief for public order announced. Farhad Jalilvand told the agency that the "
    "detainees had thrown stones at officers. According to the police chief, the clashes "
    "began when fans tried to force the gates."
)

_MEMBER = (
    "Around 900 people were detained during the fuel protests, a member of the city "
    "council's security committee told a local newspaper. The figure had not been "
    "published before. Narges Tavakoli Ahmadi, the committee's deputy head, said she "
    "had seen the list herself."
)

_OTHER_TITLE = (
    "Two guards were wounded in a shooting at the depot, the district governor said. "
    "Army spokesman Davoud Karimzadeh said troops had sealed off the road."
)

_OTHER_PERSON = (
    "Three men were detained outside the mosque, the regional prosecutor said. "
    "Mina Sharifi, a shopkeeper who saw the raid, said police beat one of them."
)

_COUNTY = (
    "Calm returned to the town after a night of riots, the province's deputy governor "
    "for security said. The town's county governor said traders had reopened their shops "
    "and that police had arrested two people."
)


def test_role_in_the_lead_takes_the_name_given_next(nlp: Language) -> None:
    s = source(nlp, _LEAD, "arrested")
    assert (s.kind, s.name) == ("person", "Farhad Jalilvand")


def test_the_same_role_later_is_the_same_person(nlp: Language) -> None:
    s = source(nlp, _LEAD, "clashes", 1)
    assert (s.kind, s.name) == ("person", "Farhad Jalilvand")


def test_an_official_described_with_the_roles_words(nlp: Language) -> None:
    s = source(nlp, _MEMBER, "detained")
    assert (s.kind, s.name) == ("person", "Narges Tavakoli Ahmadi")


def test_a_name_with_another_title_is_someone_else(nlp: Language) -> None:
    s = source(nlp, _OTHER_TITLE, "wounded")
    assert s.kind == "person"
    assert s.name != "Davoud Karimzadeh"


def test_a_name_described_otherwise_is_someone_else(nlp: Language) -> None:
    s = source(nlp, _OTHER_PERSON, "detained")
    assert s.kind == "person"
    assert s.name != "Mina Sharifi"


def test_a_role_with_other_words_is_not_the_earlier_official(nlp: Language) -> None:
    s = source(nlp, _COUNTY, "arrested")
    assert (s.kind, s.name) == ("person", "town's county governor")


def test_an_aside_giving_a_figure_does_not_report_the_clause(nlp: Language) -> None:
    text = (
        "In March the police shot dead dozens of people in two days - the monitor says "
        "at least 41 - and detained hundreds more."
    )
    assert source(nlp, text, "shot").kind == "author"


def test_an_aside_reporting_the_clause_still_reports_it(nlp: Language) -> None:
    text = "The police shot dead at least 41 people in two days, Kurdpa says."
    s = source(nlp, text, "shot")
    assert s.kind in ("organization", "person")


def test_our_sources_are_nobody_in_particular(nlp: Language) -> None:
    text = "Our sources in Zahedan say that at least nine people were killed on Friday."
    assert source(nlp, text, "killed").kind == "unnamed"


def test_our_researchers_are_the_author(nlp: Language) -> None:
    text = "Our researchers say that at least nine people were killed on Friday."
    assert source(nlp, text, "killed").kind == "author"
