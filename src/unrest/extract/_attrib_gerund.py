"""Who speaks in a gerund clause after a preposition: "jailed despite telling the judge
that ...", "he resigned after saying ...".

Private helper of :mod:`unrest.extract._names`. The gerund has no subject of its own;
it shares the one of the clause the preposition hangs on. With a participle that
describes a noun ("X, sentenced to death despite telling the court ..."), the noun
is who told, even though the participle is passive; with a passive main clause
("he was jailed after saying ..."), so is its grammatical subject.
"""

from __future__ import annotations

from spacy.tokens import Token

# Prepositions a gerund of speech follows without changing who speaks.
_LEADING = frozenset(
    {"after", "before", "despite", "while", "when", "by", "for", "since", "in", "upon", "on"}
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def gerund_subject(verb: Token) -> Token | None:
    """The subject a gerund ``verb`` after a preposition shares, or None."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG":
        return None
    prep = verb.head
    if prep.pos_ not in ("ADP", "SCONJ") or prep.lower_ not in _LEADING:
        return None
    main = prep.head
    if main.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in main.children if c.dep_ in _SUBJECTS), None)
    if subject is not None:
        return subject
    if main.dep_ not in ("acl", "appos") or main.tag_ != "VBN" or main.head.pos_ not in _NOMINAL:
        return None
    noun = main.head  # "Y, sentenced ... despite telling ...": Y told
    while noun.dep_ == "appos" and noun.head.pos_ in _NOMINAL:
        noun = noun.head  # "X, a baker, convicted ...": X, not the description
    return noun
