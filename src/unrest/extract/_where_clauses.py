"""Clause structure for :mod:`unrest.extract.where`: which toponyms of a sentence are a
trigger's own, which belong to another clause, and the final tidy-up of places."""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._where_among import listed_anchor
from unrest.extract._where_toponyms import Toponym
from unrest.model import Place

__all__ = [
    "charge",
    "dedupe",
    "in_object_clause",
    "near_trigger",
    "same_clause",
    "sequel",
    "state_as_actor",
]

#: Noun arguments of a verb: a place on one of them is that noun's.
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "dative"}
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}
#: How many nested relative clauses may lie between a trigger and its participants' place.
_OBJECT_CLAUSES = 2
#: Verbs of a clause that names what came before an event and set it off.
_SEQUEL = {"follow", "spark", "trigger", "prompt", "provoke", "ignite", "cause"}
#: Triggers of punishment: a place of the offence they are "for" is not theirs.
_PUNISHING = {"sentence", "condemn", "execute", "hang", "convict", "jail", "imprison", "flog"}
#: The same, for other modules: what such verbs are "for" or "over" is a charge.
PUNISHING = frozenset(_PUNISHING)


def near_trigger(tops: list[Toponym], trigger: Span) -> list[Toponym]:
    """Toponyms under the trigger or under the word that governs it."""
    root = trigger.root
    anchors = {root.i, root.head.i}
    preps = {c.lower_ for c in root.children if c.dep_ == "prep"}
    near = [
        t
        for t in tops
        if any(a.i in anchors or _parallel_prep(a, preps) for a in t.span.root.ancestors)
    ]
    if root.pos_ != "NOUN" or not any(_under(t.span.root, root) for t in near):
        return near
    # "the hangings in Karaj followed the executions in Tehran": a noun trigger with a
    # place of its own leaves the places of another argument of its verb to that one
    return [t for t in near if not _other_argument(t.span.root, root)]


def _under(tok: Token, top: Token) -> bool:
    """Whether ``tok`` lies in the subtree of ``top``."""
    return any(a.i == top.i for a in tok.ancestors)


def _other_argument(tok: Token, trigger: Token) -> bool:
    """Whether ``tok`` hangs on a noun argument of the trigger's verb other than the trigger."""
    for anc in tok.ancestors:
        if anc.i == trigger.i:
            return False
        if anc.head.i == trigger.head.i and anc.dep_ in _ARGUMENTS and anc.pos_ == "NOUN":
            return True
    return False


def _parallel_prep(tok: Token, preps: set[str]) -> bool:
    """ "firing from rooftops in X, and from the roof of a building in Y": the second "from"
    repeats a preposition of the trigger, though the parser hung it elsewhere."""
    return tok.dep_ == "conj" and tok.pos_ == "ADP" and tok.lower_ in preps


def same_clause(top: Toponym, trigger: Span) -> bool:
    """False when the toponym sits in a subordinate clause that does not hold the trigger.

    "protests sparked by a strike that downed a plane near Tehran": Tehran's path up to
    the protests crosses two clause boundaries, so it is the strike's place, not theirs;
    a clause that hangs on the trigger itself ("protests held in Tehran") is its own.
    """
    trig_line = {trigger.root.i} | {a.i for a in trigger.root.ancestors}
    tok = top.span.root
    anchor = listed_anchor(tok)  # "..., the group said, among them in A and B"
    if anchor is not None and anchor.dep_ == "parataxis":
        tok = anchor.head
    while tok.i not in trig_line:
        # a proper noun labelled as a clause is a misparsed list ("among them A, B and C")
        clause = tok.dep_ in _CLAUSE_DEPS and tok.pos_ != "PROPN"
        if clause and tok.head.i != trigger.root.i or _own_clause(tok):
            return False
        if tok.head.i == tok.i:  # the root of another sentence
            return True
        tok = tok.head
    return True


def sequel(top: Toponym, trigger: Span) -> bool:
    """Whether ``top`` lies in the cause that a clause on the trigger's words says came
    first ("riots that followed the death of a woman in X", "unrest sparked by a killing
    in X"): the place of the earlier event, not of the trigger's."""
    tok = top.span.root
    for anc in tok.ancestors:
        if anc.i == trigger.root.i:
            return False
        if (
            anc.dep_ in ("relcl", "acl")
            and anc.lemma_.lower() in _SEQUEL
            and not (tok.dep_ == "prep" and tok.head.i == anc.i)  # "that followed in X"
        ):
            return True
        tok = anc
    return False


