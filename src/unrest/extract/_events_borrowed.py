"""People nouns whose every act is another event (private to ``events``).

"Protesters *set fire* to the offices of two parties", "crowds stormed and *looted*
the residence", "demonstrators *attacked* a fuel depot": the crowd acts, but all it
is told to do is an arson, a looting or an assault. The sentence reports that act
(a property attack, an attack), not a protest of its own. A crowd that also does a
protest act ("crowds *blocked roads* and set fire to banks") still reports a protest, and
so does a crowd described in the present ("protesters storm the consulate", "were
targeting police posts"), the style of timelines and of descriptions of a movement.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _modality as mod

_SUBJECTS = {"nsubj", "nsubjpass"}
_PAST = {"VBD", "VBN"}


def acts_of(agent: Token) -> list[Token]:
    """The verbs ``agent`` is the subject of: its clause verb, verbs joined to it
    without a subject of their own ("stormed and *set fire* to"), and their
    infinitive complements ("tried to *set fire*")."""
    if agent.dep_ != "nsubj":
        return []  # "protesters were killed": what is done to them is told apart
    verb = mod.clause_verb(agent)
    if verb is None:
        return []
    acts = [verb]
    for cur in acts:
        for child in cur.children:
            own_subject = any(c.dep_ in _SUBJECTS for c in child.children)
            joined = child.dep_ == "xcomp" or (child.dep_ == "conj" and not own_subject)
            if joined and child.pos_ in ("VERB", "AUX") and child not in acts:
                acts.append(child)
    return acts


def only_other_acts(agent: Token, typed: set[tuple[int, str]], own: str) -> bool:
    """Every act of ``agent`` that reports an event reports one of another type
    than ``own``, and at least one does (``typed``: (token index, type) of the
    sentence's triggers)."""
    acts = acts_of(agent)
    if not acts or acts[0].tag_ not in _PAST:
        return False  # only a finished act told in the past ("were targeting", "storm")
    indices = {a.i for a in acts}
    types = {typ for i, typ in typed if i in indices}
    return bool(types) and own not in types
