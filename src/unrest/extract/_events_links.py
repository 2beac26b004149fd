"""Event nouns named only as what something else is linked to.

"a case *arising from* last year's protests", "trials *connected to* the
protests", "officials *tied* the attack *to* the unrest", "songs *supporting*
the protests", "a disruption that *coincided with* the protests": the clause is
about the case, the trials, the songs or the disruption; the event noun adds no
report of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _modality as mod
from unrest.extract._modality import Ontology

__all__ = ["kin_reference", "linked_reference", "no_subject", "relative_future", "state_noun"]

# verb lemma -> prepositions whose object is only what the verb links to
_LINK_VERBS: dict[str, frozenset[str]] = {
    "arise": frozenset({"from", "out"}),
    "stem": frozenset({"from"}),
    "connect": frozenset({"to", "with"}),
    "link": frozenset({"to", "with"}),
    "relate": frozenset({"to"}),
    "tie": frozenset({"to"}),
    "coincide": frozenset({"with"}),
}
# participles that only say what a thing stands for ("songs supporting the protests")
_STANCE_VERBS = frozenset({"support", "back", "praise", "glorify", "endorse"})


def linked_reference(noun: Token) -> bool:
    """``noun`` is only the thing another noun or act is linked to, or backs."""
    cur = noun
    while cur.dep_ == "conj":
        cur = cur.head
    if cur.dep_ == "dobj":
        verb = cur.head
        return (
            verb.lemma_.lower() in _STANCE_VERBS
            and verb.tag_ == "VBG"
            and verb.dep_ in ("acl", "conj")
        )
    if cur.dep_ != "pobj" or any(c.dep_ == "relcl" for c in noun.children):
        return False
    prep, verb = cur.head, cur.head.head
    allowed = _LINK_VERBS.get(verb.lemma_.lower())
    return allowed is not None and prep.lower_ in allowed and verb.pos_ in ("VERB", "ADJ", "AUX")


_NOBODY = frozenset({"nobody", "none", "no-one", "noone"})


def _negative(tok: Token) -> bool:
    """ "nobody", "none", or a noun under "no" ("no protester", "no one", "no arrests")."""
    if tok.lower_ in _NOBODY:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children)


def no_subject(tok: Token, verb: Token | None) -> bool:
    """The event is denied through its subject or its own determiner: "*nobody* was
    arrested", "*no* commander has been convicted", "*no* arrests were made"."""
    if tok.pos_ in ("NOUN", "PROPN") and _negative(tok):
        return True
    if verb is None:
        return False
    subjects = ("nsubj", "nsubjpass")
    own = any(c.dep_ in subjects for c in verb.children)  # "..., but police *detained* four"
    heads = [verb, verb.head] if verb.dep_ == "conj" and not own else [verb]
    return any(c.dep_ in subjects and _negative(c) for v in heads for c in v.children)


_RELATIVE_MODIFIERS = frozenset({"further", "next"})
_ANNOUNCING = frozenset({"plan", "schedule", "announce", "call", "expect", "fear", "predict"})


def relative_future(noun: Token, onto: Ontology) -> bool:
    """ "*further* protests", "the *next* strike": unreal unless told in the past
    ("she had been handed a *further* sentence") by a verb that does not only plan it."""
    if not any(
        c.dep_ in ("amod", "compound") and c.lower_ in _RELATIVE_MODIFIERS for c in noun.children
    ):
        return False
    verb = mod.clause_verb(noun)
    if verb is None or not mod.past_or_perfect(verb):
        return True
    governors = onto.words("prospective_verbs") | onto.words("irrealis_governors")
    return verb.lemma_.lower() in governors | _ANNOUNCING


_KIN = frozenset(
    {
        *("family", "relative", "mother", "father", "parent", "son", "daughter", "widow"),
        *("kin", "sibling", "brother", "sister", "wife", "husband", "child", "grave", "funeral"),
    }
)


# Nouns whose "for" complement names the dead only as whom they are owed to.
_OWED = frozenset({"justice", "accountability", "memorial", "vigil", "mourning", "prayer"})


def kin_reference(verb: Token) -> bool:
    """A participle or relative clause that only says whose kin someone is: "the
    relatives of those *killed*", "families of protesters *who were executed*", or to
    whom something is owed: "justice for those *killed*"."""
    relative = verb.dep_ == "relcl" and any(
        c.dep_ == "nsubjpass" and c.lower_ in ("who", "that") for c in verb.children
    )
    if not (verb.dep_ == "acl" and verb.tag_ == "VBN") and not relative:
        return False
    person = verb.head
    prep = person.head
    kin = person.dep_ == "pobj" and (
        (prep.lower_ == "of" and prep.head.lemma_.lower() in _KIN)
        or (prep.lower_ == "for" and prep.head.lemma_.lower() in _OWED)
    )
    return kin and not any(_sets_scene(c) for c in verb.children)


def _sets_scene(child: Token) -> bool:
    """A date or a named place on the participle ("men executed *on 7 January*",
    "a man shot *in Karaj*") makes it tell the event, not only whose kin someone is."""
    if child.dep_ == "npadvmod" or child.ent_type_:
        return True
    return child.dep_ == "prep" and any(g.ent_type_ for g in child.subtree if g is not child)


_CONFINEMENT = frozenset({"detention", "custody", "imprisonment"})


def state_noun(noun: Token) -> bool:
    """A state someone is in, not an act: "died *in detention*", "a year *in
    detention*", "while *serving* a *sentence*"."""
    lemma = noun.lemma_.lower()
    if lemma in _CONFINEMENT:
        return noun.dep_ == "pobj" and noun.head.lower_ == "in"
    return lemma == "sentence" and noun.dep_ == "dobj" and noun.head.lemma_.lower() == "serve"
