"""Events in detention: "beaten in custody", "a confession extracted under torture".

Such an act happens wherever the detainee is held, which the sentence does not say; it
takes no place from the story around it.
"""

from __future__ import annotations

from spacy.tokens import Span

__all__ = ["custody"]

#: Places of detention nobody names: "beaten in custody", "extracted under torture".
_CUSTODY = {"custody", "detention", "torture", "captivity", "interrogation"}
_CUSTODY_PREPS = {"in", "under", "during"}


def custody(trigger: Span) -> bool:
    """Whether the trigger's own clause happens in detention ("he had been beaten in
    custody", "his confession was extracted under torture"): no place of the story."""
    root = trigger.root
    if root.lower_ in _CUSTODY and root.dep_ == "pobj" and root.head.lower_ in _CUSTODY_PREPS:
        return True  # "extracted under torture"
    anchors = [root, root.head] if root.pos_ == "NOUN" else [root]
    for anchor in anchors:
        for prep in anchor.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ in _CUSTODY_PREPS
                and any(c.dep_ == "pobj" and c.lower_ in _CUSTODY for c in prep.children)
            ):
                return True
    return False
