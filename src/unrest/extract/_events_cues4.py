"""Round-four cues and checks for event triggers (private to ``events``).

* a labour strike told without the word: students who "*refused* to attend
  classes", workers who "refused to go to work";
* shops that "*stood* shuttered" (a closure told with "stand");
* a call for a strike that was "*answered*" or "heeded" (the strike happened);
* a verb "strike" with a "by" agent ("struck in the head *by* a canister") is a
  blow, not a labour strike;
* "fired at *anything that moved*": an any-word with a relative clause names
  whoever was there, not nobody in particular.
"""

from __future__ import annotations

from spacy.tokens import Token

_REFUSE = {"refuse", "decline"}
_ATTEND = {"attend", "go", "return", "report", "show", "turn"}
_WORK_PLACES = {"class", "classes", "work", "job", "lecture", "school", "university", "shift"}
_ANSWER_VERBS = {"answer", "heed", "follow", "obey", "respond", "join", "honour", "honor"}
_CALL_NOUNS = {"call", "appeal"}
BODY_PARTS = {"head", "chest", "face", "eye", "neck", "back", "leg", "body", "abdomen"}


def refused_work(verb: Token) -> bool:
    """ "students *refused* to attend classes", "drivers refused to go to work"."""
    if verb.lemma_.lower() not in _REFUSE:
        return False
    for xcomp in (c for c in verb.children if c.dep_ == "xcomp"):
        if xcomp.lemma_.lower() not in _ATTEND:
            continue
        for obj in xcomp.subtree:
            if obj.dep_ in ("dobj", "pobj") and obj.lemma_.lower() in _WORK_PLACES:
                return True
    return False


def answered_call(owner: Token) -> bool:
    """ "answered *the call* for a general strike", "heeded an appeal for a strike":
    the event asked for took place."""
    if owner.lemma_.lower() not in _CALL_NOUNS:
        return False
    head = owner.head
    if owner.dep_ == "pobj" and head.dep_ == "prep":  # "responded to the call"
        head = head.head
    return owner.dep_ in ("dobj", "pobj") and head.lemma_.lower() in _ANSWER_VERBS


def struck_by(verb: Token) -> bool:
    """ "some were *struck* in the head by canisters": a blow, not a labour strike."""
    if verb.lemma_.lower() != "strike":
        return False
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in BODY_PARTS for g in child.children
        ):
            return True
    return False


def specific_anyone(word: Token) -> bool:
    """ "anything *that moved*", "anyone who came near": a relative clause makes the
    any-word stand for the people who were there."""
    return any(c.dep_ == "relcl" for c in word.children)
