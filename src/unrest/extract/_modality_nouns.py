"""Noun tests for event triggers (private to ``events``): whether an event noun
reports an occurrence or only places something in time or cause, is generic, refers
back to an event told before, or, for a people noun, acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _events_clauses as cl
from unrest.extract._events_during import new_event_during
from unrest.extract._modality import Ontology, clause_verb, marked, simple_present

_UNDERGOING = {"die", "perish", "succumb", "drown", "flee", "escape", "hide"} | {
    *("suffer", "sustain", "undergo", "endure", "lose"),  # "protesters *suffered* injuries"
}
# Verbs of speaking, thinking or wanting: "one protester *said*", "some demonstrators
# *say* they will keep going" quote people who protest; they tell no act of protest.
_SPEAKING = {
    *("say", "tell", "add", "recall", "explain", "describe", "claim", "insist", "argue"),
    *("believe", "think", "know", "want", "hope", "fear", "expect", "complain", "ask"),
}
_QUANTITY_HEADS = {
    "thousand",
    "hundred",
    "dozen",
    "ten",
    "million",
    "score",
    "crowd",
    "group",
    "many",
    "some",
    "most",
    "all",
    "several",
    "lot",
    "number",
    "none",
    "few",
}


def _noun_top(tok: Token) -> Token:
    """Climb "the X of Y" chains: from Y up to the outermost noun X."""
    cur = tok
    for _ in range(6):
        head = cur.head
        if (
            cur.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.pos_ in ("NOUN", "PROPN", "PRON")
        ):
            cur = head.head
        elif cur.dep_ == "conj" and head.pos_ in ("NOUN", "PROPN"):
            cur = head
        else:
            break
    return cur


_TOPIC_PREPS = {"of", "into", "for", "on", "to", "in", "about"}
_TOPIC_WORDS = {"about", "concerning", "regarding", "on"}
_TOPIC_VERBS = {"concern", "regard", "concerning", "regarding"}


def reference_only(tok: Token, onto: Ontology) -> bool:
    """True when the event noun only places something in time or cause.

    "since the revolution", "in the wake of the uprising", "despite the
    crackdown", "an investigation into the massacre", "a piece concerning the
    protests".
    """
    heads = onto.words("reference_heads")
    phrases = [" " + " ".join(p).replace("-", " ") for p in onto.ref_phrases]
    described = cl.described_agentively(tok)
    after_of = False
    cur = tok
    for _ in range(6):
        if cur.dep_ == "conj":
            cur = cur.head
            continue
        if _subject_of_time_clause(cur, onto):
            return True
        if cl.charge_reference(cur, onto):
            return True
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in _TOPIC_VERBS | {"follow", "precede"}:
            return True  # "the protests that followed the death of ..."
        if cur.dep_ == "dobj" and cur.head.lemma_.lower() in onto.words("comparison_verbs"):
            return True  # "compared the role of the regions in the uprising to ..."
        if cur.dep_ != "pobj":
            return False
        prep = cur.head
        text = cl.prep_text(prep)
        if cl.cause_agent(cur, onto) or cl.comparison(prep, onto):
            return True
        if any(text.endswith(p) for p in phrases):
            if cur.i == tok.i and new_event_during(cur):
                return False  # "shot dead during *a protest* outside the governor's office"
            return not (prep.lower_ in _TOPIC_WORDS and described)
        owner = prep.head
        if prep.lower_ == "in" and owner.lemma_.lower() in onto.words("participation_nouns"):
            cur = owner  # "sentenced over their part in the protests"
            continue
        if prep.lower_ in _TOPIC_PREPS and owner.lemma_.lower() in heads:
            return True
        if prep.lower_ == "in" and owner.pos_ in ("VERB", "AUX") and prep.i < owner.i:
            return True  # a fronted setting: "In recent protests, people showed ..."
        if cl.time_span_of(cur) and not described:
            return True  # "in the first two months of the protests"
        if owner.pos_ in ("NOUN", "PROPN", "PRON") and (prep.lower_ == "of" or after_of):
            cur = owner  # "an inquiry into the shooting on the border and the dispersal of ..."
            after_of = prep.lower_ == "of"
            continue
        return False
    return False


def _subject_of_time_clause(noun: Token, onto: Ontology) -> bool:
    """ "since protests began", "after the strike ended": the event only dates the main clause."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    return verb.head.i != verb.i and marked(verb, onto.words("time_marks"))


