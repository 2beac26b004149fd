"""Publication dates from the date field of a short header line and from e-mail headers."""

from __future__ import annotations

import pytest

from unrest.ingest import find_published
from unrest.ingest._pubdate_top import from_top_date


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # the last field of a strip without a document-kind word
            "FIELD NOTES\nIssue 31 | Tuesday 8 March 2022\n\n"
            "Teachers in Shiraz held a sit-in on 1 March 2022 outside the education office.",
            "2022-03-08",
        ),
        (  # a place and a date after commas
            "Statement to the regional assembly, Bishkek, 14 April 2021\n\n"
            "Police detained 30 people at a rally on 9 April 2021, the ombudsman said.",
            "2021-04-14",
        ),
        (  # the current events are written without a year; the only year is an old reference
            "Coastal Monitor | 19 May 2023\n\n"
            "Fishermen blocked the port road on 12 May and again on 16 May. The last such "
            "blockade, in March 2019, ended with dozens of arrests.",
            "2023-05-19",
        ),
    ],
)
def test_header_field_date_borne_out(text: str, value: str) -> None:
    got = find_published(text)
    assert (got.value, got.detail) == (value, "top-date")


@pytest.mark.parametrize(
    "text",
    [
        (  # an old reference only, and no yearless day shortly before the header date
            "Coastal Monitor | 19 May 2023\n\n"
            "The last blockade of the port road, in March 2019, ended with dozens of arrests."
        ),
        (  # a sentence that ends in a date is not a header
            "Police said the square would stay closed until Friday, 4 March 2022.\n\n"
            "Students gathered there on 2 March 2022."
        ),
        (  # the field's date falls before the text's own latest date
            "Field notes | 2 May 2019\n\nThe union said members were arrested on 9 June 2019."
        ),
    ],
)
def test_header_field_date_not_taken_without_support(text: str) -> None:
    assert from_top_date(text) is None


def test_email_date_header_with_numeric_zone() -> None:
    text = (
        "Subject: Weekly letter\nFrom: Desk <desk@example.org>\n"
        "Date: Fri, 6 Dec 2024 08:15:00 +0000\n\nHi all,\n\nCrowds gathered again on Thursday."
    )
    got = find_published(text)
    assert got.value == "2024-12-06"
