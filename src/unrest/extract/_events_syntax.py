"""Syntactic checks of trigger cues (private to ``events``): the objects of ambiguous
verbs and whether they name people, and the modifiers and complements of ambiguous
nouns ("missile strike" is an attack, "hunger strike" a strike, "the death of a student").
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract import _events_clauses as cl
from unrest.extract import _events_narrative as nar
from unrest.extract._events_index import event_nouns
from unrest.extract._modality import Ontology, TypeLexicon
from unrest.extract._tree import prep_objects

_PEOPLE_ENTS = {"PERSON", "NORP"}
_RELATIVE = {"who", "whom", "that", "which"}
_PERSON_SUFFIXES = ("ist", "ian", "ee", "eer", "er", "or", "ant")
_PARTICLES = {"away", "off", "up", "down", "out"}
_VAGUE_PEOPLE = {
    *("many", "some", "several", "most", "all", "few", "others", "dozens", "hundreds"),
    *("thousands", "tens", "scores", "millions", "both"),
}
_QUANTITIES = {"thousand", "hundred", "dozen", "ten", "million", "score", "number", "group"}


def verb_ok(tok: Token, lemma: str, lex: TypeLexicon, onto: Ontology) -> bool:
    """Whether verb ``tok`` (lemma ``lemma``) cues ``lex``: object checks for ambiguous verbs."""
    particle = next(
        (
            c.lemma_.lower()
            for c in tok.children
            if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in _PARTICLES)
        ),
        None,
    )
    if particle is not None and f"{lemma} {particle}" in lex.objects:
        return _objects_match(tok, lex.objects[f"{lemma} {particle}"], onto)
    if lemma in lex.objects:
        return _objects_match(tok, lex.objects[lemma], onto)
    return lemma in lex.verbs


def _objects(verb: Token) -> list[Token]:
    """The patients of ``verb``: direct objects, passive subjects, modified nouns."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD"):  # "a boy, shot by police"
        objs.append(verb.head)
    if not objs:
        objs = surface_subjects(verb)
    if verb.dep_ in ("conj", "oprd") and not objs:  # "kept the shop *closed*"
        objs = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    resolved: list[Token] = []
    for obj in objs:
        if obj.lower_ in _RELATIVE and verb.dep_ == "relcl":
            obj = verb.head
        resolved.append(obj)
        resolved.extend(c for c in obj.children if c.dep_ in ("conj", "appos"))
        if obj.lower_ in _VAGUE_PEOPLE or obj.lemma_.lower() in _QUANTITIES or obj.like_num:
            resolved.extend(prep_objects(obj, ("of",)))  # "fired *hundreds of* tear gas rounds"
    return resolved


_SUBJECT_RUN = {"NOUN", "PROPN", "CCONJ", "ADJ"}


def surface_subjects(verb: Token) -> list[Token]:
    """The nouns just before a passive verb the parse left without a subject
    ("Instagram and WhatsApp *were blocked*", "Telegram *stayed blocked*"): the
    run of nouns, adjectives and "and"s right before its auxiliaries."""
    auxes = [c for c in verb.children if c.dep_ == "auxpass"]
    if not auxes or any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    doc = verb.doc
    i = min(a.i for a in auxes) - 1
    nouns: list[Token] = []
    while i >= verb.sent.start and (doc[i].pos_ in _SUBJECT_RUN or doc[i].text == ","):
        if doc[i].pos_ in ("NOUN", "PROPN"):
            nouns.append(doc[i])
        i -= 1
    return nouns


def names_people(tok: Token, onto: Ontology, loose: bool = True) -> bool:
    """Whether ``tok`` names people: a person noun, a PERSON/NORP entity, a
    pronoun or a number standing for people ("executed all who...", "killed 12")."""
    if tok.ent_type_ in _PEOPLE_ENTS or _named_person(tok):
        return True
    people = onto.words("person_nouns")
    lemma = tok.lemma_.lower()
    if lemma in people or tok.lower_ in people:
        return True
    if (
        tok.pos_ == "NOUN"
        and lemma not in onto.words("thing_nouns")
        and lemma.endswith(_PERSON_SUFFIXES)
    ):
        return True
    if not loose:
        return False
    if tok.pos_ in ("PRON", "DET", "NUM") and tok.lower_ not in ("it", "this", "that", "what"):
        return True
    if tok.lower_ in _VAGUE_PEOPLE:
        return True
    return (
        any(
            c.dep_ == "prep" and c.lower_ == "of" and any(names_people(g, onto) for g in c.children)
            for c in tok.children
        )
        and tok.pos_ in ("NUM", "NOUN")
        and tok.lemma_.lower() in _QUANTITIES
    )