def in_object_clause(top: Toponym, trigger: Span) -> bool:
    """Whether ``top`` sits in a relative clause on the trigger's own participants and in
    no other clause ("executed two men who had been convicted of a killing in X", "executed
    a wrestler convicted of a murder in X"), or in one nested in it ("fired at mourners
    who had gathered for the funerals of those killed in X")."""
    if sequel(top, trigger):
        return False
    tok, crossed = top.span.root, 0
    outer = tok
    while tok.i != trigger.root.i:
        # "crowds trying to cross the bridge in X": "to cross" goes on the clause it ends
        if tok.dep_ in _CLAUSE_DEPS and tok.dep_ != "xcomp" or _own_clause(tok):
            if tok.dep_ not in ("relcl", "acl") or crossed >= _OBJECT_CLAUSES:
                return False
            crossed += 1
            outer = tok
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    if _aside_on_name(outer, trigger.root):
        return False
    # a nested clause needs an outer one on a participant, not on the trigger itself
    # ("protests sparked by a strike that downed a plane near X": not X)
    return crossed == 1 or crossed > 1 and outer.head.i != trigger.root.i


def _aside_on_name(clause: Token, trigger: Token) -> bool:
    """A relative clause set off by a comma after a proper name that is the trigger's
    subject ("X, who covered the funeral in Y, was detained on Thursday"): an aside told
    before the news that says more about the person, not a circumstance of the trigger; a
    restrictive one picks out the participants ("two men who had been convicted of a killing
    in Y") and one on the object tells what the act answers ("executed the wrestler X, who
    had been convicted of a murder in Y"): both go with the trigger."""
    name = clause.head
    if clause.dep_ != "relcl" or name.pos_ != "PROPN":
        return False
    if name.dep_ not in ("nsubj", "nsubjpass") or name.head.i != trigger.i:
        return False
    before = clause.left_edge.i - 1
    return before >= 0 and clause.doc[before].text == ","


def charge(top: Toponym, trigger: Span) -> bool:
    """ "sentenced to death for setting fire to an office in X", "hanged for the killing
    of a guard during protests in X": X is where the offence was, not where the court
    sat or the hanging took place. The offence is a gerund or a noun made of one
    ("the killing", "the fatal stabbing")."""
    if trigger.root.lemma_.lower() not in _PUNISHING:
        return False
    for tok in top.span.root.ancestors:
        if tok.i == trigger.root.i:
            return False
        if tok.lower_ == "for" and _punished(tok.head, trigger.root):
            return any(_act(c) for c in tok.children)
    return False


def _punished(tok: Token, trigger: Token) -> bool:
    """The punishing verb, or the person it punishes ("hanged a man for ...")."""
    return tok.i == trigger.i or (tok.dep_ == "dobj" and tok.head.i == trigger.i)


def _act(tok: Token) -> bool:
    """An act as the object of "for": a gerund ("setting fire") or a gerund noun
    ("the killing of a guard")."""
    if tok.dep_ == "pcomp":
        return tok.tag_ == "VBG"
    return tok.dep_ == "pobj" and tok.tag_ == "NN" and tok.lower_.endswith("ing")


def state_as_actor(top: Toponym, trigger: Span) -> bool:
    """ "Iran executed a man": a country as the trigger's subject is the state, not a place."""
    root = top.span.root
    return top.entry.kind == "country" and root.dep_ == "nsubj" and root.head.i == trigger.root.i


def _own_clause(tok: Token) -> bool:
    """A coordinated clause about another named person ("X was shot and Y was hanged in Z")."""
    return (
        tok.dep_ == "conj"
        and tok.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON" for c in tok.children)
    )


def dedupe(
    places: list[Place],
    areas: frozenset[tuple[str, str | None]] | set[tuple[str, str | None]] = frozenset(),
) -> tuple[Place, ...]:
    """Unique places in order; a bare country or province is dropped when a town in it is there.

    "In Mazandaran, the prosecutor said 43 were detained in Amol, Sari and Babol": the towns;
    a province named as a city's surroundings (``areas``: "Tehran's suburbs") stays.
    """
    seen: set[tuple[str, str | None, str | None]] = set()
    finer = {p.country for p in places if p.admin1 is not None or p.city is not None}
    towns = {(p.country, p.admin1) for p in places if p.city is not None}
    out: list[Place] = []
    for p in places:
        key = (p.country, p.admin1, p.city)
        if (
            key in seen
            or (p.admin1 is None and p.city is None and p.country in finer)
            or (p.city is None and (p.country, p.admin1) in towns - areas)
        ):
            continue
        seen.add(key)
        out.append(p)
    return tuple(out)
