"""Where a story starts, for running totals a dated report gives ("a rights group said on
16 March that at least 40 protesters had been killed"): its first day, not a month line
that frames the whole text, nor an earlier month named as background."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import date_pair

_PUB = "2021-03-20"
_STORY = (
    "Protesters blocked highways in the capital on 12 March. "
    "Crowds set fire to banks in three cities on 13 March. "
    "A rights group said on 16 March that at least 40 protesters had been killed."
)


def test_month_line_framing_the_story_is_not_its_start(nlp: Language) -> None:
    text = "Security notices to citizens, March 2021\n\n" + _STORY
    assert date_pair(nlp, text, "killed", _PUB) == ("2021-03-12", "2021-03-16")


def test_earlier_month_in_the_background_is_not_the_start(nlp: Language) -> None:
    text = "Farmers say they lost their crop in February.\n\n" + _STORY
    assert date_pair(nlp, text, "killed", _PUB) == ("2021-03-12", "2021-03-16")


def test_first_day_starts_the_story(nlp: Language) -> None:
    assert date_pair(nlp, _STORY, "killed", _PUB) == ("2021-03-12", "2021-03-16")
