"""Ontology loading and modality tests for event triggers (private to ``events``).

The ontology (``unrest/data/ontology.yaml``) holds general English trigger
lexicons per event type; the functions here decide whether a candidate trigger
reports a concrete occurrence (``asserted`` or ``hedged``) or must be dropped
(hypothetical, negated, generic, slogan content, time/cause reference,
bare back-reference, commentary; the noun tests are in ``_modality_nouns``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Span, Token

from unrest.errors import ConfigError
from unrest.extract import _events_narrative as nar
from unrest.extract._tense import PRESENT_TAGS

_MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought"}
_HEDGE_MODALS = {"could", "may", "might", "must"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_PAST_TAGS = {"VBD", "VBN"}


@dataclass(frozen=True)
class TypeLexicon:
    """Trigger words of one event type."""

    name: str
    verbs: frozenset[str]
    nouns: frozenset[str]
    agents: frozenset[str]
    noun_needs: dict[str, frozenset[str]]
    noun_blocks: dict[str, frozenset[str]]
    phrases: tuple[tuple[str, str], ...]
    objects: dict[str, frozenset[str]]


@dataclass(frozen=True)
class Ontology:
    """The whole trigger ontology and the modality word lists."""

    types: tuple[TypeLexicon, ...]
    mapping: dict[str, dict[str, str]]
    lists: dict[str, frozenset[str]]
    ref_phrases: tuple[tuple[str, ...], ...]
    weights: dict[str, float]

    def words(self, key: str) -> frozenset[str]:
        """The word list ``key`` of the ontology (empty if absent)."""
        return self.lists.get(key, frozenset())

    def lexicon(self, name: str) -> TypeLexicon | None:
        """The word lists of event type ``name`` (None if the ontology has no such type)."""
        return next((t for t in self.types if t.name == name), None)


def _as_set(raw: Any, where: str) -> frozenset[str]:
    if raw is None:
        return frozenset()
    if not isinstance(raw, list) or not all(isinstance(w, str) for w in raw):
        raise ConfigError(f"ontology.yaml: {where} must be a list of strings")
    return frozenset(w.lower() for w in raw)


def _type_lexicon(name: str, raw: Any) -> TypeLexicon:
    if not isinstance(raw, dict):
        raise ConfigError(f"ontology.yaml: type {name!r} must be a mapping")
    phrases: list[tuple[str, str]] = []
    for phrase in raw.get("phrases") or []:
        parts = str(phrase).lower().split()
        if len(parts) != 2:
            raise ConfigError(f"ontology.yaml: phrase {phrase!r} of {name} needs two words")
        phrases.append((parts[0], parts[1]))
    objects = {
        str(verb).lower(): _as_set(objs, f"{name}.objects.{verb}")
        for verb, objs in (raw.get("objects") or {}).items()
    }
    return TypeLexicon(
        name=name,
        verbs=_as_set(raw.get("verbs"), f"{name}.verbs"),
        nouns=_as_set(raw.get("nouns"), f"{name}.nouns"),
        agents=_as_set(raw.get("agents"), f"{name}.agents"),
        noun_needs={
            str(noun).lower(): _as_set(mods, f"{name}.noun_needs.{noun}")
            for noun, mods in (raw.get("noun_needs") or {}).items()
        },
        noun_blocks={
            str(noun).lower(): _as_set(mods, f"{name}.noun_blocks.{noun}")
            for noun, mods in (raw.get("noun_blocks") or {}).items()
        },
        phrases=tuple(phrases),
        objects=objects,
    )


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    """The trigger ontology, read once from ``unrest/data/ontology.yaml``."""
    path = resources.files("unrest") / "data" / "ontology.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the event ontology {path}: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("types"), dict):
        raise ConfigError("ontology.yaml: top level must be a mapping with a 'types' mapping")
    types = tuple(_type_lexicon(str(k), v) for k, v in raw["types"].items())
    mapping = {
        str(k): {"acled": str(v.get("acled", "")), "plover": str(v.get("plover", ""))}
        for k, v in raw["types"].items()
    }
    lists = {
        str(k): _as_set(v, str(k))
        for k, v in raw.items()
        if k not in ("types", "weights") and isinstance(v, list)
    }
    refs = tuple(tuple(p.split()) for p in lists.get("reference_preps", frozenset()))
    weights = {str(k): float(v) for k, v in (raw.get("weights") or {}).items()}
    return Ontology(types, mapping, lists, refs, weights)


# ---------------------------------------------------------------- quotes


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Character ranges (inside the marks) of quoted stretches in ``text``.

    Curly double quotes pair by direction, straight double quotes alternate,
    and a quote left open at a line break closes there.
    """
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for i, ch in enumerate(text):
        if start is None:
            if ch in ("\u201c", "\u00ab", '"'):
                start = i + 1
        elif ch in ("\u201d", "\u00bb", '"', "\n"):
            regions.append((start, i))
            start = None
    if start is not None:
        regions.append((start, len(text)))
    return regions