def generic_noun(tok: Token, onto: Ontology, *, narrative: bool = False) -> bool:
    """True for generic or unreal uses: "every protest", "future protests",
    "protests are necessary", or a bare singular abstract noun. In a ``narrative``
    (historical present) line, a simple present tells a past event."""
    generic = onto.words("generic_determiners")
    for noun in {tok, _noun_top(tok)}:
        if any(c.lower_ in generic and c.dep_ in ("det", "nummod", "amod") for c in noun.children):
            return True
        if cl.denied_existence(noun):
            return True
    kids = list(tok.children)
    mods = onto.words("irrealis_modifiers")
    if any(c.dep_ in ("amod", "compound") and c.lower_ in mods for c in kids):
        return True
    for prep in (c for c in kids if c.dep_ == "prep"):
        if any(g.lemma_.lower() == "future" for g in prep.children):
            return True
    informative = [c for c in kids if c.dep_ not in ("punct", "cc", "conj")]
    coordinated = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in kids)
    if not informative and tok.tag_ == "NN" and coordinated:
        return True
    bare = not any(c.dep_ in ("det", "poss", "nummod", "compound", "amod") for c in kids)
    return bare and not narrative and simple_present(clause_verb(tok))


def backreference(tok: Token, onto: Ontology) -> bool:
    """True for "those rallies were so momentous" and "the uprising proved that",
    and for a judgement on an event named before ("condemned the hangings")."""
    if _judged(tok, onto):
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    kids = list(verb.children)
    if verb.lemma_ in ("be", "seem", "remain", "become", "appear") and any(
        c.dep_ in ("acomp", "attr") for c in kids
    ):
        return True
    if verb.lemma_.lower() in onto.words("commentary_verbs") and any(
        c.dep_ in ("ccomp", "dobj") for c in kids
    ):
        return True
    if verb.lemma_.lower() in onto.words("reaction_verbs") and _bare_definite(tok):
        return True
    proof = {"proof", "evidence", "lesson", "testament", "reminder", "example", "sign"}
    return any(c.dep_ == "dobj" and c.lemma_.lower() in proof for c in kids)


def _judged(noun: Token, onto: Ontology) -> bool:
    """ "condemned the hangings", "called the killings barbaric", "troubled by the
    killings": a bare definite event noun that a judgement only refers back to."""
    dets = [c for c in noun.children if c.dep_ == "det"]
    after = [c for c in noun.children if c.i > noun.i and c.dep_ not in ("punct",)]
    judgement = all(c.dep_ in ("acl", "amod") and c.tag_ in ("VBG", "JJ") for c in after)
    if not (dets and judgement and _bare_definite(noun, ignore=after)):
        return False
    words = onto.words("condemning_words")
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in words
    if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "at", "over"):
        owner = noun.head.head
        judges = [owner, *(c for c in owner.children if c.dep_ == "acomp")]
        return any(j.lemma_.lower() in words or j.lower_ in words for j in judges)
    return False


def _bare_definite(noun: Token, ignore: list[Token] | None = None) -> bool:
    """ "the executions", "these protests": a definite noun with nothing else to say."""
    skip = {c.i for c in ignore or []}
    kids = [c for c in noun.children if c.dep_ not in ("punct",) and c.i not in skip]
    return bool(kids) and all(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that") for c in kids
    )


def agent_role(tok: Token) -> bool:
    """True when a people noun (protesters, crowds) acts: subject or "by" agent.

    "thousands of protesters marched": climbs quantity heads ("thousands of")
    first; the object or passive subject of a verb does not count.
    """
    cur = tok
    for _ in range(3):
        head = cur.head
        if (
            cur.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in _QUANTITY_HEADS
        ):
            cur = head.head
        else:
            break
    if cur.dep_ == "nsubj":  # "protesters *died*" tells what befell them, not what they did
        verb = cur.head.lemma_.lower()
        return not cl.copular(cur.head) and verb not in _UNDERGOING | _SPEAKING
    return cur.dep_ == "pobj" and cur.head.dep_ == "agent"
