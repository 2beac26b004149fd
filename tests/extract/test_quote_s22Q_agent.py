"""Quotes, round s22Q: "said by telephone" is no passive agent when the verb has a
subject of its own; the subject speaks."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_by_phrase_of_an_active_reporting_verb_is_not_its_speaker(nlp: Language) -> None:
    text = (
        '"Half the shops on our street were shut. Nobody planned it; people just did it," '
        "a spice seller in the Tabriz bazaar said by telephone."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["spice seller in the Tabriz bazaar"]
