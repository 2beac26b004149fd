"""An event told inside a "during" phrase (private to ``events``).

"during the protests" only places another event in time, but "killed *during
protests in the city on 16 November*" and "shot dead *during protests over fuel
prices*" also tell of protests of their own: a bare plural given its own place,
time or cause, or an indefinite singular ("two men were shot dead *during a
protest*"), which brings in an event not told before. (Sets disagree on the
indefinite; most development sets count it as a protest.)
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["new_event_during"]

_SETTING_PREPS = {"in", "at", "on", "outside", "near", "over", "against", "across", "around"}
# Words of a charge: in "convicted of murdering a guard during protests in Shiraz" the
# protests belong to the charge.
_CHARGE_WORDS = {"convict", "accuse", "charge", "guilty", "indict", "suspect", "sentence"}


def new_event_during(noun: Token) -> bool:
    """True for a bare plural event noun after "during" with a place, time or cause of
    its own ("during protests *in Karaj*", "during protests *over fuel prices*"), or an
    indefinite one ("shot dead during *a protest*"), outside the content of a charge."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "during":
        return False
    if any(a.lemma_.lower() in _CHARGE_WORDS for a in noun.ancestors):
        return False
    kids = list(noun.children)
    if noun.tag_ == "NN":  # "shot dead during *a protest*": an indefinite event is new
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in kids)
    if noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _SETTING_PREPS for c in kids)
