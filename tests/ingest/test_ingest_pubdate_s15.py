"""Publication dates in a Solar Hijri header glossed in Gregorian, a generated/compiled
label, a dash-separated header field, and a sentence saying when the text was put
together; and the forms that must stay unknown."""

from __future__ import annotations

import pytest

from unrest.ingest import find_published
from unrest.ingest._pubdate_solar import with_gloss

BODY = "\n\nTeachers gathered outside the education office and were dispersed by police."


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (  # a weekday, a Solar Hijri day and its gloss; a glossed yearless day below
            "KAVIR NEWS AGENCY - Provinces\nSaturday 2 Azar 1398 [23 November 2019], 10:05\n\n"
            "Bazaar shops in Yazd closed on 1 Azar [22 November] after the fuel price rise." + BODY,
            "2019-11-23",
        ),
        (
            "LIST OF THE DETAINED\nReport generated: 3 Mehr 1401 (25 September 2022)" + BODY,
            "2022-09-25",
        ),
        ("Register of cases\nExport compiled: 14 February 2021" + BODY, "2021-02-14"),
        (  # a numbered issue and its date after a spaced dash, borne out by the text
            "THE RIVERSIDE LETTER\nNo. 12 - Monday 5 December 2022\n\nOur members marched on "
            "3 December 2022 in the rain." + BODY,
            "2022-12-05",
        ),
        (
            "Prepared for the association's members on 4 March 2021. The items below were "
            "first sent by e-mail." + BODY,
            "2021-03-04",
        ),
        ("This digest was compiled by our desk on 9 October 2022." + BODY, "2022-10-09"),
    ],
)
def test_found(text: str, value: str) -> None:
    assert find_published(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        # the date of something else, in a sentence that goes on
        "Posted by activists on 5 May 2021, the video shows a crowd at the bazaar." + BODY,
        # a Solar Hijri date without a gloss is not converted
        "KAVIR NEWS AGENCY - Provinces\nSaturday 2 Azar 1398, 10:05" + BODY,
        # a dashed header date that nothing in the text bears out
        "Tehran - 1 March 2023" + BODY,
    ],
)
def test_unknown(text: str) -> None:
    assert find_published(text).value is None


def test_with_gloss_keeps_unglossed_and_lower_case_words() -> None:
    assert with_gloss("on 17 Dey [7 January] and on 18 Dey") == "on 7 January and on 18 Dey"
    assert with_gloss("the mehr (June 2020) clause") == "the mehr (June 2020) clause"
    assert with_gloss("in Azar 1398 [December 2019]") == "in December 2019"
