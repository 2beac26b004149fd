"""Running counts of the courts: "At least 11 of them have already been sentenced to
death", "more than a dozen protesters have been sentenced", "109 protesters who have
been sentenced to death".

A death sentence or an execution told in the present perfect of many people at once
sums up the cases so far, wherever they were tried; it is not a scene of the city the
paragraph or the story is set in, so it borrows no city (a story province stays). One
person's sentence ("He has been sentenced to death") stays a case of the story.

Reads the trigger's dependency tree; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["running_sentences"]

#: Lemmas of the acts of courts and of the hangman that add up to a running count.
_JUDICIAL = {"sentence", "execute", "hang", "convict"}
#: Words that make a subject many people ("several", "dozens").
_MANY = {"several", "many", "some", "dozens", "hundreds", "scores", "others"}


def _present_perfect(verb: Token) -> bool:
    """Whether ``verb`` is a past participle with "has"/"have" ("have (already) been
    sentenced"), not "had" (a past story)."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children
    )


def _many(noun: Token) -> bool:
    """Whether ``noun`` is many people: a plural, a number above one ("11 of them") or a
    word of quantity ("several")."""
    return (
        noun.tag_ in ("NNS", "NNPS")
        or noun.pos_ == "NUM"
        and noun.lower_ not in ("one", "1")
        or noun.lower_ in _MANY
        or any(c.dep_ == "nummod" for c in noun.children)
    )


def running_sentences(trigger: Span) -> bool:
    """Whether the trigger counts sentences or executions of many people so far."""
    verb = trigger.root
    if verb.lemma_.lower() not in _JUDICIAL or not _present_perfect(verb):
        return False
    if verb.dep_ == "relcl":  # "109 protesters who have been sentenced"
        return _many(verb.head)
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    return any(_many(s) for s in subjects)
