"""Dates of event mentions: absolute, relative to publication, and the narrative's time."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span

from unrest.extract._dates import Anchor, find_expressions, interval_of
from unrest.extract.when import Timeline
from unrest.model import UNKNOWN_DATE, DateValue, PublishedDate
from unrest.nlp import load_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline()


def _date(nlp: Language, text: str, trigger: str, published: str | None,
          occurrence: int = 0) -> DateValue | None:
    """The date Timeline gives the ``occurrence``-th token ``trigger`` of ``text``."""
    doc: Doc = nlp(text)
    hits = [t for t in doc if t.text == trigger]
    assert len(hits) > occurrence, f"{trigger!r} not in test text"
    tok = hits[occurrence]
    pub = PublishedDate(published, "given") if published else UNKNOWN_DATE
    evidence: Span = tok.sent
    return Timeline(doc, pub).date_for(doc[tok.i:tok.i + 1], evidence)


def _pair(value: DateValue | None) -> tuple[str, str] | None:
    return (value.start, value.end) if value else None


# ---------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(("text", "trigger", "expected", "precision"), [
    ("On March 3, 2021, police arrested twelve students in Shiraz.", "arrested",
     ("2021-03-03", "2021-03-03"), "day"),
    ("Police arrested twelve students in Shiraz on 3 March 2021.", "arrested",
     ("2021-03-03", "2021-03-03"), "day"),
    ("Truck drivers went on strike in October 2018 over fuel prices.", "strike",
     ("2018-10", "2018-10"), "month"),
    ("Thousands of prisoners were executed in 1988.", "executed", ("1988", "1988"), "year"),
    ("The 2009 protests shook the capital for weeks.", "protests", ("2009", "2009"), "year"),
    ("Workers held rallies in dozens of towns during the 2017-2018 unrest.", "rallies",
     ("2017", "2018"), "year"),
    ("Crowds marched through Mashhad in December 2017-January 2018.", "marched",
     ("2017-12", "2018-01"), "month"),
    ("Activists staged sit-ins from 2013 to 2016.", "sit", ("2013", "2016"), "year"),
    ("Guards killed hundreds of inmates in the summer and autumn of 1981.", "killed",
     ("1981-07", "1981-12"), "month"),
])
def test_absolute_dates(nlp: Language, text: str, trigger: str,
                        expected: tuple[str, str], precision: str) -> None:
    value = _date(nlp, text, trigger, "2022-10-01")
    assert _pair(value) == expected
    assert value is not None and value.precision == precision


def test_counts_are_not_years(nlp: Language) -> None:
    text = "Security forces killed over 1500 protesters and detained 2000 people."
    assert _date(nlp, text, "killed", None) is None
    assert [e.text for e in find_expressions("they arrested 1,988 people")] == []


def test_dates_after_publication_are_ignored(nlp: Language) -> None:
    text = ("Thursday, March 9, 2023\n"
            "Riot police beat and detained dozens of retirees outside parliament.")
    assert _date(nlp, text, "detained", "2021-05-14") is None


# ---------------------------------------------------------------- relative dates


@pytest.mark.parametrize(("text", "trigger", "published", "expected"), [
    ("Police shot protesters in Shiraz last November.", "shot", "2020-06-05",
     ("2019-11", "2019-11")),
    ("Police shot protesters in Shiraz last November.", "shot", "2020-11-20",
     ("2019-11", "2019-11")),
    ("Authorities cut the internet earlier this month.", "cut", "2020-06-05",
     ("2020-06", "2020-06")),
    ("Teachers have held strikes this year.", "strikes", "2021-09", ("2021", "2021")),
    ("Bus drivers went on strike last year.", "strike", "2021-09", ("2020", "2020")),
    ("Students rallied in Tabriz yesterday.", "rallied", "2019-11-18",
     ("2019-11-17", "2019-11-17")),
    ("Students rallied in Tabriz just last Sunday.", "rallied", "2020-05-20",
     ("2020-05-17", "2020-05-17")),
    ("Farmers protested in Isfahan last week.", "protested", "2021-11-24",
     ("2021-11-15", "2021-11-21")),
    ("In recent days, nurses have protested in several cities.", "protested", "2021-09",
     ("2021-09", "2021-09")),
    ("Prisoners were executed in recent weeks.", "executed", "2020-05", ("2020-04", "2020-05")),
    ("Crowds gathered in mid-November in Sanandaj.", "gathered", "2019-12",
     ("2019-11", "2019-11")),
    ("Youths torched billboards at the end of July.", "torched", "2020-08",
     ("2020-07", "2020-07")),
    ("In the last days of December 2017, crowds gathered in Mashhad.", "gathered", "2020-05",
     ("2017-12", "2017-12")),
    ("Since November, courts have sentenced dozens of detainees.", "sentenced", "2020-05",
     ("2019-11", "2020-05")),
    ("Since the 2017-2018 unrest, activists have torched many posters.", "torched", "2019-12",
     ("2018", "2019")),
])
def test_relative_dates(nlp: Language, text: str, trigger: str, published: str,
                        expected: tuple[str, str]) -> None:
    assert _pair(_date(nlp, text, trigger, published)) == expected


def test_relative_dates_need_a_publication_date(nlp: Language) -> None:
    assert _date(nlp, "Police shot protesters last November.", "shot", None) is None


def test_range_through_a_later_month(nlp: Language) -> None:
    text = ("From the last week of July through the first week of August, youths burned "
            "portraits of officials.")
    assert _pair(_date(nlp, text, "burned", "2020-08")) == ("2020-07", "2020-08")


# ---------------------------------------------------------------- narrative time


def test_sentences_inherit_the_narrative_date(nlp: Language) -> None:
    text = ("Earlier in January, crowds returned to the streets of Tehran. "
            "Riot police fired tear gas at them.\n"
            "Students also marched in Karaj.")
    assert _pair(_date(nlp, text, "fired", "2020-06-05")) == ("2020-01", "2020-01")
    assert _pair(_date(nlp, text, "marched", "2020-06-05")) == ("2020-01", "2020-01")


def test_this_month_follows_the_narrative(nlp: Language) -> None:
    text = ("Earlier in January mass protests resumed in several provinces. "
            "Crowds tore down banners of a general who was killed earlier this month.")
    assert _pair(_date(nlp, text, "killed", "2020-06-05")) == ("2020-01", "2020-01")


def test_month_without_year_follows_a_recent_narrative_year(nlp: Language) -> None:
    text = ("Unrest declined during 2020. "
            "In January, students protested against the downing of an airliner.")
    assert _pair(_date(nlp, text, "protested", "2021-09")) == ("2020-01", "2020-01")


def test_that_year_points_back_to_the_last_year_named(nlp: Language) -> None:
    text = ("He is known as the judge of 1988. "
            "He took part in a massacre of prisoners in the summer of that year.")
    assert _pair(_date(nlp, text, "massacre", "2021-09")) == ("1988-07", "1988-09")


def test_a_date_in_a_comparison_is_not_the_event_date(nlp: Language) -> None:
    text = ("In January, crowds filled the squares of Tehran. "
            "Women played a leading role in these protests as they did in November.")
    assert _pair(_date(nlp, text, "protests", "2020-06-05")) == ("2020-01", "2020-01")


def test_the_date_of_a_statement_does_not_date_the_reported_event(nlp: Language) -> None:
    text = ("Riot police opened fire on crowds in November. "
            "On December 4, 2019, the envoy said the authorities \u201chad killed hundreds "
            "of protesters\u201d in those days.")
    value = _date(nlp, text, "killed", "2019-12-10")
    assert _pair(value) == ("2019-11", "2019-11")


def test_nearest_date_in_the_sentence_wins(nlp: Language) -> None:
    text = ("While the authorities cut the internet in November, they could not do so "
            "in January.")
    assert _pair(_date(nlp, text, "cut", "2020-06-05")) == ("2019-11", "2019-11")


def test_coarse_name_of_an_event_takes_the_finer_date_given_earlier(nlp: Language) -> None:
    text = ("The leader spoke after the December 2017-January 2018 uprising. "
            "The 2017-2018 uprising tested the network of activists.")
    assert _pair(_date(nlp, text, "uprising", "2019-12", 1)) == ("2017-12", "2018-01")


def test_nothing_gives_a_time(nlp: Language) -> None:
    assert _date(nlp, "Police arrested several lawyers.", "arrested", "2020-05") is None


# ---------------------------------------------------------------- the expression finder


def test_expression_finder_spans_and_values() -> None:
    text = "Protests began on Sunday, May 17, 2020, and spread in March to the south."
    found = find_expressions(text)
    assert [e.text for e in found] == ["Sunday, May 17, 2020", "March"]
    anchor = Anchor(interval_of("2020-06-05"))
    resolved = [e.resolve(anchor) for e in found]
    assert [r.value().start for r in resolved if r] == ["2020-05-17", "2020-03"]


def test_may_as_a_verb_is_not_a_month() -> None:
    assert find_expressions("Officials may ban the rally, and crowds march on.") == []


def test_friday_prayers_are_not_a_date() -> None:
    assert find_expressions("The cleric spoke during Friday prayers.") == []
