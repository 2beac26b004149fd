"""Tests of a reporting participle on a noun ("closures reported in X"): a reduced
passive, so its "in X" is where the event was, not where a speaker spoke; an active
reporting verb abroad still places only the speaker."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import sentence_places


def test_closures_reported_in_two_towns_keep_both(nlp: Language) -> None:
    text = "Shops shut across Iran on Thursday. Bazaar closures reported in Tabriz and Shiraz."
    got = sentence_places(nlp, text, "Bazaar closures", "closures")
    assert ("IR", "East Azerbaijan", "Tabriz") in got
    assert ("IR", "Fars", "Shiraz") in got


def test_clashes_reported_in_a_town_place_the_clashes(nlp: Language) -> None:
    text = "Protests went on across Iran on Friday. Heavy clashes reported in Tabriz overnight."
    got = sentence_places(nlp, text, "Heavy clashes", "clashes")
    assert got == [("IR", "East Azerbaijan", "Tabriz")]
