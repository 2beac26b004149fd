"""Sources (s22S): a recording "from" places ("videos from several cities showed ...")
comes from there; the places made nothing: what it shows is nobody's in particular.
A recording from a body ("footage from the rights group X") stays that body's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.support import source

pytestmark = pytest.mark.slow


def test_videos_from_places_are_nobody_s(nlp: Language) -> None:
    text = (
        "On Friday night, videos from several towns showed crowds of young people "
        "marching through the main streets."
    )
    s = source(nlp, text, "marching")
    assert s.kind == "unnamed"


def test_footage_from_a_province_is_nobody_s(nlp: Language) -> None:
    text = "Footage from the province showed riot police beating students outside a dormitory."
    assert source(nlp, text, "beating").kind == "unnamed"


def test_footage_from_a_named_group_stays_the_group_s(nlp: Language) -> None:
    text = "Footage from the Hengaw rights group showed riot police beating students in Sanandaj."
    s = source(nlp, text, "beating")
    assert s.kind == "organization" and "Hengaw" in (s.name or "")
