"""The long form an acronym in parentheses stands for, checked against its letters.

Private helper of :mod:`unrest.extract._names_index`. It reads the tokens written
before an acronym defined in parentheses ("the Kenya National Commission on Human
Rights (KNCHR)") and the capitalized run the index found there, and writes back
the long form to keep as the acronym's alias, or None.

A run of capitalized words stops at a small lowercase word that is not name glue
("on", "to", "against"), so it can keep only the tail of the name ("Human Rights"
for KNCHR, "Protect Journalists" for CPJ). The acronym's letters tell: when the
initials of the run spell only the end of the acronym, the run is a fragment. The
name then reaches back over lowercase link words to the word whose initial starts
the acronym; a fragment no such stretch completes is no long form at all.
"""

from __future__ import annotations

from spacy.tokens import Doc

_MAX_REACH = 16  # tokens scanned back from the parenthesis
_MAX_LINKS = 2  # lowercase words in a row inside one name ("for the", "on")


def initials(name: str) -> str:
    """The first letters of the capitalized words of ``name`` ("Committee to Protect
    Journalists" gives "CPJ")."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _hyphen_initials(name: str) -> str:
    """Initials counting each capitalized part of a hyphenated word ("Anti-Corruption")."""
    return initials(name.replace("-", " "))


def _fragment(acronym: str, run: str) -> bool:
    """Whether ``run`` spells only the end of ``acronym``'s letters, under either
    reading of hyphenated words."""
    letters = acronym.replace("-", "")
    short = [initials(run), _hyphen_initials(run)]
    if letters in short:
        return False
    return any(s and len(s) < len(letters) and letters.endswith(s) for s in short)


def _completed(doc: Doc, paren: int, letters: str) -> str | None:
    """The nearest stretch of capitalized words and lowercase links ending just
    before token ``paren`` whose initials spell ``letters``."""
    links = 0
    for k in range(paren - 1, max(-1, paren - 1 - _MAX_REACH), -1):
        tok = doc[k]
        if "\n" in tok.text or "\n" in tok.whitespace_ and k < paren - 1:
            return None
        if tok.text[:1].isupper():
            links = 0
            text = " ".join(doc[k:paren].text.split())
            if initials(text) == letters:
                return text
            continue
        if tok.is_alpha and tok.is_lower:
            links += 1
            if links > _MAX_LINKS:
                return None
            continue
        if tok.text not in ("-", "'s", "’s"):
            return None  # a comma, a number or a quote ends the name
    return None


def long_form(doc: Doc, paren: int, acronym: str, run: str | None) -> str | None:
    """The long form of ``acronym``, defined in the parenthesis at token ``paren``
    after the capitalized ``run``: the run itself unless its initials show it is
    only the tail of the name, then the completed name, or None."""
    if run is None or not _fragment(acronym, run):
        return run
    return _completed(doc, paren, acronym.replace("-", ""))
