"""Common nouns the tagger takes for names at the start of a sentence.

Private helper of :mod:`unrest.extract._names`. "Footage verified by our team
shows ..." opens with a capital, and the tagger may make "Footage" a proper noun;
a speaker resolved from it would be a person called "Footage". A word the lexicon
knows as a common noun of evidence, documents or people is no name there.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._lexicon import Lexicon


def common_opener(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` opens its sentence, capitalised only for that, and is a common
    noun the lexicon lists (evidence, documents, reports, kinds of people)."""
    if not opens_sentence(tok) or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    word = tok.lower_
    nouns = (
        lex.evidence_nouns
        | lex.document_nouns
        | lex.report_nouns
        | lex.speech_nouns
        | lex.unnamed_heads
        | lex.person_nouns
    )
    return word in nouns or word.removesuffix("s") in nouns


def opens_sentence(tok: Token) -> bool:
    """Whether ``tok`` is the first word of its sentence (punctuation and space aside)
    or of a turn after a speaker's label ("QUESTION (daily): Residents say ...")."""
    first = next((t for t in tok.sent if not (t.is_punct or t.is_space)), tok)
    return first.i == tok.i or (tok.i > 0 and tok.doc[tok.i - 1].text.endswith(":"))
