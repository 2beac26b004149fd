"""Who is speaking: lexicon, fullest names, pronouns and subjects of reporting verbs.

Private helper of :mod:`unrest.extract.sources`. :class:`Speakers` turns the
subject of a reporting verb ("Shamkhani", "she", "the regime's officials",
"witnesses") into a :class:`~unrest.model.Source` whose name is the fullest
form the article gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Doc, Span, Token

from unrest.errors import ConfigError
from unrest.model import AUTHOR, Source
from unrest.nlp import doc_text

_LEXICON_FILE = "reporting.yaml"
_SET_KEYS = (
    "reporting_verbs",
    "quote_verbs",
    "chant_verbs",
    "slogan_nouns",
    "crowd_nouns",
    "unnamed_heads",
    "report_nouns",
    "hedge_adverbs",
    "document_nouns",
    "speech_nouns",
    "honorifics",
    "title_words",
    "org_words",
    "evidence_nouns",
    "evidence_verbs",
    "proxy_nouns",
    "backref_nouns",
    "record_verbs",
)
_PHRASE_KEYS = ("hedge_phrases", "anonymity_phrases")
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them"})
_NAME_GLUE = frozenset({"of", "for", "the", "and", "'s", "’s", "-", "de", "al", "e", "-e"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "acl", "xcomp", "pcomp", "relcl"})
_TITLE_GLUE = frozenset({"of", "for", "on", "and", "the"})
_GENERIC_ORG_HEADS = frozenset({"organization", "organisation", "group", "body", "watchdog", "ngo"})
_FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
_PRONOUN_WINDOW = 6  # sentences looked back to resolve a pronoun


@dataclass(frozen=True)
class Lexicon:
    """Word lists of ``data/reporting.yaml`` as lower-case sets."""

    reporting_verbs: frozenset[str]
    quote_verbs: frozenset[str]
    chant_verbs: frozenset[str]
    slogan_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    unnamed_heads: frozenset[str]
    report_nouns: frozenset[str]
    hedge_adverbs: frozenset[str]
    document_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    honorifics: frozenset[str]
    title_words: frozenset[str]
    org_words: frozenset[str]
    evidence_nouns: frozenset[str]
    evidence_verbs: frozenset[str]
    proxy_nouns: frozenset[str]
    backref_nouns: frozenset[str]
    record_verbs: frozenset[str]
    hedge_phrases: tuple[str, ...]
    anonymity_phrases: tuple[str, ...]

    @property
    def voices(self) -> frozenset[str]:
        """Subjects whose quotations are slogans: signs and crowds."""
        return self.slogan_nouns | self.crowd_nouns


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
    missing = [k for k in (*_SET_KEYS, *_PHRASE_KEYS) if not isinstance(data.get(k), list)]
    if missing:
        raise ConfigError(f"unrest/data/{_LEXICON_FILE}: missing word lists {missing}")
    values: dict[str, Any] = {k: frozenset(str(w).lower() for w in data[k]) for k in _SET_KEYS}
    values.update({k: tuple(str(p).lower() for p in data[k]) for k in _PHRASE_KEYS})
    return Lexicon(**values)


def _is_acronym(text: str) -> bool:
    letters = text.replace("-", "").replace("/", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _strip_det(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    return tokens


def _cap_word(tok: Token) -> bool:
    """A capitalized word (not a sentence mark) that can be part of a title or name."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()


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
        self.named_orgs: list[tuple[int, str]] = []  # proper organization names only
        self.aliases: dict[str, str] = {}
        self._collect_entities()
        self._collect_aliases()
        self.surnames = {name.split()[-1].lower() for _, name in self.persons if " " in name}
        self.holders = self._collect_titles()
        self.outlets = _outlets(doc_text(doc))

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
            if _org_word(t, self.lex):
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
            if self._proper_org(ent):
                self.named_orgs.append((ent.start, _text(_strip_det(list(ent)))))
            if ent.label_ == "PERSON" or (ent.label_ == "ORG" and 2 <= len(ent) <= 3):
                tokens = self.name_tokens(ent)
                if self._looks_like_person(tokens) and (ent.label_ == "PERSON" or len(tokens) >= 2):
                    self.persons.append((tokens[0].i, _text(tokens)))

    def _proper_org(self, ent: Span) -> bool:
        """Whether an entity is an organization's proper name ("Global Rights Monitor")."""
        words = [t for t in ent if not (t.is_punct or t.dep_ == "det")]
        if not words or ent.label_ in ("NORP", "GPE", "LOC", "DATE", "TIME", "CARDINAL"):
            return False
        if ent.label_ == "ORG" and (len(words) > 1 or _is_acronym(words[0].text)):
            return True
        caps = all(t.text[:1].isupper() or t.lower_ in _NAME_GLUE for t in words)
        return caps and len(words) > 1 and any(t.lower_ in self.lex.org_words for t in words)

    def _collect_titles(self) -> list[tuple[int, frozenset[str], str]]:
        """(index, title words, name) of persons named with a title ("Interior Minister X").

        The title is the run of capitalized or title words just before the name, or
        the common-noun apposition after it ("X, the judiciary spokesman,").
        """
        holders = []
        for i, name in self.persons:
            words: set[str] = set()
            k = i - 1
            while k >= 0:
                t = self.doc[k]
                if "\n" in t.text or "\n" in t.whitespace_ or t.is_punct:
                    break
                if not (t.text[:1].isupper() or t.lower_ in self.lex.title_words):
                    break
                words.add(t.lower_.rstrip("."))
                k -= 1
            end = name.split()[-1]
            last = next((t for t in self.doc[i : i + 8] if t.text == end), None)
            if last is not None:
                for app in (c for c in last.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
                    words |= {t.lower_ for t in app.subtree if t.dep_ in ("compound", "amod")}
                    words.add(app.lower_)
            if words & self.lex.title_words:
                holders.append((i, frozenset(words), self.fullest_person(name, i)))
        return holders

    def holder_of(self, words: set[str], at: int) -> str | None:
        """The one person the article gives the title ``words`` ("the minister"), if one."""
        if not words & self.lex.title_words:
            return None
        names = {n for i, w, n in self.holders if words <= w}
        before = [n for i, w, n in self.holders if words <= w and i < at]
        if len(names) == 1:
            return names.pop()
        return before[-1] if before and len(set(before)) == 1 else None

    def fuller_title(self, tokens: list[Token]) -> str | None:
        """The longest capitalized form of a title in the article ("UN High Commissioner
        for Human Rights" for "High Commissioner"), or None when there is none longer."""
        words = [t.text for t in tokens]
        if not words or not all(w[:1].isupper() for w in words):
            return None
        best: list[Token] = list(tokens)
        n = len(words)
        for k in range(len(self.doc) - n + 1):
            if [t.text for t in self.doc[k : k + n]] != words:
                continue
            found = self._extend_title(k, k + n)
            if len(found) > len(best):
                best = found
        return _text(best) if len(best) > len(tokens) else None

    def _extend_title(self, start: int, end: int) -> list[Token]:
        """Capitalized words around ``doc[start:end]``, and "for/of Capitalized ..." after."""
        doc = self.doc
        while start > 0 and "\n" not in doc[start - 1].whitespace_:
            if not _cap_word(doc[start - 1]) or doc[start - 1].lower_ in _NAME_GLUE:
                break
            start -= 1
        k = end
        while k < len(doc) and "\n" not in doc[k - 1].whitespace_:
            glue = doc[k].lower_ in _TITLE_GLUE and k + 1 < len(doc) and _cap_word(doc[k + 1])
            if not (glue or _cap_word(doc[k])):
                break
            k += 1
        return list(doc[start:k])

    def org_before(self, at: int, head: str) -> str | None:
        """The organization "the <head>" refers back to: last named one before ``at``.

        One whose name holds ``head`` ("the ministry" -> "Interior Ministry") wins;
        a generic head ("the organization", "the group") takes the last named
        organization that spoke, else the last one named.
        """
        before = [(i, n) for i, n in self.named_orgs if i < at]
        for _, name in reversed(before):
            if head in name.lower().split():
                return name
        if head not in _GENERIC_ORG_HEADS:
            return None
        for i, name in reversed(before):
            if self._speaks(i):
                return name
        return before[-1][1] if before else None

    def _speaks(self, i: int) -> bool:
        """Whether the name at token ``i`` is the subject of a reporting verb or "according to"."""
        root = self.doc[i]
        while root.head.i != root.i and root.head.i < i + 8 and root.dep_ in ("compound", "amod"):
            root = root.head
        head = root.head
        if root.dep_ in ("nsubj", "agent") and head.lemma_.lower() in self.lex.reporting_verbs:
            return True
        return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"

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

    def verb_source(self, verb: Token) -> tuple[Token | None, Source | None, bool]:
        """(subject, who it is, passive) for a reporting verb.

        A finite main verb the parser left without a subject ("X, which ...,
        says") takes the noun phrase just before it; a speaker "speaking on
        condition of anonymity" is nobody in particular.
        """
        subj, passive = self.subject_of(verb)
        if subj is None and not passive:
            subj = self.loose_subject(verb)
        if subj is None:
            return None, None, passive
        source = self.speaker(subj)
        named = source is not None and source.kind in ("person", "organization")
        if source is not None and named and self._anonymous(verb, subj):
            return subj, Source("unnamed", None, source.text), False
        return subj, source, False

    def loose_subject(self, verb: Token) -> Token | None:
        """The noun phrase before a finite root verb that has no subject, skipping
        a relative clause and a comma ("the committee, which is ..., says")."""
        if verb.dep_ != "ROOT" or verb.tag_ not in ("VBZ", "VBD", "VBP"):
            return None
        k = verb.i - 1
        while k >= verb.sent.start:
            t = self.doc[k]
            rel = next((a for a in (t, *t.ancestors) if a.dep_ == "relcl" and a.i < verb.i), None)
            if t.is_punct or t.is_space:
                k -= 1
            elif rel is not None and rel.left_edge.i <= k:
                k = rel.left_edge.i - 1
            else:
                break
        if k < verb.sent.start:
            return None
        cand = self.doc[k]
        while cand.head.i < verb.i and cand.head.i != cand.i:
            if cand.dep_ == "compound":
                cand = cand.head
            elif cand.dep_ == "pobj" and cand.head.lower_ == "of":
                cand = cand.head.head
            else:
                break
        return cand if cand.pos_ in ("NOUN", "PROPN") else None

    def _anonymous(self, verb: Token, subj: Token) -> bool:
        low = verb.sent.text.lower()
        if not any(p in low for p in self.lex.anonymity_phrases):
            return False
        return not self._proper_name(subj)

    def speaker(self, tok: Token) -> Source | None:
        """Who ``tok`` (the subject of a reporting verb) is, or None when it is nobody."""
        if tok.lower_ in _FIRST_PERSON:
            return AUTHOR
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
                if cand.lemma_.lower() in self.lex.voices:
                    return None
                return self._role(cand)
        return None

    def _chain(self, tok: Token) -> list[Token]:
        """The proper-name words ending at ``tok``: compounds, modifiers, possessors."""
        start = tok.i
        sent_start = tok.sent.start
        while start - 1 >= sent_start:
            t = self.doc[start - 1]
            inside = start <= t.head.i <= tok.i and t.dep_ in ("compound", "amod", "nmod", "poss")
            if not ((t.dep_ == "case" and t.head.i == start - 2) or (inside and _capital(t))):
                break
            start -= 1
        return list(self.doc[start : tok.i + 1])

    def _proper_name(self, tok: Token) -> list[Token]:
        """The proper name the subject ``tok`` stands for: its own chain or an apposition."""
        own = self.names.name_tokens(self._chain(tok)) if self._proper(tok) else []
        if own and own[-1].i == tok.i:
            return own
        for app in self._appositions(tok):
            name = self.names.name_tokens(self._chain(app)) if app.pos_ == "PROPN" else []
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
        """A proper name: a person (fullest name, title kept in ``text``) or an organization."""
        text = _text(tokens)
        at = tokens[0].i
        last = tokens[-1]
        label = last.ent_type_
        chain = _strip_det(self._chain(last))
        phrase = self._phrase(subj)
        if self.names.is_known_surname(last.text) and not _is_acronym(last.text):
            return Source("person", self.names.fullest_person(text, at), phrase)
        if _text(chain) in self.names.outlets or text in self.names.outlets:
            return AUTHOR  # the article's own outlet ("videos verified by <outlet>")
        if self._org_like(chain, subj):
            return Source("organization", self._org_name(chain), phrase)
        if label == "PERSON" and not _is_acronym(last.text):
            return Source("person", self.names.fullest_person(text, at), phrase)
        if self._has_role(subj) or label not in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            return Source("person", self.names.fullest_person(text, at), phrase)
        return Source("organization", self._org_name(chain), phrase)

    def _org_name(self, chain: list[Token]) -> str:
        """The fullest name of an organization: "of/for" complements kept ("People's
        Mojahedin Organization of Iran"), acronyms expanded, short forms completed."""
        tokens = list(chain)
        head = tokens[-1]
        while True:
            preps = [c for c in head.rights if c.dep_ == "prep" and c.i == tokens[-1].i + 1]
            objs = [o for p in preps if p.lower_ in ("of", "for") for o in p.children]
            objs = [o for o in objs if o.dep_ == "pobj" and _capital(o) and o.pos_ == "PROPN"]
            if not objs or not all(
                _capital(t) or t.lower_ in _NAME_GLUE
                for t in self.doc[tokens[-1].i + 1 : objs[0].i + 1]
            ):
                break
            tokens = list(self.doc[tokens[0].i : objs[0].i + 1])
            head = objs[0]
        return self.names.fullest_org(_text(tokens), tokens[0].i)

    def _org_like(self, chain: list[Token], subj: Token) -> bool:
        """An organization's name: an organization word in it or in an apposition
        ("X, a Kurdish rights group"), or an acronym."""
        if any(_org_word(t, self.lex) for t in chain):
            return True
        if _is_acronym("".join(t.text for t in chain)):
            return True
        return any(
            a.pos_ == "NOUN" and a.lemma_.lower() in self.lex.org_words
            for a in self._appositions(subj)
        )

    def _phrase(self, subj: Token) -> str:
        """The subject as written, with its title or apposition ("X, special envoy for Y")."""
        tokens = _strip_det(list(self.doc[subj.left_edge.i : subj.i + 1]))
        apps = [a for a in self._appositions(subj) if a.i > subj.i]
        if apps:
            end = max(a.right_edge.i for a in apps)
            tokens = _strip_det(list(self.doc[tokens[0].i if tokens else subj.i : end + 1]))
        return _text(tokens) if tokens else subj.text

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
        if not text or lemma in self.lex.voices:
            return None
        plural = tok.tag_ in ("NNS", "NNPS")
        if lemma in self.lex.evidence_nouns | self.lex.document_nouns | self.lex.report_nouns:
            owner = self._evidence_owner(tok)
            if owner is not None:
                return owner
            if lemma in self.lex.document_nouns and not plural:
                return self._document_author(tok) or Source("unnamed", None, text)
            return Source("unnamed", None, text)
        if lemma in self.lex.unnamed_heads:
            return Source("unnamed", None, text)
        if not plural and lemma in self.lex.backref_nouns and self._definite_bare(tok, tokens):
            name = self.names.org_before(tok.i, lemma)
            if name is not None:
                return Source("organization", name, text)
        if plural or lemma in self.lex.org_words:
            return Source("organization", text, text)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        return Source("person", self._person_role(tok, tokens) or text, text)

    def _definite_bare(self, tok: Token, tokens: list[Token]) -> bool:
        """A definite head ("the organization") with no other words of its own."""
        det = [c for c in tok.children if c.dep_ == "det" and c.lower_ in ("the", "this", "that")]
        return bool(det) and len(tokens) == 1

    def _person_role(self, tok: Token, tokens: list[Token]) -> str | None:
        """The person a title stands for ("the minister" -> the one minister named),
        else its fullest form in the article ("High Commissioner" -> "UN High ...")."""
        words = {t.lower_ for t in tokens if t.dep_ in ("compound", "amod") or t.i == tok.i}
        holder = self.names.holder_of(words, tok.i)
        if holder is not None:
            return holder
        own = [t for t in tokens if t.i <= tok.i and not t.is_punct]
        return self.names.fuller_title(own)

    def _role_tokens(self, tok: Token) -> list[Token]:
        """The subject phrase without determiners, clauses or appositions after a comma."""
        stop = {"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"}
        right = tok.i
        for child in tok.rights:
            if child.dep_ in stop:
                break
            right = max(right, child.right_edge.i)
        return _strip_det(list(self.doc[tok.left_edge.i : right + 1]))

    def _evidence_owner(self, tok: Token) -> Source | None:
        """Whose evidence: "X's report", "information gathered by X", "a report from X"."""
        for child in tok.children:
            if child.dep_ == "poss":
                return self._owner(child)
        for child in tok.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                for agent in (c for c in child.children if c.dep_ == "agent"):
                    for obj in (c for c in agent.children if c.dep_ == "pobj"):
                        return self._owner(obj)
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for obj in (c for c in child.children if c.dep_ == "pobj"):
                    if obj.ent_type_ not in ("GPE", "LOC", "FAC"):
                        return self._owner(obj)
        return None

    def _owner(self, tok: Token) -> Source | None:
        """Who ``tok`` is as the author of evidence: "our team" is the article's author,
        "the network of X" is X."""
        if tok.lower_ in _FIRST_PERSON or any(
            c.dep_ == "poss" and c.lower_ in _FIRST_PERSON for c in tok.children
        ):
            return AUTHOR
        if tok.lemma_.lower() in self.lex.proxy_nouns:
            for prep in (c for c in tok.children if c.dep_ == "prep"):
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if self._proper_name(obj):
                        return self.speaker(obj)
        return self.speaker(tok)

    def _document_author(self, tok: Token) -> Source | None:
        """Who wrote "the piece": whoever had or published it earlier."""
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


_DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40},?[^()\n]{0,30}\(([A-Z][\w .&'-]{1,40})\)\s*[-–—]", re.M
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:\d{4}\s+)?([A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,4})"
)
_REPORTING_BY = re.compile(r"\(Reporting by ([A-Z][\w&-]*(?: [A-Z][\w&-]*){0,4})(?:'s|’s)")


def _outlets(text: str) -> frozenset[str]:
    """Names of the article's own outlet, from a wire dateline ("DUBAI, Nov 18 (X) -"),
    a credit line ("(Reporting by X's bureau") or a copyright line ("© 2019 X")."""
    found: set[str] = set()
    for pattern in (_DATELINE, _COPYRIGHT, _REPORTING_BY):
        found.update(m.group(1).strip() for m in pattern.finditer(text))
    return frozenset(n for n in found if n)


def _org_word(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is an organization word, singular or plural ("Councils")."""
    low = tok.lower_
    return low in lex.org_words or (low.endswith("s") and low[:-1] in lex.org_words)


def _capital(tok: Token) -> bool:
    """A capitalized word or a possessive mark inside a proper name."""
    return tok.text[:1].isupper() or tok.tag_ == "POS"
