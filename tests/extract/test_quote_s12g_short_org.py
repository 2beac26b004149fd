"""A short form of an organization's name ("the Ministry") stands for the last one
named before it when several longer names begin with it."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_short_form_takes_the_ministry_named_before(nlp: Language) -> None:
    text = (
        "ANCHOR: The Ministry of Roads announced this morning that it had closed the highway "
        'near the town. The Ministry said that those who had "attacked the toll booths with '
        'stones" would be punished.\n\n'
        "ANCHOR: The Ministry of Culture and Higher Education announced that two newspapers "
        "had been banned. The ministry said they would stay closed."
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Ministry of Roads"]
