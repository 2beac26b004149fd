"""Who is speaking: lexicon, fullest names, pronouns and subjects of reporting verbs.

Private helper of :mod:`unrest.extract.sources`. :class:`Speakers` turns the
subject of a reporting verb ("Shamkhani", "she", "the regime's officials",
"witnesses") into a :class:`~unrest.model.Source` whose name is the fullest
form the article gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Doc, Span, Token

from unrest.errors import ConfigError
from unrest.model import Source

_LEXICON_FILE = "reporting.yaml"
_SET_KEYS = (
    "reporting_verbs",
    "quote_verbs",
    "chant_verbs",
    "slogan_nouns",
    "unnamed_heads",
    "report_nouns",
    "hedge_adverbs",
    "document_nouns",
    "speech_nouns",
    "honorifics",
    "title_words",
    "org_words",
)
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them"})
_NAME_GLUE = frozenset({"of", "for", "the", "and", "'s", "’s", "-", "de", "al", "e", "-e"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "acl", "xcomp", "pcomp", "relcl"})
_PRONOUN_WINDOW = 6  # sentences looked back to resolve a pronoun


@dataclass(frozen=True)
class Lexicon:
    """Word lists of ``data/reporting.yaml`` as lower-case sets."""

    reporting_verbs: frozenset[str]
    quote_verbs: frozenset[str]
    chant_verbs: frozenset[str]
    slogan_nouns: frozenset[str]
    unnamed_heads: frozenset[str]
    report_nouns: frozenset[str]
    hedge_adverbs: frozenset[str]
    document_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    honorifics: frozenset[str]
    title_words: frozenset[str]
    org_words: frozenset[str]
    hedge_phrases: tuple[str, ...]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The attribution lexicon, loaded once from ``unrest/data/reporting.yaml``."""
    try:
        raw = resources.files("unrest.data").joinpath(_LEXICON_FILE).read_text("utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read unrest/data/{_LEXICON_FILE}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"unrest/data/{_LEXICON_FILE} must be a mapping of word lists")
    missing = [k for k in (*_SET_KEYS, "hedge_phrases") if not isinstance(data.get(k), list)]
    if missing:
        raise ConfigError(f"unrest/data/{_LEXICON_FILE}: missing word lists {missing}")
    sets = {k: frozenset(str(w).lower() for w in data[k]) for k in _SET_KEYS}
    phrases = tuple(str(p).lower() for p in data["hedge_phrases"])
    return Lexicon(**sets, hedge_phrases=phrases)


def _is_acronym(text: str) -> bool:
    letters = text.replace("-", "").replace("/", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    return tokens


def _text(tokens: list[Token]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return " ".join(doc[tokens[0].i : tokens[-1].i + 1].text.split())


class NameIndex:
    """People and organizations named in one document, for fullest-name lookups."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = lexicon()
        self.persons: list[tuple[int, str]] = []  # (token index, cleaned name) of each mention
        self.orgs: list[tuple[int, str]] = []
        self.aliases: dict[str, str] = {}
        self._collect_entities()
        self._collect_aliases()
        self.surnames = {name.split()[-1].lower() for _, name in self.persons if " " in name}

    def name_tokens(self, span: Span | list[Token]) -> list[Token]:
        """The name part of a span: after the last title word, no honorifics/possessives."""
        tokens = [t for t in span if not t.is_space and t.tag_ != "POS" and t.text not in ".,"]
        cut = 0
        for k, t in enumerate(tokens):
            low = t.lower_.rstrip(".")
            if (
                low in self.lex.title_words
                or low in self.lex.honorifics
                or not t.text[:1].isupper()
            ):
                cut = k + 1
        return tokens[cut:]

    def _looks_like_person(self, tokens: list[Token]) -> bool:
        if not 1 <= len(tokens) <= 4:
            return False
        for t in tokens:
            if "\n" in t.text or not t.text[:1].isupper() or _is_acronym(t.text):
                return False
            if not t.text.replace("-", "").replace("’", "").replace("'", "").isalpha():
                return False
            if t.lower_ in self.lex.org_words:
                return False
        return True

    def _collect_entities(self) -> None:
        for ent in self.doc.ents:
            if "\n" in ent.text.strip():
                continue
            if ent.label_ in ("ORG", "NORP") or (ent.label_ == "PERSON" and len(ent) > 4):
                name = _text(_strip_det(list(ent)))
                if name:
                    self.orgs.append((ent.start, name))
            if ent.label_ == "PERSON" or (ent.label_ == "ORG" and 2 <= len(ent) <= 3):
                tokens = self.name_tokens(ent)
                if self._looks_like_person(tokens) and (ent.label_ == "PERSON" or len(tokens) >= 2):
                    self.persons.append((tokens[0].i, _text(tokens)))

    def _collect_aliases(self) -> None:
        """Acronyms defined in parentheses: ``Full Name of Group (FNG / GRP)``."""
        for tok in self.doc:
            if tok.text != "(":
                continue
            inner: list[str] = []
            for t in self.doc[tok.i + 1 : tok.i + 10]:
                if t.text == ")" or "\n" in t.text:
                    break
                inner.extend(p for p in t.text.replace("/", "-").split("-") if _is_acronym(p))
            full = self._run_before(tok.i)
            if inner and full:
                for acro in inner:
                    self.aliases.setdefault(acro, full)

    def _run_before(self, i: int) -> str | None:
        """The capitalized multi-word name ending just before token ``i``."""
        k = i - 1
        while k >= 0:
            t = self.doc[k]
            if "\n" in t.whitespace_ or "\n" in t.text:
                break
            if not (t.text[:1].isupper() or t.lower_ in _NAME_GLUE):
                break
            k -= 1
        tokens = list(self.doc[k + 1 : i])
        while tokens and (tokens[0].lower_ in _NAME_GLUE or not tokens[0].text[:1].isupper()):
            tokens = tokens[1:]
        caps = [t for t in tokens if t.text[:1].isupper()]
        return _text(tokens) if len(caps) >= 2 else None

    def is_known_surname(self, word: str) -> bool:
        """Whether ``word`` is the last word of a multi-word person name in the article."""
        return word.lower() in self.surnames

    def fullest_person(self, name: str, at: int) -> str:
        """The longest person name in the article ending like ``name``; nearest before ``at``."""
        words = name.split()
        last = words[-1].lower()
        before = [(i, n) for i, n in self.persons if n.split()[-1].lower() == last and i <= at]
        after = [(i, n) for i, n in self.persons if n.split()[-1].lower() == last and i > at]
        for pool in (reversed(before), after):
            for _, cand in pool:
                if len(cand.split()) > len(words) and cand.lower().endswith(name.lower()):
                    return cand
        return name

    def fullest_org(self, name: str, at: int) -> str:
        """The full name of an organization: acronyms expanded, short forms completed."""
        if name in self.aliases:
            return self.aliases[name]
        if _is_acronym(name):
            for _, cand in self.orgs:
                initials = "".join(w[0] for w in cand.split() if w[:1].isupper())
                if initials == name and len(cand.split()) > 1:
                    return cand
            return name
        longer = [c for _, c in self.orgs if c.startswith(name + " ") and "\n" not in c]
        return max(longer, key=len) if longer else name

    def person_before(self, at: int, window_start: int) -> str | None:
        """The fullest name of the last person mentioned in ``[window_start, at)``."""
        for i, name in reversed(self.persons):
            if window_start <= i < at:
                return self.fullest_person(name, i)
        return None


class Speakers:
    """Resolve the subject of a reporting verb to a :class:`Source`."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = lexicon()
        self.names = NameIndex(doc)

    def subject_of(self, verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
        """The subject of ``verb`` (climbing participles and conjuncts) and whether passive."""
        for child in verb.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return (objs[0] if objs else None), False
        for child in verb.children:
            if child.dep_ in _SUBJECT_DEPS:
                passive = child.dep_ == "nsubjpass"
                return (None if passive else child), passive
        passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
        if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("acl", "amod"):
            return None, True
        if passive or depth >= 4 or verb.dep_ not in _CLIMB_DEPS or verb.head.i == verb.i:
            return None, passive
        if verb.dep_ == "xcomp" and verb.tag_ != "VBG":
            return None, False
        head = verb.head
        if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl":
            head = head.head  # "released a statement saying ..."
            if head.pos_ not in ("VERB", "AUX"):
                return None, False
        return self.subject_of(head, depth + 1)

    def speaker(self, tok: Token) -> Source | None:
        """Who ``tok`` (the subject of a reporting verb) is, or None when it is nobody."""
        if tok.pos_ == "PRON":
            return self._pronoun(tok)
        proper = self._proper_name(tok)
        if proper:
            return self._named(proper, tok)
        return self._role(tok)

    def _pronoun(self, tok: Token) -> Source | None:
        low = tok.lower_
        sent = tok.sent
        start = self._window_start(sent)
        if low in _PERSON_PRONOUNS:
            name = self.names.person_before(tok.i, start)
            return Source("person", name, tok.text) if name else None
        if low in _GROUP_PRONOUNS:
            return self._group_before(tok, start)
        return None

    def _window_start(self, sent: Span) -> int:
        start = sent.start
        for _ in range(_PRONOUN_WINDOW):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        return start

    def _group_before(self, tok: Token, start: int) -> Source | None:
        """Resolve "they" to the last plural subject (not a pronoun) before it."""
        for k in range(tok.i - 1, start - 1, -1):
            cand = self.doc[k]
            if cand.dep_ in ("nsubj", "nsubjpass") and cand.tag_ in ("NNS", "NNPS"):
                if cand.lemma_.lower() in self.lex.slogan_nouns:
                    return None
                return self._role(cand)
        return None

    def _proper_name(self, tok: Token) -> list[Token]:
        """The proper name the subject ``tok`` stands for: its own chain or an apposition."""
        chain = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        chain = [t for t in self.doc[chain[0].i if chain else tok.i : tok.i + 1]]
        own = self.names.name_tokens(chain) if self._proper(tok) else []
        if own and own[-1].i == tok.i:
            return own
        for app in self._appositions(tok):
            sub = [c for c in app.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
            span = list(self.doc[sub[0].i if sub else app.i : app.i + 1])
            name = self.names.name_tokens(span) if app.pos_ == "PROPN" else []
            if name and name[-1].i == app.i:
                return name
        return []

    def _proper(self, tok: Token) -> bool:
        """Whether ``tok`` is a proper noun, trusting capitals where the tagger may not."""
        if tok.pos_ == "PROPN":
            return True
        if not tok.text[:1].isupper() or tok.pos_ not in ("NOUN", "X", "ADJ"):
            return False
        first = next((t for t in tok.sent if not (t.is_punct or t.is_space)), tok)
        return first.i != tok.i or self.names.is_known_surname(tok.text)

    def _appositions(self, tok: Token) -> list[Token]:
        found = [c for c in tok.children if c.dep_ == "appos"]
        for prep in (c for c in tok.children if c.dep_ == "prep"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found.extend(c for c in pobj.children if c.dep_ == "appos")
        return found

    def _named(self, tokens: list[Token], subj: Token) -> Source:
        text = _text(tokens)
        at = tokens[0].i
        last = tokens[-1]
        label = last.ent_type_
        lowers = {t.lower_ for t in tokens}
        if self.names.is_known_surname(last.text) and not _is_acronym(last.text):
            return Source("person", self.names.fullest_person(text, at), text)
        if label == "PERSON" and not _is_acronym(last.text):
            return Source("person", self.names.fullest_person(text, at), text)
        if lowers & self.lex.org_words or _is_acronym(text.replace(" ", "")):
            return Source("organization", self.names.fullest_org(text, at), text)
        if self._has_role(subj) or label not in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            return Source("person", self.names.fullest_person(text, at), text)
        return Source("organization", self.names.fullest_org(text, at), text)

    def _has_role(self, subj: Token) -> bool:
        """Whether the subject carries a person's title or role ("Minister ..., Alavi")."""
        near = [subj, subj.head, *subj.children]
        near += [c for t in list(subj.children) for c in t.children if c.dep_ == "compound"]
        return any(t.lower_ in self.lex.title_words for t in near if t is not None)

    def _role(self, tok: Token) -> Source | None:
        """A subject named by its role or kind, as written."""
        lemma = tok.lemma_.lower()
        tokens = self._role_tokens(tok)
        text = _text(tokens)
        if not text:
            return None
        if lemma in self.lex.slogan_nouns:
            return None
        plural = tok.tag_ in ("NNS", "NNPS")
        if lemma in self.lex.document_nouns and not plural:
            return self._document_author(tok) or Source("unnamed", None, text)
        if lemma in self.lex.unnamed_heads:
            return Source("unnamed", None, text)
        if plural or lemma in self.lex.org_words:
            return Source("organization", text, text)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        return Source("person", text, text)

    def _role_tokens(self, tok: Token) -> list[Token]:
        """The subject phrase without determiners, clauses or appositions after a comma."""
        stop = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}
        right = tok.i
        for child in tok.rights:
            if child.dep_ in stop:
                break
            right = max(right, child.right_edge.i)
        return _strip_det(list(self.doc[tok.left_edge.i : right + 1]))

    def _document_author(self, tok: Token) -> Source | None:
        """Who wrote "the piece": its possessor, or whoever had/published it earlier."""
        for child in tok.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return self.speaker(child)
        lemma = tok.lemma_.lower()
        start = self._window_start(tok.sent)
        for k in range(tok.i - 1, start - 1, -1):
            cand = self.doc[k]
            if cand.lemma_.lower() != lemma or cand.dep_ not in ("dobj", "pobj"):
                continue
            verb = cand.head if cand.dep_ == "dobj" else cand.head.head
            subj, _ = self.subject_of(verb)
            if subj is not None and subj.lemma_.lower() not in self.lex.document_nouns:
                return self.speaker(subj)
        return None
