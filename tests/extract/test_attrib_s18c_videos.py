"""Evidence nobody vouches for is ``unnamed``; evidence the writer checked is ``author``."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source


def test_videos_posted_online_are_nobody_in_particular(nlp: Language) -> None:
    text = "Videos posted online on Monday showed police beating students near the bazaar."
    assert source(nlp, text, "beating").kind == "unnamed"


def test_unverifiable_videos_are_nobody_in_particular(nlp: Language) -> None:
    text = (
        "Videos shared on messaging apps, which the Harbour Courier could not verify, "
        "showed guards firing at prisoners in the yard."
    )
    assert source(nlp, text, "firing").kind == "unnamed"


def test_verified_footage_is_the_writer(nlp: Language) -> None:
    text = "Footage verified by our team shows riot police firing tear gas at the crowd."
    assert source(nlp, text, "firing").kind == "author"


def test_closing_video_showed_is_nobody_in_particular(nlp: Language) -> None:
    text = "Some workers blocked the main road in Abadan and set tyres alight, video showed."
    assert source(nlp, text, "blocked").kind == "unnamed"


def test_closing_without_evidence_stays_the_author(nlp: Language) -> None:
    text = "Some workers blocked the main road in Abadan on Monday."
    assert source(nlp, text, "blocked").kind == "author"


def test_second_that_clause_of_there_are_reports_is_hearsay(nlp: Language) -> None:
    text = "There are reports that guards used batons, and that several inmates were injured."
    assert source(nlp, text, "injured").kind == "unnamed"
