"""Actors: who did it and to whom, resolved against a list users can extend.

:class:`ActorRegistry` holds known actors (``unrest/data/actors.yaml`` plus any
user files of the same format) and resolves a noun phrase to one of them:
"the regime's Revolutionary Guards" and "IRGC forces" both name the Islamic
Revolutionary Guard Corps. :class:`ActorFinder` reads the spaCy parse around
one event trigger and returns :class:`~unrest.model.Actor` records:

- role ``actor`` (who did it): the active subject ("police *arrested* ..."),
  the passive ``by`` agent, the possessor or modifier of an event noun ("the
  IRGC's *crackdown*", "teacher *strikes*"), the subject of a support verb
  ("workers staged a *strike*"), or the trigger itself when it names people
  acting ("*protesters* blocked roads");
- role ``target`` (to whom): the object ("*killed* 20 protesters" -> protesters),
  the passive subject, the ``of``/``on``/``against`` complement of an event
  noun ("the *arrest* of two lawyers", "the *crackdown* on students").

A phrase the registry knows is named by its canonical name and kind; any other
is named as written (less determiners and numbers) with kind None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from unrest.extract import _modality as mod
from unrest.extract._actor_registry import ACTOR_KINDS, ActorRegistry, KnownActor
from unrest.extract._tree import pobjs, prep_objects
from unrest.model import Actor
from unrest.nlp import doc_text, entities

__all__ = ["ACTOR_KINDS", "ActorFinder", "ActorRegistry", "KnownActor"]

# Kinds whose members act for a state: their possession of an arrest is theirs to make.
_STATE_KINDS = frozenset({"state_security", "government", "judiciary", "foreign_government"})
_NAMED_ENTS = frozenset({"ORG", "NORP", "GPE", "PERSON", "FAC"})
_TARGET_PREPS = frozenset({"on", "against", "at", "targeting"})
_LEFT_DEPS = frozenset(
    {"det", "poss", "compound", "amod", "nummod", "nmod", "quantmod", "predet", "case"}
)
_DROP_LEADING = frozenset({"det", "nummod", "quantmod", "predet", "case", "punct"})
_VERB_TAGS = frozenset({"VBD", "VBN", "VBG", "VBZ", "VBP", "VB"})
_RELATIVE = frozenset({"who", "whom", "that", "which", "whose"})
_PERSON_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ian", "ee")
Role = Literal["actor", "target"]
Pair = tuple[Role, Token]


# ---------------------------------------------------------------- finder


@dataclass(frozen=True)
class _TypeWords:
    """Ontology words the finder needs: collective event nouns, agent nouns, phrase objects."""

    collective: frozenset[str]
    collective_verbs: frozenset[str]
    agents: frozenset[str]
    phrase_objects: frozenset[str]
    events: frozenset[str]
    persons: frozenset[str]


@lru_cache(maxsize=1)
def _type_words() -> _TypeWords:
    onto = mod.ontology()
    collective = frozenset().union(
        *(t.nouns for t in onto.types if t.name in ("protest", "strike"))
    )
    collective_verbs = frozenset().union(
        *(t.verbs for t in onto.types if t.name in ("protest", "strike"))
    )
    agents = frozenset().union(*(t.agents for t in onto.types))
    objects = frozenset(second for t in onto.types for _, second in t.phrases)
    events = frozenset().union(*(t.nouns for t in onto.types))
    return _TypeWords(
        collective, collective_verbs, agents, objects, events, onto.words("person_nouns")
    )


class ActorFinder:
    """Actors of the event mentions of one document: built once per Doc."""

    def __init__(self, doc: Doc, registry: ActorRegistry | None = None) -> None:
        self.doc = doc
        self.registry = registry if registry is not None else ActorRegistry.load()
        self.lex = self.registry.lexicon
        self.words = _type_words()

    def actors_for(
        self, trigger: Span, evidence: Span, event_type: str | None = None
    ) -> tuple[Actor, ...]:
        """Who did the event cued by ``trigger`` and to whom, as stated in ``evidence``.

        ``event_type`` (optional) tells collective events (protest, strike),
        whose ``of`` complement is the doer and whose object is no target, from
        the others; by default the trigger word decides.
        """
        tok = trigger.root
        if _is_verb(tok):
            collective = self._collective(tok, event_type, _verb_lemmas(tok))
            pairs = self._verb_args(tok, collective)
        else:
            collective = self._collective(tok, event_type, {tok.lemma_.lower()})
            pairs = self._noun_args(tok, collective)
        out: dict[tuple[str, str], Actor] = {}
        for role, head in pairs:
            for member in (head, *_conjuncts(head)):
                actor = self._actor(role, member, evidence)
                if actor is not None:
                    out.setdefault((actor.role, actor.name), actor)
        return tuple(out.values())

    def _collective(self, tok: Token, event_type: str | None, lemmas: set[str]) -> bool:
        if event_type is not None:
            return event_type in ("protest", "strike")
        return bool(lemmas & (self.words.collective | self.words.collective_verbs))

    # ------------------------------------------------------------ verbs

    def _verb_args(self, verb: Token, collective: bool) -> list[Pair]:
        passive = _passive(verb)
        if passive and verb.dep_ == "acl" and not _agents(verb):
            # "Thousands of teachers protested in ..." misparsed as a reduced relative.
            passive = not collective
        pairs: list[Pair] = []
        for child in verb.children:
            if child.dep_ == "nsubj":
                pairs.append(("actor", child))
            elif child.dep_ == "nsubjpass":
                pairs.append(("target", child))
            elif child.dep_ == "agent":
                pairs.extend(("actor", p) for p in pobjs(child))
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            pairs.extend(self._inherited_subject(verb, passive))
        if collective:
            pairs.extend(("target", p) for p in prep_objects(verb, {"against"}) if self._named(p))
        elif not passive:
            pairs.extend(self._objects(verb))
        return pairs

    def _inherited_subject(self, verb: Token, passive: bool) -> list[Pair]:
        """Subjects shared with the governing clause ("... and executed", "went on to
        arrest", "ordered the police to fire", "opened fire, killing five")."""
        cur = verb
        for _ in range(4):
            head = cur.head
            if cur.dep_ == "acl":
                return [("target" if passive else "actor", head)]
            if cur.dep_ not in ("conj", "xcomp", "advcl", "dep") or head.i == cur.i:
                return []
            head = _through_adjective(head)  # "was quick to shut down", "held incommunicado"
            if cur.dep_ == "xcomp":
                controller = [c for c in head.children if c.dep_ == "dobj"]
                if controller:
                    return [("actor", c) for c in controller]
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return [(_inherited_role(s, passive, cur), s) for s in subjects]
            cur = head
        return []

    def _objects(self, verb: Token) -> list[Pair]:
        """Direct objects, or the "on"/"at"/"to" complement after "opened fire", "set fire"."""
        pairs: list[Pair] = []
        places = [verb]
        for child in verb.children:
            if child.dep_ != "dobj":
                continue
            lemma = child.lemma_.lower()
            if lemma in self.words.phrase_objects or lemma in self.lex.instrument_nouns:
                places.append(child)
            else:
                pairs.append(("target", child))
        if not pairs:
            preps = _TARGET_PREPS | ({"to"} if len(places) > 1 else set())
            for place in places:
                pairs.extend(("target", p) for p in prep_objects(place, preps))
        return pairs

    # ------------------------------------------------------------ nouns

    def _noun_args(self, noun: Token, collective: bool) -> list[Pair]:
        if noun.lemma_.lower() in self.words.agents or noun.lower_ in self.words.agents:
            return [("actor", noun)] if self._personal(noun) else []
        pairs: list[Pair] = []
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "by":
                pairs.extend(("actor", p) for p in pobjs(child))
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in pobjs(child):
                    if not collective or self._personal(pobj):
                        pairs.append((self._of_role(pobj, collective), pobj))
                    pairs.extend(("actor", a) for a in prep_objects(pobj, {"by"}))
            elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
                pairs.extend(
                    ("target", p) for p in pobjs(child) if not collective or self._named(p)
                )
            elif child.dep_ in ("poss", "compound", "nmod") and self._named(child):
                pairs.append((self._modifier_role(child, collective), child))
            elif child.dep_ in ("acl", "relcl", "amod") and _is_verb(child):
                pairs.extend(("actor", p) for p in self._modifier_verb_subjects(child))
        if not any(role == "actor" for role, _ in pairs):
            pairs.extend(("actor", s) for s in self._support_subjects(noun))
        return pairs

    def _personal(self, noun: Token) -> bool:
        """Whether an agent noun names people ("protesters", "crowd"), not things ("slogans")."""
        if noun.ent_type_ in ("PERSON", "NORP") or self._known(noun) is not None:
            return True
        lemma = noun.lemma_.lower()
        return lemma in self.words.persons or lemma.endswith(_PERSON_SUFFIXES)

    def _known(self, tok: Token) -> KnownActor | None:
        return self.registry.resolve(_phrase_text(self._phrase(tok)), head_final=True)

    def _of_role(self, pobj: Token, collective: bool) -> Role:
        if collective:
            return "actor"
        known = self._known(pobj)
        return "actor" if known is not None and known.kind in _STATE_KINDS else "target"

    def _modifier_role(self, mod_tok: Token, collective: bool) -> Role:
        """A possessor or modifier does a collective event or state repression, else suffers it."""
        if collective:
            return "actor"
        known = self._known(mod_tok)
        if known is not None:
            return "actor" if known.kind in _STATE_KINDS | {"opposition_group"} else "target"
        return "actor" if mod_tok.ent_type_ in ("ORG", "NORP", "GPE") else "target"

    def _named(self, tok: Token) -> bool:
        """Whether ``tok`` names an actor: known to the registry or a named entity."""
        if tok.lower_ in self.lex.skip_words:
            return False
        return tok.ent_type_ in _NAMED_ENTS or self._known(tok) is not None

    def _modifier_verb_subjects(self, verb: Token) -> list[Token]:
        """Doers through a support verb modifying the noun ("arrests carried out by police",
        "rallies organized by the PMOI", misparsed "the PMOI organized rallies")."""
        if not _verb_lemmas(verb) & self.lex.support_verbs:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVE]
        return _agents(verb) + subjects

    def _support_subjects(self, noun: Token) -> list[Token]:
        """Who does an event noun through a support verb ("workers *staged* a strike",
        "went on strike", "took part in protests", "played a role in the uprising")."""
        verb = _governing_verb(noun)
        if verb is None or not _verb_lemmas(verb) & self.lex.support_verbs:
            return []
        if _passive(verb):
            return _agents(verb)
        return [s for role, s in self._verb_subjects(verb) if role == "actor"]

    def _verb_subjects(self, verb: Token) -> list[Pair]:
        subjects: list[Pair] = [("actor", c) for c in verb.children if c.dep_ == "nsubj"]
        return subjects or self._inherited_subject(verb, passive=False)

    # ------------------------------------------------------------ phrases

    def _actor(self, role: Role, tok: Token, evidence: Span) -> Actor | None:
        head = self._antecedent(tok)
        if head is None or not evidence.start <= head.i < evidence.end:
            return None
        core = self._core(head)
        if core is None:
            return None
        phrase = self._phrase(core)
        known = self.registry.resolve(_phrase_text(phrase), head_final=True)
        outer = self._phrase(head, inner=False)
        text = _phrase_text(list(self.doc[min(outer[0].i, phrase[0].i) : phrase[-1].i + 1]))
        if known is not None:
            return Actor(role, known.name, text, known.kind)
        if self._not_an_actor(core):
            return None
        name = _phrase_text([t for t in phrase if not _dropped(t, core)])
        if not name or not any(c.isalpha() for c in name):
            return None
        return Actor(role, name, text, None)

    def _not_an_actor(self, core: Token) -> bool:
        """Places and events are where and what, not who ("sentenced ... in the province")."""
        lemma = core.lemma_.lower()
        return (
            core.ent_type_ in ("GPE", "LOC", "DATE", "TIME", "CARDINAL")
            or lemma in self.lex.place_nouns
            or lemma in self.words.events
        )

    def _antecedent(self, tok: Token) -> Token | None:
        """``tok``, or for a relative pronoun the noun its clause modifies."""
        if tok.lower_ in _RELATIVE and tok.head.dep_ == "relcl":
            return tok.head.head
        if tok.lower_ in self.lex.skip_words or tok.pos_ == "PRON" or _dateline(tok):
            return None
        return tok

    def _core(self, head: Token) -> Token | None:
        """The noun that names the group: "thousands of *workers*", "members of the *Basij*".

        A bare number or quantity ("killed 20", "arrested hundreds") names nobody.
        """
        for _ in range(3):
            lemma = head.lemma_.lower()
            member = lemma in self.lex.member_nouns or head.lower_ in self.lex.member_nouns
            member = member or lemma in self.lex.access_nouns
            if not (member or head.like_num):
                return head
            prep = "to" if lemma in self.lex.access_nouns else "of"
            inner = [p for c in head.children if c.lower_ == prep for p in pobjs(c)]
            if inner:
                head = inner[0]
                continue
            quantity = head.like_num or lemma in _QUANTITY_WORDS or head.lower_ in _QUANTITY_WORDS
            return None if quantity else head
        return head

    def _phrase(self, head: Token, inner: bool = True) -> list[Token]:
        """``head`` with its left modifiers, its named entity and a proper-name "of" tail."""
        left = head.i
        for child in head.lefts:
            if child.dep_ in _LEFT_DEPS:
                left = min(left, child.left_edge.i)
        right = head.i
        if head.ent_type_ in _NAMED_ENTS and head.pos_ == "PROPN":
            ent = next((e for e in entities(head.doc) if e.start <= head.i < e.end), None)
            if ent is not None:
                left, right = min(left, ent.start), max(right, ent.end - 1)
        if inner and head.pos_ == "PROPN":
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "on"):
                    tail = list(child.subtree)
                    if all(t.pos_ in ("PROPN", "DET", "ADP", "CCONJ", "PART") for t in tail[1:]):
                        right = max(right, tail[-1].i)
        doc = head.doc
        quantity = any(t.like_num for t in doc[left : head.i])
        while left < head.i and (
            doc[left].is_space
            or doc[left].pos_ in ("PUNCT", "CCONJ")
            or (doc[left].pos_ == "ADV" and not quantity)
        ):
            left += 1
        return [t for t in doc[left : right + 1] if not t.is_space]


