"""Event triggers: which sentences report which event types.

A trigger is a verb ("security forces *killed* 1,500"), a verb phrase ("*set
fire* to", "*shut down* the internet"), an event noun ("the *arrest* of 116",
"mass *protests*") or a people noun that acts ("*protesters* blocked roads").
Trigger words come from ``unrest/data/ontology.yaml``; syntax decides the rest:
objects of ambiguous verbs, modifiers of ambiguous nouns ("missile strike" is an
attack, "hunger strike" a strike; see ``_events_syntax``), and modality (see
``_modality``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from unrest.extract import _events_barricade as barricade
from unrest.extract import _events_borrowed as borrowed
from unrest.extract import _events_circumstance as circ
from unrest.extract import _events_clauses as cl
from unrest.extract import _events_confidence as conf_
from unrest.extract import _events_context as ctx
from unrest.extract import _events_countnote as countnote
from unrest.extract import _events_denial as denial
from unrest.extract import _events_dispersal as dispersal
from unrest.extract import _events_entitled as entitled
from unrest.extract import _events_headlines as headlines
from unrest.extract import _events_imperative as imperative
from unrest.extract import _events_links as links
from unrest.extract import _events_narrative as nar
from unrest.extract import _events_participants as participants
from unrest.extract import _events_release as release
from unrest.extract import _events_select as sel
from unrest.extract import _events_selfref as selfref
from unrest.extract import _events_surface as surf
from unrest.extract import _events_tollscope as tollscope
from unrest.extract import _events_whoever as whoever
from unrest.extract import _modality as mod
from unrest.extract._events_index import cue_index, event_verbs
from unrest.extract._events_syntax import noun_type, verb_ok
from unrest.extract._events_undone import undone_judicial_act
from unrest.extract._modality import Ontology, TypeLexicon
from unrest.extract._modality_nouns import agent_role, backreference, generic_noun, reference_only
from unrest.model import EVENT_TYPES
from unrest.nlp import doc_text

__all__ = ["Trigger", "find_triggers", "event_mapping"]

_VERB_TAGS = {"VBD", "VBN", "VBG", "VBZ", "VBP", "VB"}
_MORE_SPECIFIC = {
    "attack": ("property_attack",),
    "property_attack": ("strike", "protest"),  # "burned their headscarves" is a protest
    "protest": ("strike",),  # "teachers held sit-ins in their classrooms"
}
_PHRASE_LINKS = {"prep", "agent", "dative", "prt"}
_CLAUSE_DEPS = sel.CLAUSE_DEPS
# A relative clause on the people another event happened to is still an event of its own
# when it tells an arrest ("hanged a man *who had been arrested* in May"), or a gathering
# fired on ("opened fire on people *who had gathered* near the station").
_OWN_EVENT = {
    "arrest": tuple(EVENT_TYPES),
    "protest": ("protest", "attack"),
}


@dataclass(frozen=True)
class Trigger:
    """A reported event of ``type`` in ``evidence`` (a sentence or clause), cued by ``trigger``."""

    type: str
    trigger: Span
    evidence: Span
    modality: str = "asserted"
    confidence: float = 0.5
    kind: str = "verb"


@dataclass(frozen=True)
class _Candidate:
    type: str
    token: Token
    kind: str  # "verb", "phrase", "noun" or "agent"


def event_mapping() -> dict[str, dict[str, str]]:
    """ACLED and PLOVER categories of each event type, from the ontology."""
    return dict(mod.ontology().mapping)


def find_triggers(doc: Doc) -> list[Trigger]:
    """Every asserted event mention in ``doc``: at most one per sentence, type and event.

    Each sentence that reports an occurrence of a type yields one
    :class:`Trigger` whose evidence is the sentence (trimmed of white space)
    and whose trigger is the strongest cue found for that type.
    Hypothetical, negated, generic and reference-only uses are left out;
    hedged reports are kept with ``modality="hedged"``.
    """
    onto = mod.ontology()
    regions = mod.quote_regions(doc_text(doc))
    triggers: list[Trigger] = []
    for sent in doc.sents:
        evidence = surf.trim(sent)
        if evidence is None or surf.skip_sentence(evidence) or _label_line(evidence):
            continue
        if imperative.imperative_sentence(evidence):
            continue  # "Release the detainees": a demand
        cands = _specific(_candidates(evidence, onto))
        headline = bool(cands) and headlines.headline_sentence(sent)
        judged = [_judge(c, evidence, regions, onto, headline) for c in cands]
        found = _drop_borrowed([t for t in judged if t is not None], onto)
        kept = sel.split_clauses(sel.select(found))
        triggers.extend(sorted(kept, key=lambda t: (t.trigger.start, t.type)))
    return triggers


def _label_line(sent: Span) -> bool:
    """A headline that only labels what follows (see ``_events_headlines``)."""
    return headlines.is_headline(sent) and not headlines.asserting_headline(sent)


def _specific(cands: list[_Candidate]) -> list[_Candidate]:
    """On one token, a more specific type wins over a general one
    ("attacked public property" is a property attack, not an attack)."""
    typed = {(c.token.i, c.type) for c in cands}
    return [
        c for c in cands if not any((c.token.i, s) in typed for s in _MORE_SPECIFIC.get(c.type, ()))
    ]


def _drop_borrowed(found: list[Trigger], onto: Ontology) -> list[Trigger]:
    """Protest cues that only borrow another event: people nouns ("rioters",
    "crowds") whose own verb reports an event of another type ("rioters set fire
    to banks" is a property attack), and "to protest" purposes of another event
    ("a hunger strike to protest the neglect" is a strike)."""
    other = {(t.trigger.start, t.type) for t in found}
    judicial = {t.trigger.start for t in found if t.type in circ.JUDICIAL_TYPES}
    attacks = {t.trigger.start for t in found if t.type == "attack"}
    out = []
    for trig in found:
        if _judicial_setting(trig, judicial, onto):
            continue  # "30 people were arrested *in the protests*"
        if (
            trig.type == "protest"
            and trig.kind == "noun"
            and circ.attack_setting(trig.trigger.root, attacks)
        ):
            continue  # "304 deaths *in those protests*"
        others = {
            t.trigger.start for t in found if t.type not in _OWN_EVENT.get(trig.type, (trig.type,))
        }
        if trig.kind == "verb" and ctx.describes_victims(trig.trigger.root, others):
            continue
        purpose = trig.kind == "verb" and mod.irrealis(trig.trigger.root, onto) == "purpose"
        if purpose and any(t.type != trig.type for t in found):
            continue
        if nar.purpose_adjunct(trig.trigger.root) and any(t.type != trig.type for t in found):
            continue  # "closed their shops *in protest*" is a strike
        if trig.kind == "agent" and trig.trigger.root.lemma_.lower() in onto.words("weak_agents"):
            verb = mod.clause_verb(trig.trigger.root)
            acts = [] if verb is None else [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
            borrows = not ctx.dispersed_crowd(trig.trigger.root, onto)  # "a crowd was dispersed"
            if borrows and any(
                (v.i, typ) in other for v in acts for typ in EVENT_TYPES if typ != trig.type
            ):
                continue  # "a crowd tried to *set fire* to a depot
        if trig.kind == "agent" and borrowed.only_other_acts(trig.trigger.root, other, trig.type):
            continue  # "protesters stormed and *looted* the residence"
        out.append(trig)
    return out


def _judicial_setting(trig: Trigger, judicial: set[int], onto: Ontology) -> bool:
    """A protest noun that only names the setting of an arrest, sentence or execution."""
    if trig.type != "protest" or trig.kind != "noun":
        return False
    words = onto.words("judicial_verbs") - {"blame"}
    return circ.judicial_setting(trig.trigger.root, judicial, words)


# ---------------------------------------------------------------- candidates


def _candidates(sent: Span, onto: Ontology) -> list[_Candidate]:
    """Every lexicon cue in ``sent`` that passes its syntactic checks."""
    found: list[_Candidate] = []
    index = cue_index(onto)
    for tok in sent:
        if tok.is_space or tok.is_punct:
            continue
        extra = ctx.extra_cues(tok, onto)
        for lex in index.lexicons(tok, extra):  # the types ``tok`` may cue, in order
            found.extend(_token_candidates(tok, lex, onto, extra))
    return [_retyped(c) for c in found]


def _retyped(cand: _Candidate) -> _Candidate:
    """Burning tyres is a protest, not a property attack (``_events_barricade``)."""
    if cand.type == "property_attack" and barricade.tyre_fire(cand.token):
        return _Candidate("protest", cand.token, cand.kind)
    return cand


def _token_candidates(
    tok: Token, lex: TypeLexicon, onto: Ontology, extra: list[tuple[str, str]]
) -> list[_Candidate]:
    out: list[_Candidate] = []
    vlem = _verb_lemma(tok, lex)
    if vlem is not None and verb_ok(tok, vlem, lex, onto):
        out.append(_Candidate(lex.name, tok, "verb"))
    if _phrase_match(tok, lex):
        out.append(_Candidate(lex.name, tok, "phrase"))
    if tok.pos_ in ("NOUN", "PROPN") or tok.tag_ in ("NN", "NNS"):
        lemma = tok.lemma_.lower()
        initial = surf.initial_proper_noun(tok)
        if (
            (initial or lemma) in lex.nouns
            and tok.dep_ != "compound"
            and (tok.pos_ == "NOUN" or not tok.is_title or initial is not None)
        ):
            typed = noun_type(tok, lex, onto)
            if typed is not None:
                out.append(_Candidate(typed, tok, "noun"))
        if lemma in lex.agents and agent_role(tok):
            out.append(_Candidate(lex.name, tok, "agent"))
    out.extend(_Candidate(typ, tok, kind) for typ, kind in extra if typ == lex.name)
    if lex.name == "censorship" and nar.connectivity_cut(tok):
        out.append(_Candidate(lex.name, tok, "phrase"))
    return out


def _verb_lemma(tok: Token, lex: TypeLexicon) -> str | None:
    """The lexicon verb ``tok`` inflects, also for participles tagged as adjectives."""
    if tok.pos_ not in ("VERB", "ADJ") and tok.tag_ not in _VERB_TAGS and not _noun_as_verb(tok):
        return None
    if tok.pos_ == "ADJ" and tok.tag_ not in ("VBN", "VBD", "JJ"):
        return None
    known = surf.known_verbs(lex)
    lemma = tok.lemma_.lower()
    if lemma in known:
        return lemma
    word = tok.lower_
    if word.endswith("ed") and tok.tag_ in ("VBD", "VBN", "JJ"):
        for stem in (word[:-2], word[:-1], word[:-3]):
            if stem in known:
                return stem
    return None


def _noun_as_verb(tok: Token) -> bool:
    """A verb the tagger took for a noun though it has a subject and an object
    ("security forces *fire* tear gas")."""
    deps = {c.dep_ for c in tok.children}
    return tok.pos_ == "NOUN" and "nsubj" in deps and "dobj" in deps


def _phrase_match(tok: Token, lex: TypeLexicon) -> bool:
    """``tok`` heads a two-word phrase of ``lex`` ("set fire", "take (to the) streets")."""
    lemma = tok.lemma_.lower()
    for first, second in lex.phrases:
        if lemma == first:
            near = [
                g
                for c in tok.children
                if c.dep_ not in _CLAUSE_DEPS
                for g in (c, *(k for k in c.children if c.dep_ in _PHRASE_LINKS))
            ]
            near += [k for g in near if g.dep_ in ("dobj", "pobj") for k in g.conjuncts]
            if tok.dep_ in ("advmod", "prt", "acomp"):
                near.extend(s for s in tok.head.children if abs(s.i - tok.i) <= 4)
            if any(n.lemma_.lower() == second or n.lower_ == second for n in near):
                return True
        elif (
            lemma == second
            and tok.pos_ == "NOUN"
            and any(surf.modifier_is(c, first) for c in tok.children)
        ):
            return True
    return False


# ---------------------------------------------------------------- judging


def _judge(
    cand: _Candidate,
    sent: Span,
    regions: list[tuple[int, int]],
    onto: Ontology,
    headline: bool,
) -> Trigger | None:
    """A :class:`Trigger` for ``cand`` if it reports a real occurrence, else None.
    ``headline``: the sentence is a headline asserting events (its present is past)."""
    tok = cand.token
    if mod.is_slogan(tok, sent, regions, onto):
        return None
    narrative = nar.dated_line(tok) or headline
    if cand.kind in ("noun", "agent") and _noun_dropped(tok, onto, narrative=narrative):
        return None
    if whoever.class_of_people(tok if cand.kind in ("verb", "phrase") else mod.clause_verb(tok)):
        return None  # "those who *attacked* the police will be punished"
    why = mod.irrealis(tok, onto)
    if why is not None and not (why == "purpose" and _protest_purpose(cand, onto)):
        return None
    if cand.kind == "verb" and (_verb_reference(tok, onto) or (_habitual(tok) and not narrative)):
        return None
    if entitled.entitled_act(tok):
        return None  # "people had the right to protest"
    if ctx.under_negated_saying(mod.clause_verb(tok) or tok) or denial.denied_content(tok):
        return None
    if countnote.count_commentary(tok):
        return None  # "the number of people arrested is staggering"
    if cand.type == "protest" and tollscope.toll_setting(tok):
        return None  # "the death toll from the protests rose to 21"
    if links.no_subject(tok, tok if cand.kind in ("verb", "phrase") else None):
        return None
    if cand.kind in ("verb", "phrase") and ctx.about_anyone(tok):
        return None
    if cand.kind in ("verb", "phrase") and selfref.self_inflicted(tok, cand.type):
        return None  # "he had hanged himself"
    if cand.type == "strike" and selfref.left_confinement(tok):
        return None  # "walked out of prison"
    soft = cand.kind == "noun" and tok.lemma_.lower() in onto.words("soft_nouns")
    if soft and not (mod.past_or_perfect(mod.clause_verb(tok)) or narrative):
        return None
    hedged = mod.hedged(tok, sent, onto)
    conf = conf_.confidence(
        cand.kind, tok, sent, onto, soft=soft, hedged=hedged, quoted=mod.in_quote(tok, regions)
    )
    return Trigger(
        type=cand.type,
        trigger=sent.doc[tok.i : tok.i + 1],
        evidence=sent,
        modality="hedged" if hedged else "asserted",
        confidence=round(min(max(conf, 0.0), 1.0), 3),
        kind=cand.kind,
    )


def _noun_dropped(tok: Token, onto: Ontology, *, narrative: bool = False) -> bool:
    return (
        reference_only(tok, onto)
        or generic_noun(tok, onto, narrative=narrative)
        or backreference(tok, onto)
        or cl.called_for(tok, onto)
        or cl.classifying_attr(tok)
        or ctx.related_modifier(tok)
        or links.linked_reference(tok)
        or links.relative_future(tok, onto)
        or links.state_noun(tok)
        or ctx.bare_reference(tok, event_verbs(), onto.words("participation_verbs"))
        or dispersal.dispersed_object(tok, onto)
        or undone_judicial_act(tok)
        or circ.attended_in_time(tok)
        or circ.said_unrelated(tok)
        or circ.named_as(tok)
        or participants.participant_reference(tok)
    )


def _protest_purpose(cand: _Candidate, onto: Ontology) -> bool:
    """ "formed human chains *to protest* against ...": an act done to protest is one."""
    lex = onto.lexicon(cand.type)
    return (
        cand.type == "protest"
        and cand.kind == "verb"
        and lex is not None
        and cand.token.lemma_.lower() in lex.verbs
    )


def _gathered_before(tok: Token, onto: Ontology) -> bool:
    """ "police entered the campus *after* hundreds of students *gathered* in front of
    the library": people gathering at a place is a protest of its own, not a time
    reference, even in an "after" clause."""
    lex = onto.lexicon("protest")
    if lex is None or tok.lemma_.lower() not in lex.verbs | set(lex.objects):
        return False
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool(subjects) and any(c.dep_ == "prep" for c in tok.children)


def _arrested_before(tok: Token, onto: Ontology) -> bool:
    """ "died three days after *she was arrested*", "after the police detained Rahimi":
    the arrest of a named or pronoun person tells when that person was seized, and is
    reported even in an "after" clause (the bare noun, "after his arrest", is not)."""
    lex = onto.lexicon("arrest")
    if lex is None or tok.lemma_.lower() not in lex.verbs:
        return False
    return any(
        c.dep_ in ("nsubjpass", "dobj") and c.pos_ in ("PRON", "PROPN") for c in tok.children
    )


def _habitual(tok: Token) -> bool:
    """A simple present event verb states a habit or a fact, not an occurrence
    ("Iran executes more people per capita than ...")."""
    main = tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")
    if tok.tag_ not in ("VBZ", "VBP") or not main:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _verb_reference(tok: Token, onto: Ontology) -> bool:
    """A verb used only as a time reference ("even after 1,500 were killed",
    "after being convicted"), as a modifier ("a killing spree"), as a gerund
    subject ("targeting X was..."), as the content of a charge ("found guilty of
    *wounding* a guard"), as a description of someone ("a singer *convicted* of
    insulting..."), or in a clause about anyone at all ("anyone who *damaged*...")."""
    if tok.dep_ in ("amod", "compound", "csubj", "csubjpass"):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and any(c.lower_ == "the" for c in tok.children):
        return True  # a participle naming people: "*the injured* were taken to hospital"
    if cl.descriptive_participle(tok, onto) or cl.generic_clause(tok) or links.kin_reference(tok):
        return True
    if ctx.not_a_report(tok, onto) or release.released_detainees(tok):
        return True
    if tok.dep_ == "pcomp" and cl.reference_prep(tok.head, onto):
        return tok.head.head.lemma_.lower() in event_verbs()  # "hanged after being convicted"
    gerund = tok.head if tok.dep_ == "conj" else tok
    prep = gerund.head
    if (
        gerund.dep_ == "pcomp"
        and prep.lower_ in ("of", "with")
        and prep.head.lemma_.lower() in onto.words("charge_words")
    ):
        return True
    marks = ("after", "since", "before", "until", "once")
    if _gathered_before(tok, onto) or _arrested_before(tok, onto):
        return False
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    return any(
        c.dep_ == "mark" and c.lower_ in marks and not surf.comma_between(c, v)
        for v in verbs
        for c in v.children
    )
