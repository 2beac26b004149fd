"""Words beside the counted people that say what befell them (private to ``figures``).

Reads the parse around a count; returns the tokens whose kind the count takes:

- the clause on a partitive pronoun: "at least 174 *of those executed* in 2022",
  "236 of those *killed*" (the count is a part of the people the clause names);
- a participle right after the counted people, wherever the parser hung it: "the
  treatment of thousands of people *detained*";
- a kind adjective or participle before the counted noun: "dozens of *injured*
  people", "300 *detained* protesters".
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._figures_words import is_person_noun, kind_of

_PARTITIVE_PRONOUNS = frozenset({"those", "them", "these"})


def pronoun_clauses(count: Token) -> list[Token]:
    """Clauses on the pronoun a count is taken "of": "174 of *those executed*"."""
    clauses: list[Token] = []
    for prep in count.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < count.i:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lower_ in _PARTITIVE_PRONOUNS:
                clauses += [c for c in obj.children if c.dep_ in {"acl", "relcl"}]
    return clauses


def kind_adjectives(noun: Token) -> list[Token]:
    """Kind words that modify the counted noun before it: "dozens of *injured* people".

    An adjective before the noun's numeral or determiner is not one ("shot *dead* 23
    demonstrators": the verb's complement, whatever the parser says)."""
    first = min((c.i for c in noun.children if c.dep_ in {"nummod", "det"}), default=-1)
    return [
        c
        for c in noun.children
        if c.dep_ == "amod" and first < c.i < noun.i and c.tag_ in {"JJ", "VBN"} and kind_of(c)
    ]


def skipped_participle(noun: Token, clause: Token) -> bool:
    """A participle right after the counted people that the parser hung on a thing named
    before them: in "the treatment of thousands of people *detained* during the protests"
    the people were detained, not the treatment."""
    head = clause.head
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and clause.i == noun.i + 1
        and head.i < noun.i
        and head.pos_ == "NOUN"
        and not is_person_noun(head)
        and noun in head.subtree
    )
