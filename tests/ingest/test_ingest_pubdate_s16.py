"""Publication dates labelled in header lines the way transcripts, broadcasts, reviews,
handouts and markdown pages write them; a top date with a note or reader after it;
and the forms that must stay unknown."""

from __future__ import annotations

import pytest

from unrest.ingest import find_published

BODY = "\n\nNurses gathered outside the provincial health office and were dispersed by police."


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("THE NIGHT DESK - Episode 12\nTranscript published 3 December 2019" + BODY, "2019-12-03"),
        ("CITY HOUR\nEpisode aired Thursday 21 November 2019" + BODY, "2019-11-21"),
        (  # after a comma, following the issue it names
            "The Northern Review, Winter issue, published 2 February 2020" + BODY,
            "2020-02-02",
        ),
        (  # in brackets after a byline strip
            "By Ana Ruiz | Harbour Monthly, Autumn 2022 issue (published 30 October 2022)" + BODY,
            "2022-10-30",
        ),
        ("Seminar notes, week 4\nLecture date: 8 March 2023" + BODY, "2023-03-08"),
        ("CASE FILE 12\nDate of summary: 15 December 2022" + BODY, "2022-12-15"),
        (
            "A letter from prison\n\nEditor's note, 2 March 2018: The letter below reached us "
            "through a relative." + BODY,
            "2018-03-02",
        ),
        ("# Open letter\n\n**Published:** 12 August 2021" + BODY, "2021-08-12"),
        ("HARBOUR RADIO\nBroadcast: Friday 22 November 2019, 18:00-19:00" + BODY, "2019-11-22"),
        (  # a top date with a time and the reader after it: a header line
            "MORNING BULLETIN\nTuesday 14 January 2020, 06:00 GMT, read by Sam Hale" + BODY,
            "2020-01-14",
        ),
        (  # a top date with a note in brackets
            "Tuesday, 4 February 2020 (unofficial transcript prepared by the office)" + BODY,
            "2020-02-04",
        ),
    ],
)
def test_found(text: str, value: str) -> None:
    assert find_published(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        # the publication of another document, in the body below the header
        "CITY HOUR\nA weekly programme\nHosted by Ana Ruiz\nPanel: three guests\nProducer: Sam Hale"
        "\nEngineer: Li Wen\nMusic: the house band\nRecorded in the studio\n\nThe review, "
        "published 2 February 2020." + BODY,
        # an event's date in a record field, not the document's
        "CASE FILE 12\nDate of arrest: 15 December 2022" + BODY,
        # a label whose date goes on into a sentence
        "Transcript published 3 December 2019 shows the minister's answer." + BODY,
        # a top date and note that the text's own later date contradicts
        "Tuesday, 4 February 2020 (unofficial transcript)\n\nOn 9 March 2020 nurses marched."
        + BODY,
    ],
)
def test_unknown(text: str) -> None:
    assert find_published(text).value is None