def _named_person(tok: Token) -> bool:
    """A name the tagger left untyped but told as a person: a two-word name or a
    name with an age ("Majid Rahimi, 23, was hanged")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "PERSON"):
        return False
    aged = any(c.dep_ == "appos" and c.like_num for c in tok.children)
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title for c in tok.children)
    return aged or (named and tok.is_title and tok.ent_type_ == "")


def _lemmas(tok: Token) -> set[str]:
    words = {tok.lemma_.lower(), tok.lower_}
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod"):
            words |= {child.lemma_.lower(), child.lower_}
    return words


def _has_patient(verb: Token) -> bool:
    """A direct object, a passive subject or agent, or a noun the participle modifies
    ("evidence *gathered* by researchers")."""
    if any(c.dep_ in ("dobj", "nsubjpass", "agent") and not _time_object(c) for c in verb.children):
        return True
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD")


_TIME_NOUNS = {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month"}


def _to_death(verb: Token) -> bool:
    """ "was burned *to death*": whoever it was done to was a person."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(g.lemma_.lower() == "death" for g in c.children)
        for c in verb.children
    )


def _time_object(obj: Token) -> bool:
    """A time phrase misparsed as an object: "students gathered *that evening*"."""
    return obj.dep_ == "dobj" and (
        obj.ent_type_ in ("DATE", "TIME") or obj.lemma_.lower() in _TIME_NOUNS
    )


def _objects_match(verb: Token, allowed: frozenset[str], onto: Ontology) -> bool:
    objs = _objects(verb)
    if "_intransitive" in allowed and not _has_patient(verb):
        return True
    events = event_nouns()
    for obj in objs:
        # "protests were held": an event noun names no people
        if "_person" in allowed and obj.lemma_.lower() not in events and names_people(obj, onto):
            return True
        if "_thing" in allowed and not names_people(obj, onto, loose=False) and not _to_death(verb):
            return True
        head = obj.lemma_.lower()
        words = _lemmas(obj) if head not in events or head in allowed else {head}
        if words & allowed:  # "held a sit-in *strike*" holds a strike, not a sit-in
            return True
    return False


def noun_type(tok: Token, lex: TypeLexicon, onto: Ontology) -> str | None:
    """The type an event noun cues, after modifier checks, or None."""
    lemma = tok.lemma_.lower()
    mods = _modifiers(tok)
    if tok.head.pos_ == "NOUN" and tok.head.i < tok.i and tok.dep_ != "conj":
        mods.add(tok.head.lemma_.lower())  # misparsed compounds: "missile and drone strikes"
    if lemma == "strike" and mods & onto.words("military_strike_modifiers"):
        return "attack" if lex.name == "strike" else None
    if lemma == "massacre" and lex.name == "attack":
        return "execution" if mods & onto.words("prisoner_nouns") else "attack"
    if lemma == "sentence" and cl.carried_out(tok, onto):
        if lex.name != "sentencing" or mods & onto.words("non_capital_penalties"):
            return None
        return "execution"
    if mods & lex.noun_blocks.get(lemma, frozenset()):
        return None
    if lemma in onto.words("anchored_nouns") and not nar.anchored_use(tok):
        return None
    needs = lex.noun_needs.get(lemma)
    if needs is not None and not _needs_met(tok, needs, mods, onto):
        return None
    return lex.name


def _needs_met(tok: Token, needs: frozenset[str], mods: set[str], onto: Ontology) -> bool:
    """Whether an ambiguous event noun has what makes it an event: a person
    complement ("the death *of a student*"), a plural ("deaths"), or a needed word
    among its modifiers or in its sentence ("a national shutdown of the *internet*")."""
    if "_person" in needs and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(names_people(g, onto) for g in c.children)
        for c in tok.children
    ):
        return True
    if "_plural" in needs and tok.tag_ == "NNS":
        return True
    if mods & needs:
        return True
    if "_sentence" not in needs:
        return False
    return bool(nar.context_words(tok, 2 if "_context" in needs else 0) & needs)


def _modifiers(tok: Token) -> set[str]:
    """Lemmas of the compounds, adjectives and "of" complements of ``tok``."""
    words: set[str] = set()
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "nmod", "poss"):
            words.add(child.lemma_.lower())
            words |= {g.lemma_.lower() for g in child.children if g.dep_ in ("compound", "conj")}
        elif child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for pobj in child.children:
                words.add(pobj.lemma_.lower())
                words |= {g.lemma_.lower() for g in pobj.children if g.dep_ in ("amod", "compound")}
    return words
