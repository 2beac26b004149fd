"""Events: a timeline whose entries open with an abbreviated month ("NOV. 27 - ...",
"Sept. 3-5 - ...", "OCT. 4 onward - ...") tells past events in the historical present,
as entries opening with a full month name do: their simple present is no habit."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import triggers

pytestmark = pytest.mark.slow

_TIMELINE = (
    "Key dates in the unrest:\n\n"
    "{date} - Demonstrators burn down the governor's office in Kut. Police arrest dozens.\n"
)


@pytest.mark.parametrize("date", ["NOV. 27", "Sept. 3-5", "OCT. 4 onward", "27 November"])
def test_an_abbreviated_month_opens_a_dated_entry(nlp: Language, date: str) -> None:
    found = {(t.type, t.trigger.text) for t in triggers(nlp, _TIMELINE.format(date=date))}
    assert ("property_attack", "burn") in found
    assert ("arrest", "arrest") in found


def test_the_same_present_outside_a_timeline_is_a_habit(nlp: Language) -> None:
    text = _TIMELINE.format(date="Every year").replace("Key dates in the unrest:\n\n", "")
    found = {t.type for t in triggers(nlp, text)}
    assert "property_attack" not in found


@pytest.mark.parametrize(
    "text",
    [
        "In March the authorities blocked the news portal Zarya, the most read site in the region.",
        "The messaging service suspended an opposition channel at the ministry's request.",
    ],
)
def test_blocking_or_suspending_a_medium_is_censorship(nlp: Language, text: str) -> None:
    assert "censorship" in {t.type for t in triggers(nlp, text)}
