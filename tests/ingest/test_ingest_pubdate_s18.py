"""Publication dates written the way rights-group releases, wire pages and
encyclopedia pages put them: a parenthesised press-release dateline, a top date
with a clock time and zone borne out by a yearless wire dateline, and a version
note in markdown emphasis at the foot of a page."""

from __future__ import annotations

import pytest

from unrest.ingest import find_published

BODY = "\n\nNurses gathered outside the provincial health office and were dispersed by police."


@pytest.mark.parametrize(
    ("text", "value", "detail"),
    [
        (  # a press release's dateline in brackets, place in title case
            "HARBOUR WATCH\n\nPort town: detainees beaten\n\n(Valletta, 14 March 2021) - "
            "Police beat people held after the march, Harbour Watch said today." + BODY,
            "2021-03-14",
            "place-dateline",
        ),
        (  # the same with the place in capitals
            "(ROSEAU, 2 June 2019) - Teachers marched on the ministry." + BODY,
            "2019-06-02",
            "place-dateline",
        ),
        (  # a wire page's top date with time and zone, borne out by its yearless dateline
            "Toll rises in port city\n\nBy Staff Reporter\nMarch 3, 2021 09:15 AM UTC\n\n"
            "PORTSIDE, Mar 3 (North Wire) - Police fired on strikers at the docks, "
            "officials said." + BODY,
            "2021-03-03",
            "top-date",
        ),
        (  # an encyclopedia page's foot note in markdown emphasis
            "# 2021 dock strikes\n\nThe strikes began in March 2021." + BODY + "\n\n"
            "*This page was last edited on 5 May 2022.*",
            "2022-05-05",
            "last edited",
        ),
        (
            "# 2021 dock strikes\n\nThe strikes began in March 2021." + BODY + "\n\n"
            "_This page was last edited on 5 May 2022, at 10:02 (UTC)._",
            "2022-05-05",
            "last edited",
        ),
    ],
)
def test_dateline_forms(text: str, value: str, detail: str) -> None:
    found = find_published(text)
    assert (found.value, found.detail) == (value, detail)


@pytest.mark.parametrize(
    "text",
    [
        # a bracket that opens a sentence, not a dateline
        "(Updated figures follow.) Police fired on strikers on 3 March 2021 - witnesses said."
        + BODY,
        # a top date with a clock time and a word that is not a zone: a sentence, not a header
        "Toll rises\n\nMarch 3, 2021 09:15 police fired\n\nOfficials said on Tuesday." + BODY,
    ],
)
def test_forms_that_stay_unknown(text: str) -> None:
    assert find_published(text).value is None
