"""How long an event lasted: a participle after it ("shut down the internet, leaving the
city offline for four days"), an outage's count of days, and "lasted N weeks"."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair, date_value, typed_date

_SHUTDOWN = (
    "On 6 April 2021 the authorities shut down mobile networks in Yerevan, "
    "leaving most of the city offline for four days."
)


def test_participle_gives_the_length(nlp: Language) -> None:
    assert date_pair(nlp, _SHUTDOWN, "shut", "2021-05-01") == ("2021-04-06", "2021-04-09")


def test_an_outage_runs_to_the_day_its_count_ends(nlp: Language) -> None:
    got = typed_date(nlp, _SHUTDOWN, "shut", "2021-05-01", "censorship")
    assert got == ("2021-04-06", "2021-04-10")


def test_a_protest_counts_its_first_day(nlp: Language) -> None:
    text = "On 6 April 2021 students marched in Yerevan for four days."
    got = typed_date(nlp, text, "marched", "2021-05-01", "protest")
    assert got == ("2021-04-06", "2021-04-09")


def test_lasted_weeks(nlp: Language) -> None:
    text = "The strikes that began on 12 March 2019 lasted barely three weeks."
    assert date_pair(nlp, text, "strikes", "2020-01-01") == ("2019-03-12", "2019-04-01")


def test_no_length_keeps_the_day(nlp: Language) -> None:
    text = "On 6 April 2021 the authorities shut down mobile networks in Yerevan."
    value = date_value(nlp, text, "shut", "2021-05-01")
    assert value is not None and (value.start, value.end) == ("2021-04-06", "2021-04-06")