def _dateline(tok: Token) -> bool:
    """A capitalised place opening a wire story ("MINSK - ...") is no subject."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return (
        tok.is_upper
        and len(tok) > 2
        and nxt is not None
        and nxt.text in ("-", "\u2013", "\u2014", "--")
    )


def _inherited_role(subject: Token, passive: bool, verb: Token) -> Role:
    """The role, for ``verb``, of a subject it shares with its governing clause."""
    if subject.dep_ == "nsubjpass":
        return "target" if passive else "actor"
    return "target" if passive and verb.dep_ == "conj" else "actor"


_QUANTITY_WORDS = frozenset(
    {"thousand", "hundred", "dozen", "million", "score", "number", "lot", "many", "some", "ten"}
    | {"tens", "scores"}
    | {"several", "most", "all", "few", "dozens", "hundreds", "thousands", "millions"}
)


def _dropped(tok: Token, core: Token) -> bool:
    """Determiners, numbers and pronoun possessors left out of an unknown actor's name."""
    if tok is core:
        return False
    if tok.dep_ in _DROP_LEADING or tok.like_num:
        return True
    return tok.dep_ == "poss" and tok.pos_ == "PRON"


def _phrase_text(tokens: Sequence[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc_text(doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1])].strip()


def _verb_lemmas(verb: Token) -> set[str]:
    """The lemma of ``verb`` and stems of its form, for when the tagger's lemma is off."""
    word = verb.lower_
    stems = {word[:-n] for n in (1, 2, 3) if len(word) - n >= 3 and word.endswith(("d", "ing"))}
    return {verb.lemma_.lower(), word} | stems


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") or (tok.tag_ in _VERB_TAGS and tok.pos_ != "NOUN")


def _passive(verb: Token) -> bool:
    if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in verb.children):
        return True
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "conj")
        and not any(c.dep_ in ("aux", "nsubj", "dobj") for c in verb.children)
        and (verb.dep_ == "acl" or _passive(_through_adjective(verb.head)))
    )


def _through_adjective(tok: Token) -> Token:
    """The verb an adjectival complement hangs from ("quick" in "was quick to ...")."""
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "amod", "oprd") and tok.head.i != tok.i:
        return tok.head
    return tok


def _agents(verb: Token) -> list[Token]:
    return [p for c in verb.children if c.dep_ == "agent" for p in pobjs(c)]


def _conjuncts(tok: Token) -> list[Token]:
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN"):
            out.append(child)
            out.extend(_conjuncts(child))
    return out


def _governing_verb(noun: Token) -> Token | None:
    """The verb whose object or prepositional complement ``noun`` is (through "part in")."""
    tok = noun
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in ("dobj", "nsubjpass", "attr") and _is_verb(head):
            return head
        if tok.dep_ == "pobj" and head.dep_ == "prep":
            grand = head.head
            if _is_verb(grand):
                return grand
            tok = grand
            continue
        if tok.dep_ == "conj":
            tok = head
            continue
        return None
    return None
