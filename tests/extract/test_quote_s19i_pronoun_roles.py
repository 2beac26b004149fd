"""Quotes, round s19i: "he" after a role-noun subject of another kind than the speaker
described before, and a bare capitalized title ("the Leader") whose holder was named."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_role_noun_of_another_kind_is_not_the_described_speaker(nlp: Language) -> None:
    text = (
        "The deputy prosecutor told the court that the farmers had only asked for "
        "help. The session lasted an hour. The judge stopped the hearing twice. Then he said, "
        '"Nobody in this room will decide the case today."'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["judge"]


def test_bare_title_takes_the_holder_named_after_it_before(nlp: Language) -> None:
    text = (
        "Crowds carried pictures of the President of the Federation, Marshal Tomas Verbeek, "
        "through the capital on Sunday. A police spokesman said the marches were calm. "
        "The President, speaking to mayors on Monday, thanked the marchers. He said the "
        'nation had "defeated a foreign scheme" in a single week.'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["Tomas Verbeek"]


def test_they_skips_a_subject_deep_inside_what_the_speakers_told(nlp: Language) -> None:
    text = (
        "The rapporteurs said they had received accounts that some prisoners had been beaten, "
        'and that several nurses had been detained at work. "No hospital should ever be a '
        'place of arrest," they said.'
    )
    assert [q.speaker for q in quotes(nlp, text)] == ["rapporteurs"]
