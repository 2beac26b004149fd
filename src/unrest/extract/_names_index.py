"""People and organizations named in one document, for fullest-name lookups.

Private helper of :mod:`unrest.extract.sources`: :class:`NameIndex` collects
the persons, organizations, titles and acronyms of a document once.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from unrest.extract._attrib_kindgroup import several_of
from unrest.extract._attrib_repeats import repeated
from unrest.extract._lexicon import Lexicon, lexicon
from unrest.extract._names_longform import initials, long_form
from unrest.extract._names_marks import strip_marks
from unrest.extract._tree import closed_list_apposition
from unrest.nlp import doc_text, entities

_NAME_GLUE = frozenset({"of", "for", "the", "and", "'s", "’s", "-", "de", "al", "e", "-e"})
_TITLE_GLUE = frozenset({"of", "for", "on", "and", "the"})
_GENERIC_ORG_HEADS = frozenset({"organization", "organisation", "group", "body", "watchdog", "ngo"})

# Words joining two names into a list of bodies ("Amnesty International and Human
# Rights Watch"): the longer phrase is not a fuller form of the first name, unless
# they join the nouns of its complement ("Ministry of Communications and ...").
_JOINING = frozenset({"and", "&", "or"})
_COMPLEMENT = frozenset({"of", "for", "on"})


def _is_acronym(text: str) -> bool:
    letters = text.replace("-", "").replace("/", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _strip_det(tokens: list[Token]) -> list[Token]:
    tokens = strip_marks(tokens)  # "4.3 A nurse ...": a section number, not the role
    while tokens and (tokens[0].dep_ == "det" or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].tag_ == "POS"):
        tokens = tokens[:-1]
    return tokens


def _cap_word(tok: Token) -> bool:
    """A capitalized word (not a sentence mark) that can be part of a title or name."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()


