"""Contrastive "while": "While the 2018 uprising had left dozens dead, its successor in
November 2019 ..." sets another time against the main clause's, unlike the temporal "while
they marched on Friday", which shares it.

Used by :mod:`unrest.extract._date_syntax`.
"""

from __future__ import annotations

from spacy.tokens import Token

_CONTRAST_MARKS = frozenset({"while", "whilst", "whereas"})


def contrastive_while(clause: Token) -> bool:
    """Whether the adverbial ``clause`` is a contrastive "while" clause: its verb in a
    perfect tense ("While the uprising had resulted in ..."), which a clause sharing the
    main clause's time does not take."""
    marked = any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)
    return marked and perfect
