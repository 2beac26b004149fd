"""Events in detention: "beaten in custody", "a confession extracted under torture".

Such an act happens wherever the detainee is held, which the sentence does not say; it
takes no place from the story around it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["custody"]

#: Places of detention nobody names: "beaten in custody", "extracted under torture".
_CUSTODY = {"custody", "detention", "torture", "captivity", "interrogation"}
_CUSTODY_PREPS = {"in", "under", "during"}
#: People who act on detainees only: "interrogators had beaten him".
_KEEPERS = {"interrogator", "interrogators", "jailer", "jailers", "captor", "captors"}
#: Prepositions that set a clause in detention from further up the parse
#: ("returning from interrogation with marks of beatings").
_HELD_PREPS = _CUSTODY_PREPS | {"from"}
#: How many heads up from the trigger a detention phrase still sets its scene.
_HOPS = 4
#: Dependencies of a verb that heads a clause of its own.
_CLAUSES = {"ROOT", "ccomp", "conj", "advcl", "relcl", "xcomp", "pcomp"}


def custody(trigger: Span) -> bool:
    """Whether the trigger's own clause happens in detention ("he had been beaten in
    custody", "his confession was extracted under torture"): no place of the story."""
    root = trigger.root
    if root.lower_ in _CUSTODY and root.dep_ == "pobj" and root.head.lower_ in _CUSTODY_PREPS:
        return True  # "extracted under torture"
    anchors = [root, root.head] if root.pos_ == "NOUN" else [root]
    if any(_detention_phrase(anchor, _CUSTODY_PREPS) for anchor in anchors):
        return True
    return _kept(root) or _held_above(root)


def _detention_phrase(tok: Token, preps: set[str]) -> bool:
    """Whether ``tok`` has a phrase "in custody", "under torture", "from interrogation"."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in preps
        and any(c.dep_ == "pobj" and c.lower_ in _CUSTODY for c in prep.children)
        for prep in tok.children
    )


def _kept(root: Token) -> bool:
    """ "interrogators had beaten him", "beaten by his captors": a keeper's act."""
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _KEEPERS:
            return True
        if child.dep_ == "agent" and any(c.lower_ in _KEEPERS for c in child.children):
            return True
    return False


def _held_above(root: Token) -> bool:
    """ "torture during interrogation, including beatings", "returning from interrogation
    with marks of beatings": a detention phrase on a word the trigger hangs from."""
    tok = root
    for _ in range(_HOPS):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSES or tok.head is tok:
            return False  # the clause ends here; above it lies another clause's scene
        tok = tok.head
        if _detention_phrase(tok, _HELD_PREPS):
            return True
    return False
