"""Workplace actions told as protests (private to ``events``).

A sit-in held by employees inside their own workplace withholds their work: "nurses
*held a sit-in* in the wards", "teachers staged sit-ins in their classrooms" report a
labour strike, not a street protest. Students, residents or families holding a
sit-in anywhere stay protests, and so do workers sitting in outside a ministry.
"""

from __future__ import annotations

from spacy.tokens import Token

_HOLD_VERBS = {"hold", "stage", "begin", "start", "launch", "organise", "organize"}
_STAGED = {"staged", "stages", "staging"}  # lemmatised "stag" at times
_EMPLOYEES = {
    "teacher", "worker", "employee", "nurse", "doctor", "staff", "miner", "labourer",
    "laborer", "clerk", "driver", "technician", "engineer", "physician", "lecturer",
    "professor", "personnel", "operator", "steelworker",
}  # fmt: skip
_WORKPLACES = {
    "classroom", "school", "staffroom", "room", "factory", "plant", "mill", "mine",
    "refinery", "workshop", "ward", "hospital", "office", "workplace", "depot", "site",
    "yard", "shop", "premise", "platform", "field",
}  # fmt: skip


def workplace_sit_in(verb: Token) -> bool:
    """ "teachers *held* sit-ins in classrooms and staff rooms": employees sitting in
    at their own workplace (a strike)."""
    held = verb.lemma_.lower() in _HOLD_VERBS or verb.lower_ in _STAGED
    if not held or verb.pos_ != "VERB":
        return False
    if not any(_is_sit_in(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    if not any(s.lemma_.lower() in _EMPLOYEES for s in subjects):
        return False
    return any(_at_workplace(p) for p in verb.children if p.dep_ == "prep") or any(
        _at_workplace(p) for c in verb.children if _is_sit_in(c) for p in c.children
    )


def _is_sit_in(noun: Token) -> bool:
    """ "sit-in", "sit-ins" (split by the tokenizer as "sit - ins")."""
    if noun.lower_ in ("sit-in", "sit-ins") or noun.lemma_.lower() == "sit-in":
        return True
    return noun.lower_ in ("in", "ins") and any(c.lower_ == "sit" for c in noun.children)


def _at_workplace(prep: Token) -> bool:
    """ "in classrooms", "at the refinery", "inside their schools"."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "inside", "within"):
        return False
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    objs += [c for o in objs for c in o.conjuncts]
    return any(o.lemma_.lower() in _WORKPLACES for o in objs)
