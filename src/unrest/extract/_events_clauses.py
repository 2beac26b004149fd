"""Clause tests for event triggers (private to ``events`` and ``_modality``).

Small syntactic tests that tell a report from a description, a reference or
a generic statement: "a singer *convicted* of ..." describes a person, "after
being *convicted*" dates something else, "anyone who *damaged* property"
speaks of nobody in particular, "the sentence was *carried out*" reports an
execution, "there was no sign of a *walkout*" denies one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract import _events_cues4 as cues4

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology

GENERIC_HEADS = {"anyone", "anybody", "whoever", "everyone", "everybody", "whomever"}
_NEGATIVE_DETS = {"no"}
_COPULAS = {"be", "remain", "seem", "appear", "become", "stay"}


def prep_text(prep: Token) -> str:
    """Normalised text of the (possibly multiword) preposition ending at ``prep``."""
    doc = prep.doc
    start = max(prep.sent.start, prep.i - 6)
    text = " ".join(t.lower_ for t in doc[start : prep.i + 1])
    return " " + " ".join(text.replace("-", " ").split())


def reference_prep(prep: Token, onto: Ontology) -> bool:
    """``prep`` ends a time or cause preposition ("after", "in the wake of")."""
    if prep.dep_ not in ("prep", "mark", "advmod") and prep.pos_ != "ADP":
        return False
    text = prep_text(prep)
    return any(text.endswith(" " + " ".join(p).replace("-", " ")) for p in onto.ref_phrases)


def descriptive_participle(verb: Token, onto: Ontology) -> bool:
    """A participle that describes someone's standing, not an act reported:
    "a wrestler *convicted* of murder", "the man *accused* of spying"."""
    if verb.lemma_.lower() not in onto.words("descriptive_participles"):
        return False
    if verb.dep_ == "relcl" and verb.tag_ == "VBN":  # "hanged X, who *had been* convicted of"
        return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
    return verb.dep_ == "acl" and verb.tag_ == "VBN"


def generic_clause(verb: Token) -> bool:
    """A relative clause about nobody in particular: "anyone who *damaged* property",
    "release *all those detained* for their views" (no date: a class of people)."""
    if verb.dep_ == "relcl" and verb.head.lower_ in GENERIC_HEADS:
        return True
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    head = verb.head
    every = head.lower_ in GENERIC_HEADS or (
        head.lower_ == "those" and any(c.lower_ == "all" for c in head.children)
    )
    return every and not any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree)


def carried_out(noun: Token, onto: Ontology) -> bool:
    """ "the sentence was *carried out*", "implemented the sentence": a sentence enforced."""
    if noun.dep_ not in ("nsubjpass", "dobj"):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    if lemma not in onto.words("enforcing_verbs"):
        return False
    if lemma == "carry":
        return any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    return True


def denied_existence(noun: Token) -> bool:
    """ "there was no sign of a walkout", "no evidence of arrests": an event said not to exist."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = noun.head.head
    holders = [owner]
    if owner.pos_ in ("VERB", "AUX"):
        holders = [c for c in owner.children if c.dep_ in ("attr", "dobj", "nsubj")]
    return any(c.dep_ == "det" and c.lower_ in _NEGATIVE_DETS for h in holders for c in h.children)


def copular(verb: Token) -> bool:
    """A linking verb ("protesters *remain* in detention" tells no act)."""
    return verb.lemma_.lower() in _COPULAS


def cause_agent(noun: Token, onto: Ontology) -> bool:
    """ "sparked by the *death* of ...": the event is named only as a cause."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return False  # "followed by strikes *by truck drivers*": a report of its own
    return noun.head.head.lemma_.lower() in onto.words("reaction_verbs")


def comparison(prep: Token, onto: Ontology) -> bool:
    """ "compared the anger to the *protests* of 2018": the event is a yardstick."""
    return prep.lower_ in ("to", "with") and prep.head.lemma_.lower() in onto.words(
        "comparison_verbs"
    )


def described_agentively(noun: Token) -> bool:
    """The noun carries its own report: a participle or relative clause telling
    who did it or what happened in it ("a strike *called by* committees")."""
    for child in noun.children:
        if child.dep_ not in ("acl", "relcl") or child.pos_ != "VERB":
            continue
        if any(c.dep_ in ("agent", "nsubjpass") for c in child.children):
            return True
    return False


def called_for(noun: Token, onto: Ontology) -> bool:
    """An event only asked for, planned or threatened: "called *for* a general
    strike", "threatened a walkout", "plan protests", "a strike has been called"."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        owner = noun.head.head
        return owner.lemma_.lower() in onto.words("appeal_verbs") and not cues4.answered_call(owner)
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in onto.words("prospective_verbs")
    if noun.dep_ == "nsubjpass":  # "a general strike *has been called* for Monday"
        verb = noun.head
        asked = onto.words("appeal_verbs") | onto.words("prospective_verbs") | _ANNOUNCING
        naming = any(c.dep_ in ("oprd", "attr", "xcomp") for c in verb.children)
        return verb.lemma_.lower() in asked and not naming  # not "are often called X"
    return False


_ANNOUNCING = frozenset({"announce", "schedule"})
_TIME_NOUNS = {"day", "week", "month", "year", "hour", "night", "weekend", "period", "time"}


def time_span_of(noun: Token) -> bool:
    """ "in the first two months *of the protests*": an event named before only
    measures a time."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in noun.children)
    if not definite:
        return False  # "in three days of protests" tells how long they lasted
    owner = noun.head.head
    timed = owner.lemma_.lower() in _TIME_NOUNS or owner.ent_type_ == "DATE"
    framed = owner.dep_ == "pobj" and owner.head.lower_ in ("in", "during", "within", "over")
    return timed and framed


def participation_sibling(prep: Token, onto: Ontology) -> bool:
    """ "sentenced over their part | in the protests": the "in" phrase completes a
    participation noun that the parser attached beside it."""
    parts = onto.words("participation_nouns")
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("over", "for")
        and any(g.lemma_.lower() in parts for g in c.children)
        for c in prep.head.children
        if c.i < prep.i
    )


def classifying_attr(noun: Token) -> bool:
    """ "It is the second *execution* this month": a pronoun subject classified as an
    event names one already reported; the sentence only comments on it."""
    verb = noun.head
    if noun.dep_ != "attr" or verb.lemma_ != "be":
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in verb.children)


def charge_reference(noun: Token, onto: Ontology) -> bool:
    """ "sentenced over the killing", "jailed in connection with the protests": the
    event is named as the charge of a judicial act, not reported."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "in" and participation_sibling(prep, onto):
        return prep.head.lemma_.lower() in onto.words("judicial_verbs")
    if prep.lower_ not in ("over", "for", "with"):
        return False
    owner = prep.head
    if prep.lower_ == "with":
        owner = owner.head if owner.lower_ == "connection" and owner.dep_ == "pobj" else owner
        owner = owner.head if owner.dep_ == "prep" else owner
    judicial = onto.words("judicial_verbs")
    for _ in range(4):  # "on charges of corruption over the killing", "blamed X trained for"
        if owner.lemma_.lower() in judicial:
            return True
        if owner.dep_ not in ("pobj", "prep", "acl", "dobj") or owner.head.i == owner.i:
            return False
        owner = owner.head
    return owner.lemma_.lower() in judicial
