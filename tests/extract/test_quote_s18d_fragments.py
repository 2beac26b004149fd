"""Quotes, round s18d: one- and two-word fragments a reporting verb of their own
sentence credits to a speaker are quotations (dev10+ conventions), but not terms the
writer marks as terms, hashtags, or fragments whose speaker is only found elsewhere."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def _found(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(nlp, text)]


def test_one_word_in_reported_speech_is_the_speakers(nlp: Language) -> None:
    text = 'The interior ministry said its officers had detained several "instigators" overnight.'
    assert _found(nlp, text) == [("interior ministry", "instigators")]


def test_one_word_a_named_person_blames(nlp: Language) -> None:
    text = 'Governor Karim Bahrami blamed "infiltrators" for the fires in the bazaar.'
    assert _found(nlp, text) == [("Karim Bahrami", "infiltrators")]


def test_adverb_fragment_in_a_promise(nlp: Language) -> None:
    text = 'The police chief said officers would respond "firmly" to any new gathering.'
    assert _found(nlp, text) == [("police chief", "firmly")]


def test_term_marked_by_the_writer_is_no_quote(nlp: Language) -> None:
    text = 'The ministry said the so-called "hardliners" had left the coalition.'
    assert quotes(nlp, text) == []
    text = 'Officials said the march, dubbed "blackout", drew few people.'
    assert quotes(nlp, text) == []


def test_hashtag_is_no_quote(nlp: Language) -> None:
    text = 'The union said thousands had shared the tag "#freethestudents" within hours.'
    assert quotes(nlp, text) == []


def test_fragment_without_a_speaker_is_no_quote(nlp: Language) -> None:
    text = 'The crowd marched past the "red zone" near the parliament.'
    assert quotes(nlp, text) == []


def test_said_in_a_statement_that_speaks_through_the_outer_verb(nlp: Language) -> None:
    text = (
        "The police said in a statement that its units had identified and held a number "
        'of "instigators" of the unrest.'
    )
    assert _found(nlp, text) == [("police", "instigators")]