def _inside(tok: Token, regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    for a, b in regions:
        if a <= tok.idx < b:
            return (a, b)
    return None


def is_slogan(tok: Token, sent: Span, regions: list[tuple[int, int]], onto: Ontology) -> bool:
    """True when ``tok`` sits inside a quoted slogan, graffiti or banner text.

    A quote is a slogan when words outside it in the sentence cue one (chant,
    slogan, banner, wall...), or when it holds no finite verb ("Death to X").
    """
    region = _inside(tok, regions)
    if region is None:
        return False
    a, b = region
    cues = onto.words("slogan_cues")
    outside = [t for t in sent if not (a <= t.idx < b)]
    if any(t.lemma_.lower() in cues or t.lower_ in cues for t in outside):
        return True
    inside = [t for t in sent if a <= t.idx < b and not t.is_punct and not t.is_space]
    if not inside or not inside[0].text[:1].isupper():
        return False
    return not any(t.tag_ in _FINITE_TAGS for t in inside)


def in_quote(tok: Token, regions: list[tuple[int, int]]) -> bool:
    """True when ``tok`` is inside a quoted stretch."""
    return _inside(tok, regions) is not None


# ---------------------------------------------------------------- clause tests


def clause_verb(tok: Token) -> Token | None:
    """The verb heading the clause ``tok`` belongs to (itself if a verb)."""
    cur = tok
    for _ in range(12):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ != "amod":
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _has_modal(verb: Token) -> tuple[bool, bool]:
    """(irrealis, hedged) from the modal auxiliaries of ``verb``."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modals = [c.lower_ for c in auxes if c.tag_ == "MD" or c.lower_ in _MODALS]
    if not modals:
        return False, False
    perfect = any(c.lemma_ == "have" for c in auxes)
    if perfect and modals[0] in _HEDGE_MODALS:
        return False, True
    return True, False


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") for c in verb.children)


_GERUND_PREPS = frozenset({"of", "from", "against"})
_NOBODY = frozenset({"nothing", "nobody", "none", "no-one"})
_NOT_A = frozenset({"a", "an", "one", "single"})
_NOT_COUNT = frozenset({"fewer", "less", "more", "only", "just", "least", "merely", "longer"})


def negated_argument(verb: Token) -> bool:
    """A subject or object that says the event did not happen: "*nothing* has been
    burned", "*not a single* bullet was fired", "police arrested *no* one"
    (but not "*no fewer than* 50 were killed")."""
    for arg in verb.children:
        if arg.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if arg.lower_ in _NOBODY:
            return True
        near = [*arg.children, *(g for c in arg.children if c.dep_ == "nummod" for g in c.children)]
        for neg in near:
            if neg.lower_ not in ("no", "not") or neg.dep_ not in ("det", "neg") or neg.i > arg.i:
                continue
            after = verb.doc[neg.i + 1] if neg.i + 1 < len(verb.doc) else None
            if after is None or after.lower_ in _NOT_COUNT:
                continue
            if neg.lower_ == "no" or after.lower_ in _NOT_A:
                return True
    return False


def _finite(verb: Token) -> bool:
    """A finite verb, or a verb with a finite auxiliary ("were shot", "has spread")."""
    if verb.tag_ in _FINITE_TAGS:
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children)


def purpose_clause(verb: Token) -> bool:
    """An infinitive adverbial of purpose: "formed chains *to protest*"."""
    has_to = any(c.tag_ == "TO" or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children)
    return has_to and verb.head.i != verb.i and (verb.dep_ == "advcl" or _event_purpose(verb))


def _event_purpose(verb: Token) -> bool:
    """ "a two-day strike *to protest* at the arrests": an infinitive on an event noun
    names what the event was for (the parse makes it a relative clause)."""
    head = verb.head
    if verb.dep_ not in ("relcl", "acl") or head.pos_ != "NOUN" or verb.lemma_ == "be":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    return head.lemma_.lower() in event_nouns()


@lru_cache(maxsize=1)
def event_nouns() -> frozenset[str]:
    """Every event noun of the ontology."""
    return frozenset(n for lex in ontology().types for n in lex.nouns)


def _infinitive_irrealis(verb: Token, onto: Ontology) -> bool:
    """An infinitive or gerund complement of a wish/plan/call, or a purpose clause."""
    has_to = any(c.tag_ == "TO" or (c.dep_ == "aux" and c.lower_ == "to") for c in verb.children)
    governors = onto.words("irrealis_governors")
    deps = ("xcomp", "ccomp", "acl", "relcl", "pcomp", "advcl", "conj")
    if verb.dep_ in deps and verb.head.i != verb.i:
        gov = verb.head
        if verb.dep_ == "pcomp" and gov.lower_ in _GERUND_PREPS and gov.head.i != gov.i:
            gov = gov.head  # "stopped short *of* calling a strike", "prevented *from* marching"
        if verb.dep_ == "conj":
            return _infinitive_irrealis(gov, onto) or _coordinated_infinitive(verb, onto)
        if gov.lemma_.lower() in governors and (has_to or verb.tag_ in ("VB", "VBG")):
            return not nar.attempt_made(gov)
        if has_to and (verb.dep_ == "advcl" or _event_purpose(verb)):
            return True
        if gov.dep_ == "acomp" and gov.lemma_.lower() in governors:
            return True
    return any(c.lower_ == "order" and c.dep_ == "mark" for c in verb.children) and has_to


def _coordinated_infinitive(verb: Token, onto: Ontology) -> bool:
    """A bare infinitive in a series after a call ("urge them *to halt* executions,
    *quash* the sentences and *release* the detainees") that the parse attaches to
    the governor or to a participle instead of to the first infinitive."""
    if verb.tag_ != "VB" or verb.head.tag_ in ("VB", "MD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    ancestors = {a.i for a in verb.ancestors}
    governors = onto.words("irrealis_governors")
    for tok in verb.sent:
        if tok.i >= verb.i or tok.tag_ != "VB" or tok.dep_ not in ("xcomp", "ccomp", "advcl"):
            continue
        has_to = any(c.tag_ == "TO" for c in tok.children)
        if has_to and tok.head.i in ancestors and tok.head.lemma_.lower() in governors:
            return True
    return False


def marked(verb: Token, marks: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in verb.children)


def irrealis(tok: Token, onto: Ontology) -> str | None:
    """Why the clause of ``tok`` is not a report of a real event, or None.

    Looks at the clause verb and the chain of verbs above it: modal
    auxiliaries (future, possibility), negation, conditionals, infinitives of
    wishes, plans and calls, and purpose clauses.
    """
    verb = clause_verb(tok)
    depth = 0
    hypothetical = onto.words("hypothetical_verbs")
    presupposed = False  # a reduced relative ("men detained in raids") is taken as given
    while verb is not None and depth < 4:
        irreal, _ = _has_modal(verb)
        if irreal:
            return "modal"
        if verb.lemma_.lower() in hypothetical:
            return "hypothetical"
        if _negated(verb) and not presupposed:
            return "negated"
        if verb.i == tok.i and negated_argument(verb):
            return "negated"
        presupposed = presupposed or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        presupposed = presupposed or _own_conjunct(verb)  # "neither ..., and both were beaten"
        if marked(verb, {"if", "unless", "whether", "lest"}):
            return "conditional"
        if _infinitive_irrealis(verb, onto):
            purpose = purpose_clause(verb)
            aim = purpose or (verb.dep_ == "conj" and purpose_clause(verb.head))
            if not (aim and presupposed and verb.i != tok.i):
                return "purpose" if purpose else "infinitive"
            # a reduced relative under a purpose is given: "gathered to demand the
            # release of students *arrested* in the previous days"
        if verb.dep_ == "relcl" and simple_present(verb) and verb.head.i != verb.i:
            verb = clause_verb(verb.head)
            depth += 1
            continue
        if verb.dep_ == "acl" and _finite(verb):
            return None  # a noun's complement clause: "reports that two were shot"
        if verb.tag_ in _FINITE_TAGS or verb.dep_ in ("ROOT", "relcl") or verb.head.i == verb.i:
            return None
        if _across_semicolon(verb):
            return None  # "dozens were detained; officials have *not* published a number"
        if _told_content(verb):
            return None  # "he *would say* later that 3,700 had been detained"
        verb = clause_verb(verb.head)
        depth += 1
    return None


_TELLING = frozenset({"say", "remember", "recall", "note", "tell", "add", "write", "admit"})
_NARRATIVE_MODALS = frozenset({"would", "should", "must"})


def _told_content(verb: Token) -> bool:
    """A finite clause told by a narrating or recalling verb under "would", "should"
    or "must": "an MP *would say* weeks later that 3,700 people had been detained",
    "we *should remember* that the ambassador was detained" (the content is reported;
    only the telling is in the future of the story, or urged)."""
    head = verb.head
    if verb.dep_ != "ccomp" or not _finite(verb) or head.lemma_.lower() not in _TELLING:
        return False
    modals = [c.lower_ for c in head.children if c.dep_ == "aux" and c.tag_ == "MD"]
    return bool(modals) and all(m in _NARRATIVE_MODALS for m in modals)


def _own_conjunct(verb: Token) -> bool:
    """A conjoined clause with its own subject and finite verb: the negation of the
    clause before it is not its own ("he was *not* charged, and *both were tortured*")."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return verb.dep_ == "conj" and own and _finite(verb)


def _across_semicolon(verb: Token) -> bool:
    """A semicolon stands between ``verb`` and its head: the parse hung a clause of
    its own under the next one."""
    lo, hi = sorted((verb.i, verb.head.i))
    return any(t.text == ";" for t in verb.doc[lo + 1 : hi])


def hedged(tok: Token, sent: Span, onto: Ontology) -> bool:
    """True when the report of ``tok`` is hedged or attributed with doubt."""
    verb = clause_verb(tok)
    hedges = onto.words("hedges")
    chain: list[Token] = []
    cur = verb
    while cur is not None and len(chain) < 5:
        chain.append(cur)
        if cur.head.i == cur.i:
            break
        cur = clause_verb(cur.head)
    for v in chain:
        if _has_modal(v)[1]:
            return True
        if any(c.lower_ in hedges and c.dep_ in ("advmod", "aux") for c in v.children):
            return True
        if verb is not None and v.i != verb.i and v.lemma_.lower() in onto.words("hedging_verbs"):
            return True
    return any(t.lower_ in ("reportedly", "allegedly", "purportedly") for t in sent)


def simple_present(verb: Token | None) -> bool:
    """True for a simple present clause ("protests are", "protests erupt", "are sustained")."""
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_ == "have" or a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    if verb.tag_ in PRESENT_TAGS:
        return True
    return verb.tag_ == "VBN" and any(a.tag_ in PRESENT_TAGS for a in auxes)


def past_or_perfect(verb: Token | None) -> bool:
    """True when ``verb`` is in a past tense or a perfect/passive participle."""
    if verb is None:
        return False
    if verb.tag_ in _PAST_TAGS:
        return True
    return any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)
