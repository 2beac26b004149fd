"""Word lists for figures (private to ``figures`` and its helpers), from ``data/numbers.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from unrest.extract._numbers import lexicon


@dataclass(frozen=True)
class Words:
    """Lemma sets from ``data/numbers.yaml``."""

    location: frozenset[str]
    province: frozenset[str]
    group: frozenset[str]
    person: frozenset[str]
    person_suffixes: tuple[str, ...]
    non_count: frozenset[str]
    subset: frozenset[str]
    slogan: frozenset[str]
    reported_subset: frozenset[str]
    quantity: frozenset[str]
    months: frozenset[str]
    crowd: frozenset[str]
    kind_of: dict[str, str]
    phrases: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def words() -> Words:
    """The word lists, read once."""
    lex = lexicon()
    kinds: dict[str, str] = {}
    for kind, lemmas in lex.raw["kinds"].items():
        for lemma in lemmas:
            kinds.setdefault(str(lemma).lower(), str(kind))
    return Words(
        location=lex.words("location_nouns"),
        province=lex.words("province_nouns"),
        group=lex.words("group_nouns"),
        person=lex.words("person_nouns"),
        person_suffixes=tuple(lex.words("person_suffixes")),
        non_count=lex.words("non_count_nouns"),
        subset=lex.words("subset_markers"),
        slogan=lex.words("slogan_words"),
        reported_subset=lex.words("reported_subset_nouns"),
        quantity=lex.words("quantity_nouns"),
        months=lex.words("month_words"),
        crowd=lex.words("crowd_nouns"),
        kind_of=kinds,
        phrases={
            str(key): frozenset(str(w).lower() for w in values)
            for key, values in (lex.raw.get("phrase_kinds") or {}).items()
        },
    )


def lemma_of(tok: Token) -> str:
    """The lower-case lemma of ``tok``."""
    return tok.lemma_.lower()


def _pobjs(tok: Token, preps: set[str]) -> set[str]:
    return {
        lemma_of(g)
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    }


def phrase_kind(tok: Token) -> str | None:
    """The kind a verb phrase expresses: "stabbed *to death*" (killed), "taken *to
    hospital*" (injured), "taken *away*" (arrested), "received prison *terms*" (sentenced)."""
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
        return None
    phrases = words().phrases
    lemma = lemma_of(tok)
    if _pobjs(tok, {"to"}) & phrases.get("death_objects", frozenset()):
        return "killed"
    if _pobjs(tok, {"to", "in", "into"}) & phrases.get("hospital_objects", frozenset()):
        return "injured"
    if lemma in phrases.get("care_verbs", frozenset()) and any(
        _pobjs(t, {"for"}) & phrases.get("care_objects", frozenset())
        for t in [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    ):
        return "injured"  # "treated a dozen people for wounds": the "for" may hang on the object
    particles = phrases.get("away_particles", frozenset())
    if lemma in phrases.get("away_verbs", frozenset()) and any(
        c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in tok.children
    ):
        return "arrested"
    if lemma in phrases.get("penalty_verbs", frozenset()) and any(
        c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) in phrases.get("penalty_objects", ())
        for c in tok.children
    ):
        return "sentenced"
    return None


def kind_of(tok: Token) -> str | None:
    """The figure kind a predicate word expresses ("killed", "detainees", "death toll")."""
    lex_words = words()
    lemma = lemma_of(tok)
    own = lex_words.kind_of.get(lemma) or lex_words.kind_of.get(tok.text.lower())
    phrased = phrase_kind(tok) if own in (None, "injured") else None
    if phrased is not None and (own is None or phrased == "killed"):
        return phrased  # "beaten to death" is a killing; "sentenced to death" stays a sentence
    if lemma == "shoot":
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else tok
        if nxt.lower_ == "dead" or any(lemma_of(c) == "dead" for c in tok.children):
            return "killed"
    kind = lex_words.kind_of.get(lemma) or lex_words.kind_of.get(tok.text.lower())
    if lemma == "round" and not any(c.text.lower() == "up" for c in tok.children):
        return None
    return kind


def is_person_noun(noun: Token) -> bool:
    """A noun that names people ("protesters", "Kurds", "teachers")."""
    lexicon_words = words()
    lemma, text = lemma_of(noun), noun.text.lower()
    if lemma in lexicon_words.person or text in lexicon_words.person or noun.ent_type_ == "NORP":
        return True
    return text.endswith(lexicon_words.person_suffixes) and lemma not in lexicon_words.non_count


def counted_participle(noun: Token) -> bool:
    """A participle or adjective counted as people by what befell them: "dozens *of
    wounded*", "hundreds of *dead*", "thousands of *detained*"."""
    return (
        noun.pos_ in {"VERB", "ADJ"}
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and kind_of(noun) is not None
    )


def solar_year(text: str, prev: Token | None) -> bool:
    """A Solar Hijri year after its month ("detained in Azar *1398*")."""
    if prev is None or not prev.is_title or prev.lower_ not in words().months:
        return False
    return len(text) == 4 and text.isdigit() and 1300 <= int(text) < 1500
