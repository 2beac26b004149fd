"""Confidence of an event trigger (private to ``events``).

How likely a trigger is a gold mention, from how it was found (finite verb >
phrase > participle > argued noun > bare noun) and the weakness of its evidence;
the weights are in ``unrest/data/ontology.yaml``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology


def confidence(
    kind: str, tok: Token, sent: Span, onto: Ontology, *, soft: bool, hedged: bool, quoted: bool
) -> float:
    """How likely a trigger ``tok`` of ``kind`` is a gold mention: the trigger kind sets a base
    (finite verb > phrase > participle > argued noun > bare noun), lowered for
    weak evidence (soft noun, hedge, quotation, a verb with no arguments, a
    relative clause describing someone, a noun inside a prepositional phrase,
    a long sentence)."""
    w = onto.weights
    conf = _base_confidence(kind, tok, onto)
    factors = {
        "soft_noun_factor": soft,
        "hedged_factor": hedged,
        "quoted_factor": quoted,
        "long_sentence_factor": len(sent) > w.get("long_sentence_tokens", 45),
        "unargued_verb_factor": kind == "verb" and not _verb_argued(tok),
        "relative_clause_factor": kind == "verb" and tok.dep_ == "relcl",
        "noun_in_phrase_factor": kind == "noun" and tok.dep_ == "pobj" and not _on_event(tok),
        "noun_subject_factor": kind == "noun" and _acting_subject(tok),
    }
    for name, applies in factors.items():
        if applies:
            conf *= w.get(name, 1.0)
    if kind == "noun":
        conf = min(conf, w.get("noun_max", 0.8))
    return round(min(max(conf, 0.0), 1.0), 3)


def _on_event(noun: Token) -> bool:
    """ "went *on strike*", "were *on hunger strike*": the noun is the state of the subject."""
    prep = noun.head
    return prep.lower_ == "on" and prep.head.pos_ in ("VERB", "AUX")


def _acting_subject(noun: Token) -> bool:
    """An event noun that is the subject of a verb telling what it did
    ("protests *erupted*", "demonstrations had *spread*"), not of a copula."""
    verb = noun.head
    return noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_ != "be"


def _verb_argued(tok: Token) -> bool:
    """A verb with a subject, object or agent of its own (or shared through a conjunction)."""
    deps = ("nsubj", "nsubjpass", "dobj", "agent", "prt")
    if any(c.dep_ in deps for c in tok.children):
        return True
    return tok.dep_ in ("conj", "acl") and tok.head.pos_ in ("VERB", "NOUN", "PROPN")


def _base_confidence(kind: str, tok: Token, onto: Ontology) -> float:
    w = onto.weights
    if kind == "phrase":
        return w.get("phrase", 0.85)
    if kind == "agent":
        return w.get("agent", 0.55)
    if kind == "verb":
        has_aux = any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        if tok.tag_ in ("VBD", "VBZ", "VBP") or (tok.tag_ == "VBN" and has_aux):
            return w.get("verb_finite", 0.9)
        if tok.tag_ == "VBN":
            return w.get("verb_participle", 0.8)
        return w.get("verb_other", 0.7)
    argued = any(
        c.dep_ in ("poss", "nummod", "amod", "compound", "prep", "acl", "relcl", "appos")
        for c in tok.children
    )
    if argued:
        return w.get("noun_argued", 0.75)
    if any(c.dep_ == "det" for c in tok.children):
        return w.get("noun_determined", 0.6)
    return w.get("noun_bare", 0.5)
