"""Day-less dates take the year the story is set in: a verbless case caption ("2. Qom
(Qom province), 12 March 2018.") sets the time of the case below it, and a bare year
that dates a thing in passing ("the fuel tax of 2015") does not move the story there."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_year import case_caption, when_clause
from unrest.extract.when import Timeline
from unrest.model import PublishedDate

_CASES = (
    "Two years on, the families of the dead still wait for answers, the group said today. "
    '"Nobody has been punished a year later for what happened," said its director.\n\n'
    "1.\n\n"
    "Qom (Qom province), 12 March 2018.\n\n"
    "A 22-year-old baker was shot in the back near the bazaar. "
    "His cousin was detained three days later.\n\n"
    "2.\n\n"
    "Arak, Markazi, 14 March 2018.\n\n"
    "A teacher was beaten by riot police outside the school.\n"
)

_ENCYCLOPEDIA = (
    "The 2016 Moldovan protests were a wave of demonstrations against the cabinet.\n\n"
    "## Background\n\n"
    "By early 2016, the currency had lost a third of its value. "
    "Many people blamed the slump on the ministers, and on the bank fraud of 2014 and "
    "the sudden tax on imported fuel in 2015.\n\n"
    "## Events\n\n"
    "On 20 January, thousands of people marched in Chisinau.\n"
)


def test_case_caption_sets_the_case_date(nlp: Language) -> None:
    assert date_pair(nlp, _CASES, "shot", "2020-03-20") == ("2018-03-12", "2018-03-12")


def test_later_counts_from_the_caption(nlp: Language) -> None:
    assert date_pair(nlp, _CASES, "detained", "2020-03-20") == ("2018-03-15", "2018-03-15")


def test_second_caption_takes_over(nlp: Language) -> None:
    assert date_pair(nlp, _CASES, "beaten", "2020-03-20") == ("2018-03-14", "2018-03-14")


def test_caption_needs_a_story_in_force(nlp: Language) -> None:
    doc = nlp("Qom (Qom province), 12 March 2018.")
    sent = next(iter(doc.sents))
    start = sent.text.index("12")
    assert not case_caption(sent, start, start + len("12 March 2018"), None)


def test_a_year_dating_a_thing_does_not_move_the_story(nlp: Language) -> None:
    assert date_pair(nlp, _ENCYCLOPEDIA, "marched", "2017-05-02") == ("2016-01-20", "2016-01-20")


_TOLLS = (
    "The Lusaka protests began on 3 May 2016 and were crushed within a week.\n\n"
    "Rights Watch: at least 40 killed, including six children (report of 2 August 2016).\n"
    "Health ministry: 12 killed (figure published in October 2016).\n\n"
    "The ministry said that 90 shops had been set on fire.\n"
)

_WHEN = (
    "Students rallied in Minsk on Saturday. It was the largest rally since March, when "
    "police beat hundreds of marchers. It was the first since the riots of 2011, when "
    "thousands were detained.\n"
)

_BOLD = (
    "# 2019 Lima protests\n\n"
    "By early 2019, prices had doubled.\n\n"
    "**4 April.** Supporters of the mayor attacked the protesters near the market.\n\n"
    "**9 June.** Police fired tear gas at a march in Lima.\n"
)


def test_cited_report_date_does_not_date_the_deaths(nlp: Language) -> None:
    assert date_pair(nlp, _TOLLS, "killed", "2018-01-10") == ("2016-05-03", "2016-05-10")


def test_cited_date_in_a_note_does_not_date_the_deaths(nlp: Language) -> None:
    assert date_pair(nlp, _TOLLS, "killed", "2018-01-10", nth=1) == ("2016-05-03", "2016-05-10")


def test_cited_date_does_not_move_the_story(nlp: Language) -> None:
    assert date_pair(nlp, _TOLLS, "set", "2018-01-10") == ("2016-05-03", "2016-05-10")


def test_when_clause_takes_the_month_not_a_span_to_now(nlp: Language) -> None:
    assert date_pair(nlp, _WHEN, "beat", "2012-06-11") == ("2012-03", "2012-03")


def test_when_clause_takes_the_year_it_hangs_on(nlp: Language) -> None:
    assert date_pair(nlp, _WHEN, "detained", "2012-06-11") == ("2011", "2011")


def test_bold_heading_sets_its_paragraph_day(nlp: Language) -> None:
    assert date_pair(nlp, _BOLD, "attacked", "2020-01-15") == ("2019-04-04", "2019-04-04")


def _when(nlp: Language, text: str, trigger: str) -> tuple[str, str] | None:
    """What :func:`when_clause` gives the token ``trigger`` of ``text``."""
    doc = nlp(text)
    line = Timeline(doc, PublishedDate("2016-01-10", "given"))
    head = next(t for t in doc if t.text == trigger)
    iv = when_clause(head, [f for found in line._found for f in found])
    return (iv.value().start, iv.value().end) if iv is not None else None


def test_when_clause_of_a_statement_does_not_date_the_deaths(nlp: Language) -> None:
    text = "No toll was published until June 2015, when the minister said 80 had been killed.\n"
    assert _when(nlp, text, "killed") is None


def test_when_clause_dates_its_own_verb(nlp: Language) -> None:
    text = "It was the worst unrest since June 2015, when police killed 80 people.\n"
    assert _when(nlp, text, "killed") == ("2015-06", "2015-06")
