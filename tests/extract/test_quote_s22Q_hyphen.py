"""Quotes, round s22Q: a hyphenated surname the tokenizer splits ("Nouri-Zadeh" as
"Nouri", "-", "Zadeh") is one name, whichever part the parser makes the subject: the
name runs to its last part and back over both parts of the hyphen."""

from __future__ import annotations

from spacy.language import Language

from unrest.extract._names import Speakers, _hyphen_end


def test_first_part_of_a_hyphenated_name_runs_to_its_end(nlp: Language) -> None:
    doc = nlp("Leila Nouri-Zadeh said the trial lasted an hour.")
    first = next(t for t in doc if t.text == "Nouri")
    assert _hyphen_end(first).text == "Zadeh"
    assert _hyphen_end(doc[0]).text == "Leila"  # no hyphen: the word itself


def test_chain_of_the_last_part_takes_both_parts(nlp: Language) -> None:
    doc = nlp("Leila Nouri-Zadeh said the trial lasted an hour.")
    last = next(t for t in doc if t.text == "Zadeh")
    words = [t.text for t in Speakers(doc)._chain(last)]
    assert words[-3:] == ["Nouri", "-", "Zadeh"]
