"""Whose evidence or document: "X's report", "videos verified by X", "the statement".

Private helper of :mod:`unrest.extract._names`: functions over a
:class:`~unrest.extract._names.Speakers` that tell who made the evidence or the
document a reporting verb's subject names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._attrib_count import count_of, count_owner
from unrest.extract._attrib_masthead import this_outlet
from unrest.extract._figures_words import words
from unrest.model import AUTHOR, Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

RECEIVED = frozenset({"receive", "obtain", "hear", "get"})  # unlike "gathered by X"
FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
_NOT_AUTHORS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})  # "videos from Monday"
_KINDS = frozenset({"news", "press", "media", "wire", "website", "site"})  # not issuers alone
_ISSUING = frozenset({"release", "issue", "present", "submit"})  # "X released a report"


def evidence_owner(sp: Speakers, tok: Token) -> Source | None:
    """Whose evidence: "X's report", "information gathered by X", "a report from X"."""
    for child in tok.children:
        if child.dep_ == "poss":
            return owner(sp, child)
    for child in tok.children:  # "state media reports"
        if child.dep_ == "compound" and (issuer := _issuer(sp, child)) is not None:
            return issuer
    if (counted := count_owner(sp, tok) or count_of(sp, tok)) is not None:
        return counted  # "Amnesty International figures show", "the tally of HRANA"
    for child in tok.children:
        if child.dep_ == "acl" and child.lemma_.lower() == "base":  # "a count based on"
            for on in (c for c in child.children if c.dep_ == "prep" and c.lower_ == "on"):
                basis = [c for c in on.children if c.dep_ == "pobj"]
                found = evidence_owner(sp, basis[0]) if basis else None
                if found is not None:
                    return found  # "... on figures compiled by X": X's count
        if child.dep_ == "acl" and child.tag_ == "VBN":
            verbs = [child, *(c for c in child.children if c.dep_ == "conj")]
            agents = [c for v in verbs for c in v.children if c.dep_ == "agent"]
            own = child.lemma_.lower() not in RECEIVED
            if not own and (origin := _sent_from(sp, child)) is not None:
                return origin  # "reports received by X from the network of Y": Y's
            if not own and agents:  # "reports received by X indicate": hearsay, as
                return Source("unnamed", None, tok.text)  # "X received reports that"
            for agent in agents:  # "videos posted online and verified by X"
                for obj in (c for c in agent.children if c.dep_ == "pobj"):
                    return owner(sp, obj, own)
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                if obj.ent_type_ not in _NOT_AUTHORS and not _place_noun(obj):
                    return owner(sp, obj)
        if child.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in child.children):
            if child.lemma_.lower() in sp.lex.receipt_verbs:
                continue  # "the reports we have received": someone else made them
            subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.tag_ not in ("WDT", "WP"):
                return owner(sp, subj)  # "videos he had verified"
    return None


def _place_noun(tok: Token) -> bool:
    """Whether ``tok`` is a common noun of places ("videos from several cities"): where
    evidence comes from, not who made it."""
    place = words()
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in place.location | place.province


def _sent_from(sp: Speakers, verb: Token) -> Source | None:
    """Who sent what ``verb`` ("received") got: a person or body its "from" phrase names,
    on the verb or on its agent ("received by X from Y")."""
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children]
    for prep in (c for h in (verb, *agents) for c in h.children if _from(c)):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = owner(sp, obj, own=False)
            if found is not None and found.kind in ("person", "organization"):
                return found
    return None


def _from(tok: Token) -> bool:
    return tok.dep_ == "prep" and tok.lower_ == "from"


def _issuer(sp: Speakers, tok: Token) -> Source | None:
    """The body named by its role that issued a report ("state media reports"), from
    the nouns before it; not a kind of report alone ("news reports", "media reports")."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.i + 1 != tok.head.i:
        return None
    if tok.lower_ not in _KINDS:
        return None  # "the UN report": its issuer is found as a document's
    before = [c for c in tok.head.children if c.dep_ == "compound" and c.i < tok.i]
    before += [c for c in tok.children if c.dep_ == "compound"]
    if not before or any(c.pos_ == "PROPN" for c in before):
        return None  # "media reports": nobody in particular
    text = doc[min(c.i for c in before) : tok.i + 1].text
    return Source("organization", text, text)  # "state media reports"


def owner(sp: Speakers, tok: Token, own: bool = True) -> Source | None:
    """Who ``tok`` is as the author of evidence: "our team" is the article's author,
    "the network of X" is X; with ``own``, so is the author its heading names."""
    if tok.lower_ in FIRST_PERSON or any(
        c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in tok.children
    ):
        return AUTHOR
    if this_outlet(tok, sp.lex):
        return AUTHOR  # "footage verified by this outlet"
    if tok.lemma_.lower() in sp.lex.proxy_nouns:
        for prep in (c for c in tok.children if c.dep_ == "prep"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if sp._proper_name(obj):
                    return sp.speaker(obj, own)
    return sp.speaker(tok, own)


def document_author(sp: Speakers, tok: Token) -> Source | None:
    """Who wrote "the piece": whoever had or published it earlier."""
    lemma = tok.lemma_.lower()
    doc = tok.doc
    start = sp.window_start(tok.sent)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    for k in range(tok.i - 1, -1 if definite else start - 1, -1):
        cand = doc[k]
        if cand.lemma_.lower() != lemma:
            continue
        if k >= start and (made := _made_by(sp, cand)) is not None:
            return made  # "the ministry's statement said ... The statement also said"
        if cand.dep_ not in ("dobj", "pobj"):
            continue
        verb = cand.head if cand.dep_ == "dobj" else cand.head.head
        if k < start and verb.lemma_.lower() not in sp.lex.reporting_verbs | _ISSUING:
            continue  # further back, "the report" is one someone issued or spoke in
        subj, _ = sp.subject_of(verb)
        if subj is not None and subj.lemma_.lower() not in sp.lex.document_nouns:
            return sp.speaker(subj)
    return None


def _made_by(sp: Speakers, tok: Token) -> Source | None:
    """Who an earlier mention of the document names as its maker ("the ministry's
    statement", "a statement by X"), when a person or a body."""
    if not any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in tok.children
    ):
        return None
    found = evidence_owner(sp, tok)
    return found if found is not None and found.kind in ("person", "organization") else None
