"""Whom a reporter cites: "A news agency, citing three officials of the Interior
Ministry, reported that ...". The claim comes from the ones cited when the reporter
itself is nobody in particular, or when the citing phrase is set off after the
reporter's name before its verb ("Reuters, citing officials of X, reported ..."); a
named reporter that adds its sources after the report ("X reported ..., citing
officials") keeps it.

Private helper of :mod:`unrest.extract.sources`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.model import Source

_OF = frozenset({"of", "at", "from", "in"})

if TYPE_CHECKING:
    from unrest.extract._names import Speakers


def cited(
    sp: Speakers, tok: Token, unnamed: bool = True, reporter: Source | None = None
) -> Source | None:
    """The named source a "citing X" phrase over the trigger ``tok`` gives, if any;
    unless the reporter was found to be nobody in particular (``unnamed``), only when
    it is an indefinite one ("a news website, citing X, reported") or the citing
    phrase follows the name of the ``reporter`` found ("Reuters, citing X, reported")."""
    citing = [v for v in tok.sent if v.lemma_.lower() == "cite" and v.tag_ == "VBG"]
    if not citing:
        return None
    scope = {a.i for a in tok.ancestors}
    scope |= {c.i for a in tok.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")}
    for verb in citing:
        if verb.head.i not in scope:
            continue
        outlets = sp.lex.medium_words | sp.lex.org_words
        if not (unnamed or _inserted(verb, reporter) or _indefinite(verb.head, outlets)):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            found = _body(sp, obj) or sp.speaker(obj)
            if found is not None and found.kind in ("person", "organization") and found.name:
                return found
    return None


def _body(sp: Speakers, obj: Token) -> Source | None:
    """The organization whose officials are cited ("three Interior Ministry officials",
    "officials of the Interior Ministry"): the claim is the body's."""
    if obj.lemma_.lower() not in sp.lex.title_words:
        return None
    names = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in _OF):
        names += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
    for name in names:
        found = sp.speaker(name)
        if found is not None and found.kind == "organization":
            return found
    return _common_body(sp, obj)


def _common_body(sp: Speakers, obj: Token) -> Source | None:
    """A body written in lower case before the officials cited ("three interior
    ministry officials"): the compound words, when the last names a body."""
    words: list[Token] = []
    for tok in reversed(obj.doc[obj.sent.start : obj.i]):
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or tok.like_num:
            break
        words.insert(0, tok)
    if not words or words[-1].pos_ != "NOUN" or words[-1].lemma_.lower() not in sp.lex.org_words:
        return None
    text = " ".join(t.text for t in words)
    return Source("organization", text, text)


def _inserted(citing: Token, reporter: Source | None) -> bool:
    """Whether "citing X" stands between the ``reporter``'s name and its verb
    ("Reuters, citing officials, reported ...")."""
    verb = citing.head if citing.dep_ == "advcl" else citing.head.head
    if citing.dep_ == "acl" and citing.head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if reporter is None or not subjects or not subjects[0].i < citing.i < verb.i:
        return False
    return subjects[0].text in (reporter.text or "").split()


def _indefinite(reporter: Token, outlets: frozenset[str]) -> bool:
    """An outlet named by an indefinite common noun ("a local news website"), not a
    person ("a member of parliament, citing figures ...", who speaks for himself)."""
    if reporter.pos_ != "NOUN":
        reporter = next((c for c in reporter.children if c.dep_ == "nsubj"), reporter)
    det = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in reporter.children)
    return reporter.pos_ == "NOUN" and det and reporter.lemma_.lower() in outlets