def _inner_hyphen(tok: Token) -> bool:
    """A hyphen glued between two capitalized words of one name ("Ghare-Hasanlou")."""
    doc = tok.doc
    if tok.text != "-" or tok.whitespace_ or tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    return not before.whitespace_ and before.text[:1].isupper() and after.text[:1].isupper()


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
        self.named_orgs = repeated(doc, self.named_orgs)
        self._collect_aliases()
        self.surnames = {name.split()[-1].lower() for _, name in self.persons if " " in name}
        self.holders = self._collect_titles()
        self.outlets = _outlets(doc_text(doc))
        # (index, name, kind) of organizations described by a kind: "the rights group Hengaw"
        self.kinds: list[tuple[int, str, str]] = []
        self.known_orgs = self._collect_org_names()

    def name_tokens(self, span: Span | list[Token]) -> list[Token]:
        """The name part of a span: after the last title word, no honorifics/possessives."""
        tokens = [t for t in span if not t.is_space and t.tag_ != "POS" and t.text not in ".,"]
        cut = 0
        for k, t in enumerate(tokens):
            low = t.lower_.rstrip(".")
            if (
                low in self.lex.title_words
                or low in self.lex.honorifics
                or not (t.text[:1].isupper() or _inner_hyphen(t))
            ):
                cut = k + 1
        return tokens[cut:]

    def _looks_like_person(self, tokens: list[Token]) -> bool:
        if not 1 <= len(tokens) <= 4:
            return False
        for t in tokens:
            if _inner_hyphen(t):
                continue  # "Ghare-Hasanlou", split in three tokens
            if "\n" in t.text or not t.text[:1].isupper() or _is_acronym(t.text):
                return False
            if not t.text.replace("-", "").replace("’", "").replace("'", "").isalpha():
                return False
            if _org_word(t, self.lex):
                return False
        return True

    def _collect_entities(self) -> None:
        for ent in entities(self.doc):
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
                words |= self._title_above(last)
            if words & self.lex.title_words:
                holders.append((i, frozenset(words), self.fullest_person(name, i)))
        return holders

    def _title_above(self, last: Token) -> set[str]:
        """Title words of the noun a name stands in apposition to ("The UN Special
        Rapporteur on ..., Javaid Rehman")."""
        head = last.head
        if last.dep_ == "nsubj":  # the parser's second subject: "The Rapporteur ..., X, said"
            head = next((c for c in last.head.children if c.dep_ == "nsubj" and c.i < last.i), head)
        elif last.dep_ != "appos" and last not in closed_list_apposition(head):
            return set()
        while head.dep_ == "pobj" and head.head.lower_ in ("of", "for", "in"):
            head = head.head.head  # "the governor of Fars, X": the title the place is of
        if head.lower_ not in self.lex.title_words or head.i == last.i:
            return set()
        mods = [t for t in head.children if t.dep_ in ("compound", "amod") and t.i < head.i]
        return {head.lower_, *(t.lower_.rstrip(".") for t in mods)}

    def _collect_org_names(self) -> frozenset[str]:
        """Names the article presents as organizations: "the rights group Hengaw",
        "Hengaw, a Kurdish rights group"."""
        found: set[str] = set()
        for ent in entities(self.doc):
            if ent.label_ in ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"):
                continue
            name = _text(_strip_det(list(ent)))
            before = self.doc[ent.start - 1] if ent.start > 0 else None
            if before is not None and _org_head(before, self.lex):
                found.add(name)  # "the news agency Mizan", however the tagger labels it
                self.kinds.append((ent.start, name, before.lemma_.lower()))
                for mod in (c for c in before.children if c.dep_ in ("compound", "amod")):
                    if mod.text.islower():  # "the activist group X": "the activists" later
                        self.kinds.append((ent.start, name, mod.lemma_.lower()))
            if ent.label_ in ("GPE", "LOC", "NORP"):
                continue
            for app in (c for c in ent.root.children if c.dep_ == "appos"):
                if _org_head(app, self.lex) and not several_of(app):  # not "a group of men"
                    found.add(name)
                    self.kinds.append((ent.start, name, app.lemma_.lower()))
        return frozenset(n for n in found if n)

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
            if self._office_of(found[0].i):
                continue  # "Office of the High Commissioner for X": a body's name
            if len(found) > len(best):
                best = found
        return _text(best) if len(best) > len(tokens) else None

    def _office_of(self, start: int) -> bool:
        """Whether the title starting at ``start`` ends a body's capitalized name as the
        complement of its "of" ("Office of the High Commissioner ...", "Office of the
        Prosecutor ..."): the body's name, not a fuller title of the person."""
        k = start - 1
        if k >= 0 and self.doc[k].lower_ == "the":
            k -= 1
        return k >= 1 and self.doc[k].lower_ == "of" and _cap_word(self.doc[k - 1])

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

        One whose name holds ``head`` ("the ministry" -> "Interior Ministry") wins,
        then one the article described so ("the rights group Hengaw"); a generic
        head ("the organization", "the group") takes the last named organization
        that spoke, else the last one named.
        """
        before = [(i, n) for i, n in self.named_orgs if i < at]
        for _, name in reversed(before):
            if head in name.lower().split():
                return name
        described = [name for i, name, kind in self.kinds if i < at and kind == head]
        if described:
            return described[-1]  # "the rights group Hengaw" ... "the group"
        if head not in _GENERIC_ORG_HEADS:
            return None
        for i, name in reversed(before):
            if self._speaks(i):
                return name
        return before[-1][1] if before else None

    def described_as(self, at: int, kind: str) -> str | None:
        """The last organization before ``at`` the article described by ``kind``
        ("the activist group X" for "the activists")."""
        found = [name for i, name, k in self.kinds if i < at and k == kind]
        return found[-1] if found else None

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
            run = self._run_before(tok.i)
            for acro in inner:
                full = long_form(self.doc, tok.i, acro, run)
                if full:
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
        return self.by_first_name(name, at) or name

    def by_first_name(self, name: str, at: int) -> str | None:
        """The one full name written before ``at`` that a lone first name ("Kaveh")
        stands for ("Kaveh Nazari"); None when the word is a surname or ambiguous."""
        if " " in name or name.lower() in self.surnames:
            return None
        full = {n for i, n in self.persons if i < at and n.split()[0].lower() == name.lower()}
        full = {n for n in full if len(n.split()) > 1}
        return full.pop() if len(full) == 1 else None

    def fullest_org(self, name: str, at: int) -> str:
        """The full name of an organization: acronyms expanded, short forms completed."""
        if name in self.aliases:
            return self.aliases[name]
        if _is_acronym(name):
            for _, cand in self.orgs:
                if initials(cand) == name and len(cand.split()) > 1:
                    return cand
            return name
        longer = [c for _, c in self.orgs if c.startswith(name + " ") and "\n" not in c]
        longer = [c for c in longer if any(ch.isalpha() for ch in c[len(name) :])]  # not "X 2020"
        if not set(name.lower().split()) & _COMPLEMENT:  # "Ministry of A and B": one body
            longer = [c for c in longer if c[len(name) :].split()[0] not in _JOINING]
        if longer:
            return _nearest_longer(self.orgs, longer, at)
        return self.described_outlet(name) or name

    def _positions(self, word: str) -> list[int]:
        """Indices of the tokens spelled ``word`` (an index of the Doc built on first use)."""
        index: dict[str, list[int]] | None = self.doc.user_data.get("unrest.names.positions")
        if index is None:
            index = {}
            for tok in self.doc:
                index.setdefault(tok.text, []).append(tok.i)
            self.doc.user_data["unrest.names.positions"] = index
        return index.get(word, [])

    def described_outlet(self, name: str) -> str | None:
        """An outlet's name with the medium the article gives it elsewhere: "Mizan",
        written "Mizan news agency" once, is named so."""
        words = name.split()
        n = len(words)
        for k in self._positions(words[0]):
            if k + n >= len(self.doc) or [t.text for t in self.doc[k : k + n]] != words:
                continue
            kind: list[Token] = []
            for t in self.doc[k + n : k + n + 3]:
                if not (t.is_lower and t.is_alpha) or t.pos_ not in ("NOUN", "ADJ", "PROPN"):
                    break  # "Radan told state television": a verb, not the outlet's medium
                kind.append(t)
                if t.lower_ in self.lex.medium_words and t.pos_ == "NOUN":
                    return name + " " + " ".join(w.text for w in kind)
        return None

    def person_before(self, at: int, window_start: int) -> str | None:
        """The fullest name of the last person mentioned in ``[window_start, at)``."""
        for i, name in reversed(self.persons):
            if window_start <= i < at:
                return self.fullest_person(name, i)
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


def _org_head(tok: Token, lex: Lexicon) -> bool:
    """A lower-case common noun naming a kind of organization ("group", "watchdog")."""
    return tok.pos_ == "NOUN" and tok.text.islower() and _org_word(tok, lex)


def _capital(tok: Token) -> bool:
    """A capitalized word or a possessive mark inside a proper name."""
    return tok.text[:1].isupper() or tok.tag_ == "POS"


def _nearest_longer(orgs: list[tuple[int, str]], longer: list[str], at: int) -> str:
    """The full name a short form ("the Ministry") stands for: the longest when all the
    longer names extend one another, else the last one named before ``at`` ("Ministry
    of X ... the Ministry said", not a "Ministry of Y" named later)."""
    longest = max(longer, key=len)
    if all(longest.startswith(c) for c in longer):
        return longest
    before = [c for i, c in orgs if i < at and c in longer]
    return before[-1] if before else longest
