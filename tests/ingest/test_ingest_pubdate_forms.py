"""Publication dates written in forms the plain finders missed: "Published online",
"Date of report", numeric dates after a label, a Solar Hijri twin, a title-case
dateline, a weekday with a yearless day, and a numbered issue's month."""

from __future__ import annotations

import pytest

from unrest.ingest import find_published

BODY = "\n\nTeachers gathered outside the education office and were dispersed by police."


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Review of Protest Studies, Vol. 3\nPublished online: 2 June 2021" + BODY, "2021-06-02"),
        ("MONITORING NETWORK\nDate of report: 8 September 2021" + BODY, "2021-09-08"),
        (  # a label's date with its Solar Hijri twin in brackets
            "Translation service\nBroadcast: Monday 18 November 2019 (27 Aban 1398)" + BODY,
            "2019-11-18",
        ),
        ("Ministry of Labour\nNotice | No: 17/22 | Date: 28/03/2022" + BODY, "2022-03-28"),
        ("Ministry of Labour\nNotice | No: 17/22 | Date: 03/28/2022" + BODY, "2022-03-28"),
        (  # a title-case place, a Solar Hijri date and its Gregorian twin
            "Ardabil, 3 Mehr 1401 (25 September 2022) - Shops stayed shut in the bazaar." + BODY,
            "2022-09-25",
        ),
        (  # a label after a sentence on the same line
            "Compiled by the weekend desk. Last entry filed Monday 13 January 2020." + BODY,
            "2020-01-13",
        ),
        (  # the one year after the latest date that puts 16 March on a Sunday
            "RIVER DISPATCH | EXPLAINER\nSunday 16 March\n\nStudents have marched since the "
            "station roof fell in November 2024." + BODY,
            "2025-03-16",
        ),
        (  # a place and a date as the field of a header line, nothing in the text against it
            "Oral statement to the council, Vienna, 20 March 2023" + BODY,
            "2023-03-20",
        ),
        ("POLICY BRIEF No. 9 | May 2019\nCoastal Policy Forum" + BODY, "2019-05"),
    ],
)
def test_published_date_forms(text: str, value: str) -> None:
    assert find_published(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        # a date of another kind than the document's
        "CASUALTY REGISTER\nDate of death: 16 November 2019" + BODY,
        # day and month could be either way round
        "Ministry of Labour\nNotice | No: 17/22 | Date: 03/04/2022" + BODY,
        # a title-case place before a day without a year proves nothing
        "Ardabil, May 3 - Shops stayed shut in the bazaar." + BODY,
        # the weekday does not fit the only possible year
        "RIVER DISPATCH\nMonday 16 March\n\nThe roof fell in November 2024." + BODY,
        # a weekday and yearless day with no dated event to fix the year
        "RIVER DISPATCH\nSunday 16 March" + BODY,
        # a month under an unnumbered header strip may be the month reported on
        "MONTHLY REPORT | May 2019" + BODY,
    ],
)
def test_published_date_stays_unknown(text: str) -> None:
    assert len(find_published(text).value or "") < 7
