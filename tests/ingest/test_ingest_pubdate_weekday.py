"""A yearless wire dateline keeps its guessed year only if the lead's weekday agrees."""

from __future__ import annotations

from unrest.ingest._pubdate import from_dateline

# 14 March 2019 was a Thursday; 14 March 2020 a Saturday.
_LEAD = (
    "Riot police clear the square\n\n"
    "By staff\n\n"
    "TBILISI, Mar 14 (North Wire) - Police {verb} protesters from the main square "
    "overnight, the interior ministry said on {weekday}.\n\n"
    "The ministry said the crowd had first gathered on {weekday_before}.\n\n"
    "The square was last cleared in February {year}, when dozens were held.\n"
)


def _text(weekday: str, year: str) -> str:
    return _LEAD.format(verb="cleared", weekday=weekday, weekday_before="Monday", year=year)


def test_year_kept_when_the_reported_weekday_matches() -> None:
    found = from_dateline(_text("Thursday", "2019"))
    assert found is not None
    assert found.value == "2019-03-14"


def test_year_dropped_when_the_reported_weekday_disagrees() -> None:
    # The only explicit date (February 2020) would put the dateline in 2020, on a
    # Saturday, while the lead reports a Thursday: the guess is refused.
    found = from_dateline(_text("Thursday", "2020"))
    assert found is None or found.value is None


def test_lead_without_a_reported_weekday_keeps_the_guess() -> None:
    text = _text("Thursday", "2020").replace("said on Thursday", "said")
    found = from_dateline(text)
    assert found is not None
    assert found.value == "2020-03-14"
