"""Sentences that tell someone to act (private to ``events``).

Recommendations and demands written as imperatives ("Release everyone held for
peaceful protest", "Restore internet access in the province") ask for an act; the
events they name are the content of the demand, not reported occurrences
(GUIDELINES section 1: calls to act are not mentions).
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["imperative_sentence"]

_SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}


def imperative_sentence(sent: Span) -> bool:
    """``sent`` opens with a bare verb that heads it and has no subject: a command
    or a demand ("*Release* the detainees", "*End* the executions")."""
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words:
        return False
    first = words[0]
    if first.is_upper and len(first.text) > 1:
        return False  # "LIVE: ...", "SCENES IN THE CAPITAL": a label, not a command
    if first.dep_ != "ROOT" or first.tag_ != "VB" or first.pos_ != "VERB":
        return False
    return not any(c.dep_ in _SUBJECTS or c.dep_ == "aux" for c in first.children)
