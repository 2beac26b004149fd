"""Reported speech whose "now" is the writer's: a report of the time of writing.

Reads the dependency tree of a clause and its reporting verbs (the ``speech_words`` of
the date word lists); writes nothing. Used by
:func:`unrest.extract._date_syntax.spans_to_now`: a present perfect under "rights groups
say", "are reported to" or a bare "the minister said" runs up to the time of writing, as
the writer's own would: a news report's undated "said" is of the day of writing (a dated
one, "said on Tuesday", is taken up before, by the report's day). Under an impersonal
"it is reported that", a past perfect "had said" or a modal "would say", the "now" is not
the writer's.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._date_base import words
from unrest.extract._modality import simple_present
from unrest.extract._tense import perfect_aux

# Dependencies of the "it" of an extraposed clause ("it is reported that ...").
_IMPERSONAL = frozenset({"expl", "nsubjpass", "nsubj"})


def _current_report(verb: Token) -> bool:
    """Whether the reporting ``verb`` reports at the time of writing: a simple present
    ("say", "are reported"), a present perfect ("have reported") or a simple past
    ("said"), with a reporter of its own: an impersonal "it is reported that" cites
    earlier reports, not one made now."""
    if any(c.dep_ in _IMPERSONAL and c.lower_ == "it" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD" and not auxes:
        return True
    if simple_present(verb):
        return True
    return perfect_aux(verb)


def speech_at_now(verb: Token, reported_deps: frozenset[str]) -> bool:
    """Whether every reporting word that holds the clause of ``verb`` (through one of
    ``reported_deps``) is a verb that reports at the time of writing."""
    speech = words()["speech_words"]
    tok, found = verb, False
    while tok.head.i != tok.i:
        if tok.dep_ in reported_deps and tok.head.lemma_.lower() in speech:
            if not _current_report(tok.head):
                return False
            found = True
        tok = tok.head
    return found
