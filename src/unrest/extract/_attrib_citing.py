"""Whom an unnamed reporter cites: "A news agency, citing three officials of the
Interior Ministry, reported that ...". The claim comes from the ones cited when the
reporter itself is nobody in particular; a named reporter ("X reported ..., citing
officials") keeps it.

Private helper of :mod:`unrest.extract.sources`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers


def cited(sp: Speakers, tok: Token, unnamed: bool = True) -> Source | None:
    """The named source a "citing X" phrase over the trigger ``tok`` gives, if any;
    unless the reporter was found to be nobody in particular (``unnamed``), only when
    it is an indefinite one ("a news website, citing X, reported")."""
    citing = [v for v in tok.sent if v.lemma_.lower() == "cite" and v.tag_ == "VBG"]
    if not citing:
        return None
    scope = {a.i for a in tok.ancestors}
    scope |= {c.i for a in tok.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")}
    for verb in citing:
        if verb.head.i not in scope:
            continue
        if not (unnamed or _indefinite(verb.head, sp.lex.medium_words | sp.lex.org_words)):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            found = sp.speaker(obj)
            if found is not None and found.kind in ("person", "organization") and found.name:
                return found
    return None


def _indefinite(reporter: Token, outlets: frozenset[str]) -> bool:
    """An outlet named by an indefinite common noun ("a local news website"), not a
    person ("a member of parliament, citing figures ...", who speaks for himself)."""
    if reporter.pos_ != "NOUN":
        reporter = next((c for c in reporter.children if c.dep_ == "nsubj"), reporter)
    det = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in reporter.children)
    return reporter.pos_ == "NOUN" and det and reporter.lemma_.lower() in outlets
