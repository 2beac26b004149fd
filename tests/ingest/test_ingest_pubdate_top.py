"""Publication dates from a date alone at the top of a page, only when the text bears it out."""

from __future__ import annotations

import pytest

from unrest.ingest import find_published
from unrest.ingest._pubdate_top import from_top_date, from_years_ago_today


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # the text's latest explicit date lies a few days before
            "Teachers end sit-in\nThursday 3 March 2022\n\n"
            "Teachers who began a sit-in on 24 February 2022 went home on Wednesday.",
            "2022-03-03",
        ),
        (  # no explicit date, but the copyright year agrees
            "Home | Provinces\nSunday 16 October 2022\n\nPolice said on Sunday that 40 people "
            "had been detained in Sari.\nCopyright 2022 Caspian Daily. All rights reserved.",
            "2022-10-16",
        ),
        (  # a yearless wire date a day before
            "Strike spreads to refineries\nAugust 9, 2021 / 6:40 PM\n\n"
            "AHVAZ, Aug 8 (Agency) - Contract workers at two refineries walked out.",
            "2021-08-09",
        ),
        (  # a weekday with a yearless day that fits the year
            "Mourners clash with police\n4 June 2021\n\nThe market caught fire on Friday, May 28, "
            "and families have gathered every night since.",
            "2021-06-04",
        ),
    ],
)
def test_top_date_borne_out_by_the_text(text: str, value: str) -> None:
    got = find_published(text)
    assert (got.value, got.method, got.detail) == (value, "dateline", "top-date")


@pytest.mark.parametrize(
    "text",
    [
        (  # viewed years after the events the text dates
            "Monday, March 6, 2023\nWorkers at the sugar mill struck on 12 November 2018, "
            "and their leaders were detained a week later."
        ),
        (  # the top date falls before the text's own latest date
            "2 May 2019\nThe union said members were arrested on 9 June 2019."
        ),
        (  # nothing in the text bears the date out
            "Friday, 7 April 2023\nTruck drivers stopped work in several provinces in May."
        ),
        (  # a weekday that does not fit the top date's year
            "4 June 2021\nThe market caught fire on Thursday, May 28, and families gathered."
        ),
    ],
)
def test_top_date_not_taken_without_support(text: str) -> None:
    assert from_top_date(text) is None


def test_top_date_only_in_the_first_lines() -> None:
    body = "\n".join(f"Paragraph {i} about the strike." for i in range(12))
    text = f"Oil workers strike\n{body}\n9 May 2022\nCopyright 2022 Gulf Daily."
    assert from_top_date(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Three years ago today, on November 16, 2019, the internet went dark.", "2022-11-16"),
        ("Ten years ago this week, on 12 June 2009, millions voted.", "2019-06"),
    ],
)
def test_years_ago_today_dates_the_text(text: str, value: str) -> None:
    got = from_years_ago_today(text)
    assert got is not None and (got.value, got.method) == (value, "inferred")


def test_entry_published_and_sent_labels() -> None:
    entry = "Case archive\nEntry published: 3 August 2021\nStatus: detained"
    assert find_published(entry).value == "2021-08-03"
    sent = "Weekly digest | Issue 9 | Sent Tuesday, 5 April 2022\n\nCourts sentenced two men."
    assert find_published(sent).value == "2022-04-05"


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Daily report | Friday, March 4, 2022", "2022-03-04"),
        ("Secretariat statement, 9 August 2021", "2021-08-09"),
        ("Weekly digest · 14 May 2020", "2020-05-14"),
    ],
)
def test_header_strip_kinds_with_a_qualifier_or_a_comma(line: str, value: str) -> None:
    got = find_published(f"Rights Desk\n{line}\n\nWorkers struck at two refineries.")
    assert (got.value, got.detail) == (value, "header-strip")


def test_comma_line_without_a_kind_is_not_a_strip() -> None:
    assert find_published("Tehran, 9 August 2021\n\nWorkers struck in July.").value is None
