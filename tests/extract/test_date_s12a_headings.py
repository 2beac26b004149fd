"""A numbered section heading made of a date ("II. 20 September 2022, evening", "V.
October 2022") sets the story's time for the section below it, so day-less phrases there
("that night", "within days") resolve in that section's year, not the year of writing."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

from unrest.extract._date_story import heads_entry

_PROFILE = (
    "The singer remembered\n\n"
    "I. May 2024\n\n"
    "Her friends still play her songs every week.\n\n"
    "II. 14 March 2021, evening\n\n"
    "The strike in Shiraz was in its third day. "
    "That night, hundreds of people blocked the avenue in Shiraz.\n\n"
    "III. Childhood\n\n"
    "She was born in June 2004 in Yasuj.\n\n"
    "V. October 2021\n\n"
    "Within days her brother was arrested in Yasuj.\n"
)


def test_numbered_heading_with_a_full_date_heads_a_section() -> None:
    text = "II. 14 March 2021, evening\n\n"
    assert heads_entry(text, 4, 17)


def test_numbered_heading_with_a_month_heads_a_section() -> None:
    text = "2.1 April 2021\n\n"
    assert heads_entry(text, 4, 14)


def test_bare_full_date_line_is_still_a_page_date() -> None:
    text = "14 March 2021\n\n"
    assert not heads_entry(text, 0, 13)


def test_night_under_a_dated_heading(nlp: Language) -> None:
    value = date_pair(nlp, _PROFILE, "blocked", "2024-05-20")
    assert value is not None
    assert value[1] == "2021-03-14"


def test_days_under_a_month_heading_after_a_flashback(nlp: Language) -> None:
    assert date_pair(nlp, _PROFILE, "arrested", "2024-05-20") == ("2021-10", "2021-10")
