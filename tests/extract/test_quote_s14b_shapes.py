"""Quotes, round s14b: a quotation paragraph after a sentence whose pronoun subject
reports ("She added that ... ¶ "…""), and a lead-in ending with a colon whose subject
the parser hangs on the quoted clause ("The police chief posted on X: "…"")."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.support import quotes


def test_quotation_after_a_pronoun_reporting_in_the_sentence_before(nlp: Language) -> None:
    text = (
        "Police raided homes in the district overnight.\n\n"
        "Roya Nadimi, a lawyer, said her clients had been denied access to counsel. "
        "She added that several had been beaten.\n\n"
        '"I have seen the bruises on their arms with my own eyes."'
    )
    found = [(q.speaker, q.text) for q in quotes(nlp, text)]
    assert ("Roya Nadimi", "I have seen the bruises on their arms with my own eyes.") in found


def test_pronoun_that_does_not_report_introduces_nobody(nlp: Language) -> None:
    text = (
        "Roya Nadimi, a lawyer, said her clients had been denied access to counsel. "
        "She walked out of the courthouse.\n\n"
        '"I have seen the bruises on their arms with my own eyes."'
    )
    assert not quotes(nlp, text)


def test_colon_lead_in_with_a_verb_of_posting(nlp: Language) -> None:
    text = (
        "Security forces raided the dormitory.\n\n"
        'The police chief posted on X: "Order has been restored in all parts of the city."'
    )
    found = [(q.speaker, q.text) for q in quotes(nlp, text)]
    assert found == [("police chief", "Order has been restored in all parts of the city.")]
