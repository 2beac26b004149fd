"""A written answer ("Answered by the Minister for X on DATE.") is in the answerer's
voice: what it tells without "she said" is the answerer's, not the writer's."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import source

_ANSWER = (
    "Chile: Protests (written question)\n\n"
    "Asked by Dr Ruth Alvarez, tabled on 2 November 2019.\n\n"
    "To ask the Secretary of State what assessment he has made of the protests in Chile.\n\n"
    "Answered by the Minister for the Americas on 12 November 2019.\n\n"
    "Since mid-October, hundreds of thousands of people have taken part in demonstrations "
    "in Santiago and other cities. Several police stations were set on fire in Valparaiso. "
    "The National Institute of Human Rights has said that 20 people were killed."
)


def test_answer_paraphrase_is_the_answerer(nlp: Language) -> None:
    s = source(nlp, _ANSWER, "demonstrations")
    assert (s.kind, s.name) == ("person", "Minister for the Americas")


def test_answer_passive_is_the_answerer(nlp: Language) -> None:
    assert source(nlp, _ANSWER, "fire").name == "Minister for the Americas"


def test_named_speaker_inside_the_answer_keeps_its_words(nlp: Language) -> None:
    s = source(nlp, _ANSWER, "killed")
    assert s.kind == "organization" and (s.name or "").endswith("Human Rights")


def test_text_without_the_answer_line_stays_the_writer(nlp: Language) -> None:
    text = _ANSWER.replace("Answered by the Minister for the Americas on 12 November 2019.", "")
    assert source(nlp, text, "demonstrations").kind == "author"
