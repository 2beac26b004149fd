"""Events told only as what someone denies (private to ``events``).

"Police *denied* that officers had beaten her", "the lawyer *denied* firing the
shot", "the ministry gave *no indication* that anyone had been detained": the event
is the content of a denial or of a negated "sign that", or what was "ruled out",
so the text does not report it. A claim that is denied but stated as a claim of its own ("channels
*claimed* that he had been shot, a claim the governor denied") is still reported
through the claim.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._modality import clause_verb

__all__ = ["denied_content"]

_DENYING = {"deny", "refute", "dispute"}
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "pcomp", "conj"}
_SIGN_NOUNS = {
    "indication",
    "sign",
    "evidence",
    "suggestion",
    "proof",
    "hint",
    "trace",
    "information",
    "confirmation",
    "knowledge",
}
_WITHOUT_DEPS = {"pobj", "pcomp"}


def denied_content(tok: Token) -> bool:
    """True when the clause of ``tok`` is what a denial denies, or the complement of a
    negated sign ("*no evidence* that police fired")."""
    if _ruled_out(tok):
        return True
    if _after_without(tok):
        return True
    verb = clause_verb(tok)
    for _ in range(4):
        if verb is None or verb.head.i == verb.i:
            return False
        head = verb.head
        if verb.dep_ == "acl" and _negated_sign(head):
            return True
        if verb.dep_ == "ccomp" and any(
            c.dep_ == "dobj" and _negated_sign(c) and c.i < verb.i for c in head.children
        ):
            return True  # "we have *no information* that anyone has been detained"
        if verb.dep_ not in _CONTENT_DEPS:
            return False
        if verb.dep_ == "conj":
            verb = head
            continue
        if head.lemma_.lower() in _DENYING:
            return verb.i > head.i  # "X reported that ...; police denied it" is no denial of X

        verb = head if head.pos_ in ("VERB", "AUX") else None
    return False


def _ruled_out(noun: Token) -> bool:
    """ "investigators *ruled out* arson": the event noun is what was excluded."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() != "rule":
        return False
    return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)


def _after_without(tok: Token) -> bool:
    """ "the march ended *without shooting*", "dispersed *without arrests*": the event
    is what did not happen."""
    return tok.dep_ in _WITHOUT_DEPS and tok.head.lower_ == "without"


def _negated_sign(noun: Token) -> bool:
    """ "*no* indication", "not *any* evidence": a sign noun that is negated."""
    if noun.lemma_.lower() not in _SIGN_NOUNS:
        return False
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    owner = noun.head
    return noun.dep_ == "dobj" and any(c.dep_ == "neg" for c in owner.children)
