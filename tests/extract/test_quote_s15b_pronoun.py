"""Quotes, round s15b: a quotation whose speaker is only a pronoun that nothing
resolves is not listed under the pronoun."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_inner_quote_of_an_unresolved_pronoun_is_not_listed(nlp: Language) -> None:
    text = (
        'A colleague of Farahani at the weekly, who asked not to be named, said: "She phoned '
        "us from the border that night and said, 'Nobody will believe how many people came.' "
        'That is all she did."'
    )
    speakers = [q.speaker for q in quotes(nlp, text)]
    assert len(speakers) == 1 and speakers[0].startswith("colleague of Farahani")
