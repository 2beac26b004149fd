"""Who "the Leader" is when the article named the title's holder before ("the Leader
of the Revolution, Ayatollah X Y, ... The Leader said").

Private helper of :mod:`unrest.extract._names`: a capitalized title used alone after
"the" stands for the person whose name the article wrote right after the same title
earlier on, set off by a comma (honorifics allowed between), in its fullest form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from unrest.extract._lexicon import Lexicon
    from unrest.extract._names import Speakers

_GLUE = frozenset({"of", "for", "and", "the", "&"})
_MAX_TITLE_WORDS = 8  # "Leader of the Islamic Revolution": the title's own words
_MAX_HONORIFICS = 3  # ", Ayatollah Seyyed Ali ...": words between the comma and the name


def bare_title(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is a capitalized title word used alone after "the" ("The
    Leader", "the President"): a known person, not a kind of person."""
    if tok.lemma_.lower() not in lex.title_words or not tok.text[:1].isupper():
        return False
    if any(c.dep_ in ("compound", "amod", "prep", "appos") for c in tok.children):
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def title_holder(sp: Speakers, tok: Token) -> str | None:
    """The fullest name of the person an earlier use of the bare title ``tok`` named."""
    if not bare_title(tok, sp.lex):
        return None
    starts = dict(sp.names.persons)
    for t in reversed(tok.doc[: tok.i]):
        if t.lower_ == tok.lower_ and t.text[:1].isupper():
            at = _name_after(t, starts)
            if at is not None:
                return sp.names.fullest_person(starts[at], at)
    return None


def _name_after(title: Token, starts: dict[int, str]) -> int | None:
    """Where the person name set off by a comma after ``title`` (and its capitalized
    "of" complement) starts, if one does."""
    doc = title.doc
    k = title.i + 1
    if k < len(doc) and doc[k].lower_ == "of":
        k += 1
        while k < min(len(doc), title.i + 2 + _MAX_TITLE_WORDS) and (
            doc[k].lower_ in _GLUE or (doc[k].is_alpha and doc[k].text[:1].isupper())
        ):
            k += 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    for j in range(k + 1, min(len(doc), k + 2 + _MAX_HONORIFICS)):
        if j in starts:
            return j
        if not doc[j].text[:1].isupper():
            return None
    return None
