"""Reported speech whose "now" is the writer's: a report in the present tense.

Reads the dependency tree of a clause and its reporting verbs (the ``speech_words`` of
the date word lists); writes nothing. Used by
:func:`unrest.extract._date_syntax.spans_to_now`: a present perfect under "rights groups
say" or "are reported to" runs up to the time of writing, as the writer's own would,
since the report is made at that time; under "said" its "now" is the report's, which
may lie before.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import words
from unrest.extract._modality import simple_present

_PERFECT_AUX = frozenset({"have", "has", "'ve", "’ve"})
# Dependencies of the "it" of an extraposed clause ("it is reported that ...").
_IMPERSONAL = frozenset({"expl", "nsubjpass", "nsubj"})


def _present_report(verb: Token) -> bool:
    """Whether the reporting ``verb`` is in the present: simple ("say", "are reported")
    or perfect ("have reported"), with a reporter of its own: an impersonal "it is
    reported that" cites earlier reports, not one made now."""
    if any(c.dep_ in _IMPERSONAL and c.lower_ == "it" for c in verb.children):
        return False
    if simple_present(verb):
        return True
    return any(
        c.dep_ == "aux" and c.lower_ in _PERFECT_AUX and c.tag_ != "VBD" for c in verb.children
    )


def speech_at_now(verb: Token, reported_deps: frozenset[str]) -> bool:
    """Whether every reporting word that holds the clause of ``verb`` (through one of
    ``reported_deps``) is a verb in the present: the report is made now."""
    speech = words()["speech_words"]
    tok, found = verb, False
    while tok.head.i != tok.i:
        if tok.dep_ in reported_deps and tok.head.lemma_.lower() in speech:
            if not _present_report(tok.head):
                return False
            found = True
        tok = tok.head
    return found
