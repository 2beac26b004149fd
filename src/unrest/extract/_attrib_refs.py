"""Who a pronoun subject stands for: "he", "she" and "it" in a reporting clause.

Private helper of :mod:`unrest.extract._names`. "He" and "she" take the nearest
earlier person (one who spoke, a person named as a subject, or a single person
named by a role: "a shopkeeper who lived nearby"), skipping anyone the text
already showed to be of the other gender: by a description ("a mother of two",
"Mrs ...") or by the pronoun that last reported their words ("..., she said").
"It" takes the nearest earlier organization that spoke or was a subject.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from unrest.extract._attrib_kindgroup import several_of
from unrest.extract._lexicon import Lexicon
from unrest.extract._names_held_title import bare_title
from unrest.extract._names_interview import inside
from unrest.extract._names_marks import member_of, named_in_answer
from unrest.extract._tree import verbless_subject
from unrest.model import Source
from unrest.nlp import doc_text

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
IT_PRONOUNS = frozenset({"it", "its"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DESCRIBING = frozenset({"compound", "amod", "appos", "nmod", "poss"})
_PHRASE_DEPS = frozenset({"compound", "amod", "det", "poss", "case", "nmod", "punct"})


@dataclass(frozen=True)
class Candidate:
    """A person a later "he" or "she" may stand for: where, and who they are."""

    at: int
    source: Source
    tok: Token | None = None  # the word naming them, when it can be described


def pronoun_gender(word: str) -> str | None:
    """ "m" for "he"/"his", "f" for "she"/"her", else None."""
    low = word.lower()
    if low in MALE_PRONOUNS:
        return "m"
    if low in FEMALE_PRONOUNS:
        return "f"
    return None


class Referents:
    """Gender clues and role-named persons of one document, for pronoun resolution."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self._speaking: list[tuple[int, str]] | None = None
        self._roles: list[Token] | None = None
        self._speaking_nouns: list[Token] | None = None
        self._quoted: list[tuple[int, int]] | None = None

    def person_nouns(self) -> frozenset[str]:
        """Common nouns that name one person ("witness", "mother", "spokesman")."""
        lex = self.lex
        return (
            lex.person_nouns
            | lex.informant_nouns
            | lex.generic_person_nouns
            | lex.male_words
            | lex.female_words
        )

    def roles(self) -> list[Token]:
        """Subjects that name one person by a role or kind ("a shopkeeper", "the nurse",
        "a baker who lived nearby")."""
        if self._roles is None:
            nouns = self.person_nouns()
            found = [
                t
                for t in self.doc
                if (t.dep_ in _SUBJECTS or (t.dep_ == "ROOT" and t.left_edge.i == t.sent.start))
                and t.tag_ == "NN"
                and t.text.islower()
                and (t.lemma_.lower() in nouns or _who(t))
                and not several_of(t)  # "a group of troublemakers who ...": not one person
            ]
            found += [t for t in self.speaking_nouns() if t not in found]
            found += [t for t in self.doc if t.dep_ in _SUBJECTS and bare_title(t, self.lex)]
            found.sort(key=lambda t: t.i)
            self._roles = [whose_antecedent(t, nouns) or t for t in found]
        return self._roles

    def speaking_nouns(self) -> list[Token]:
        """Singular lower-case common nouns that report or quote words ("which the
        preacher called ..."): persons when the speaker resolver names them by an
        earlier, fuller description."""
        if self._speaking_nouns is None:
            verbs = self.lex.reporting_verbs | self.lex.quote_verbs
            nouns = self.person_nouns()
            self._speaking_nouns = [
                t
                for t in self.doc
                if t.dep_ == "nsubj"
                and t.tag_ == "NN"
                and t.text.islower()
                and t.head.lemma_.lower() in verbs
                and t.lemma_.lower() not in nouns
            ]
        return self._speaking_nouns

    def quoted(self) -> list[tuple[int, int]]:
        """Character ranges of the document's quotations."""
        if self._quoted is None:
            from unrest.extract._quotes import scan_marks  # _quotes builds on this module

            self._quoted = [(p.open, p.close) for p in scan_marks(doc_text(self.doc))]
        return self._quoted

    def speaking_pronouns(self) -> list[tuple[int, str]]:
        """(index, gender) of every "he"/"she" subject of a reporting or quoting verb."""
        if self._speaking is None:
            verbs = self.lex.reporting_verbs | self.lex.quote_verbs
            found = []
            for t in self.doc:
                gender = pronoun_gender(t.lower_) if t.dep_ in _SUBJECTS else None
                if gender is not None and t.head.lemma_.lower() in verbs:
                    found.append((t.i, gender))
            self._speaking = found
        return self._speaking

    def described_gender(self, tok: Token) -> str | None:
        """The gender a person's own description gives: "a mother", "Mrs X", "X, a father"."""
        words = [tok, *(c for c in tok.children if c.dep_ in _DESCRIBING)]
        words += [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]
        if tok.i > 0:
            words.append(self.doc[tok.i - 1])
        lows = {w.lower_.rstrip(".") for w in words} | {w.lemma_.lower() for w in words}
        male = bool(lows & self.lex.male_words)
        female = bool(lows & self.lex.female_words)
        if male != female:
            return "m" if male else "f"
        return None

    def _gender(self, cand: Candidate, until: int) -> str | None:
        """A candidate's gender: described, else that of the first pronoun that reported
        words in their sentence or the next, before anyone else was named (``until``)."""
        if cand.tok is not None:
            described = self.described_gender(cand.tok)
            if described is not None:
                return described
        near = self.doc[cand.at].sent.end
        if near < len(self.doc):
            near = self.doc[near].sent.end  # the candidate's sentence and the next one
        for i, gender in self.speaking_pronouns():
            if cand.at < i < min(until, near):
                return gender
        return None

    def person_for(self, pronoun: Token, candidates: Sequence[Candidate]) -> Source | None:
        """Who "he" or "she" at ``pronoun`` stands for, among earlier ``candidates``."""
        wanted = pronoun_gender(pronoun.lower_)
        ordered = sorted((c for c in candidates if c.at < pronoun.i), key=lambda c: c.at)
        for k in range(len(ordered) - 1, -1, -1):
            cand = ordered[k]
            until = ordered[k + 1].at if k + 1 < len(ordered) else pronoun.i
            gender = self._gender(cand, until)
            if wanted is None or gender is None or gender == wanted:
                return cand.source
        return None

    def role_candidates(
        self, start: int, at: int, who: Callable[[Token], Source | None]
    ) -> list[Candidate]:
        """Role-named persons between ``start`` and ``at``, as ``who`` resolves them."""
        found = []
        speaking = {t.i for t in self.speaking_nouns()}
        for tok in self.roles():
            if start <= tok.i < at:
                source = who(tok)
                kinds = ("person",) if tok.i in speaking else ("person", "unnamed")
                if tok.i in speaking and source is not None and source.name == source.text:
                    continue  # only one the article described before ("the preacher")
                if source is not None and source.kind in kinds:
                    found.append(Candidate(tok.i, source, tok))
        return found


def trailing_subject(verb: Token) -> Token | None:
    """The noun phrase set off by a comma just before a reporting verb the parser made a
    conjunct ("X were killed in Y, the network said"): the verb's own subject.

    None when a conjunction joins the verb to the clause before ("... and said").
    """
    doc = verb.doc
    head = verb.head
    if verb.i == 0 or any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    last = doc[verb.i - 1]
    if last.pos_ not in ("NOUN", "PROPN"):
        return None
    start = last.i
    while start - 1 > head.i:
        t = doc[start - 1]
        if t.dep_ not in _PHRASE_DEPS or not start - 1 < t.head.i <= last.i:
            break
        start -= 1
    return last if doc[start - 1].text == "," else None


def whose_antecedent(noun: Token, nouns: frozenset[str]) -> Token | None:
    """The person a "whose" clause describes when ``noun`` is the one it possesses ("a
    mother whose daughter was on the flight": the mother, not the daughter)."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
        return None
    rel = noun.head
    while rel.dep_ != "relcl" and rel.head.i != rel.i:
        rel = rel.head
    owner = rel.head
    return owner if rel.dep_ == "relcl" and owner.lemma_.lower() in nouns else None


def _who(noun: Token) -> bool:
    """Whether a relative clause of ``noun`` opens with "who": a person."""
    return any(
        c.dep_ == "relcl" and any(g.lower_ in ("who", "whom", "whose") for g in c.children)
        for c in noun.children
    )


def pronoun_source(sp: Speakers, tok: Token) -> Source | None:
    """Who the pronoun subject ``tok`` stands for ("he", "she", "they", "it")."""
    low = tok.lower_
    start = sp.window_start(tok.sent)
    if low in _PERSON_PRONOUNS:
        if sp.answers and sp.interviewee and inside(sp.answers, tok.idx):
            named = named_in_answer(sp, tok, person_candidates(sp, tok.i, start))
            return named or Source("person", sp.interviewee.name, tok.text)  # an answer
        found = sp.refs.person_for(tok, person_candidates(sp, tok.i, start))
        if found is None or found.kind != "person":
            return found
        return Source("person", found.name, tok.text)
    if low in _GROUP_PRONOUNS:
        return group_before(sp, tok, start)
    if low in IT_PRONOUNS:
        return org_for(sp, tok, start)
    return None


def person_candidates(sp: Speakers, at: int, start: int) -> list[Candidate]:
    """Whom "he" or "she" at ``at`` may stand for: persons who spoke (also "according
    to X"), persons named as the subject of a clause, and single persons named by a
    role; none inside a quotation, whose words are another speaker's."""
    doc = sp.doc
    found = [
        Candidate(i, s, doc[i]) for i, s in sp.history() if start <= i < at and s.kind == "person"
    ]
    for i, n in sp.names.persons:
        if start <= i < at and _speaking_name(doc, i, n):
            head = doc[min(i + len(n.split()), len(doc)) - 1]
            found.append(Candidate(i, Source("person", sp.names.fullest_person(n, i)), head))
    found += sp.refs.role_candidates(start, at, sp.speaker)
    found += _cited_persons(sp, start, at)
    quoted = sp.refs.quoted()
    return [c for c in found if not inside(quoted, doc[c.at].idx)]


def _cited_persons(sp: Speakers, start: int, at: int) -> list[Candidate]:
    """Persons cited by "according to X" between ``start`` and ``at``, however X names
    them ("according to the governor of X, Y Z,"): they spoke, as a subject would."""
    found = []
    for t in sp.doc[start:at]:
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
            source = sp.speaker(t)
            if source is not None and source.kind == "person":
                found.append(Candidate(t.i, source, t))
    return found


def _speaking_name(doc: Doc, i: int, name: str) -> bool:
    """Whether the person name starting at token ``i`` is the subject of its clause,
    the agent of a passive one ("was given by X") or the X of "according to X"."""
    for t in doc[i : i + len(name.split()) + 1]:
        if t.dep_ in _SUBJECTS:
            return True
        if t.dep_ == "appos" and t.head.dep_ in _SUBJECTS:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
            return True
        if t.dep_ == "pobj" and t.head.dep_ == "agent":
            return True  # "the toll was given by spokesman X. He said ...": the agent
        if verbless_subject(t):
            return True
    return False


def group_before(sp: Speakers, tok: Token, start: int) -> Source | None:
    """Resolve "they" to the last plural subject (not a pronoun) before it."""
    for k in range(tok.i - 1, start - 1, -1):
        cand = sp.doc[k]
        if cand.dep_ in _SUBJECTS and cand.tag_ in ("NNS", "NNPS"):
            if _told(cand, sp.lex) and not _told(tok, sp.lex):
                continue  # "X said that dozens were killed. They said ...": X
            if cand.lemma_.lower() in sp.lex.voices:
                return None
            if member_of(cand) is not None:
                return sp.speaker(cand)  # "our colleagues at the X Office"
            return sp._role(cand)
    return None


def org_for(sp: Speakers, pronoun: Token, start: int) -> Source | None:
    """The organization "it" stands for: the nearest earlier one that spoke or was
    the subject of a clause ("The X Organisation ... put the toll higher. It said")."""
    pool = [
        (i, s.name)
        for i, s in sp.history()
        if (s.kind == "organization" or _bare_name(sp.doc[i], s))
        and s.name
        and start <= i < pronoun.i
    ]
    for t in sp.doc[start : pronoun.i]:
        cited = t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"
        if (t.dep_ in _SUBJECTS or cited) and (
            t.pos_ == "PROPN" or t.lemma_.lower() in sp.lex.org_words
        ):
            if any(c.dep_ == "conj" for c in t.children) or _reported(t, sp.lex):
                continue  # "X and Y have been blocked": a pair, never "it"
            found = sp.speaker(t)
            if found is not None and found.kind == "organization" and found.name:
                pool.append((t.i, found.name))
    pool += [(i, n) for i, n, _ in sp.names.kinds if start <= i < pronoun.i]  # "X, a platform"
    if not pool:
        return None
    return Source("organization", max(pool, key=lambda pair: pair[0])[1], pronoun.text)


def _bare_name(tok: Token, source: Source) -> bool:
    """A one-word name the tagger did not take for a person's ("Hengaw reported"):
    "it" may stand for it."""
    return (
        source.kind == "person"
        and len((source.name or "").split()) == 1
        and (tok.ent_type_ != "PERSON")
    )


def _reported(subj: Token, lex: Lexicon) -> bool:
    """Whether ``subj`` is the subject of a clause another reports ("X said forces
    fired"): what X said happened, not who spoke."""
    verb = subj.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.reporting_verbs


def _told(subj: Token, lex: Lexicon) -> bool:
    """Whether ``subj`` is a subject somewhere inside what a reporting verb tells ("X
    said they had reports that some women had been assaulted"): not who spoke."""
    return any(a.lemma_.lower() in lex.reporting_verbs for a in subj.head.ancestors)


def named_after(sp: Speakers, role: Token) -> str | None:
    """The name the next two sentences give a person first named by a role: "the
    town's governor said ... The official, X Y, said" or "... X Y added that"."""
    doc = sp.doc
    if role.lemma_.lower() not in sp.lex.title_words | sp.refs.person_nouns():
        return None
    start = stop = role.sent.end
    for _ in range(2):
        if stop < len(doc):
            stop = doc[stop].sent.end
    same = {role.lemma_.lower()} | sp.lex.generic_person_nouns
    for t in doc[start:stop]:
        if t.pos_ == "NOUN" and t.lemma_.lower() in same and _the(t):
            if _other_kind(t, role):
                continue  # "the head of the city police" ... "the judiciary spokesman, X"
            for app in [c for c in t.children if c.dep_ == "appos"] + sp._split_subjects(t):
                name = _person_name(sp, app)
                if name is not None:
                    return sp.names.fullest_person(name, app.i)
        if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.lemma_.lower() == "add":
            name = _person_name(sp, t)
            last = (name or "").split()[-1:]
            known = any(n.split()[-1] in last for i, n in sp.names.persons if i < t.i - 3)
            if name and not known:
                return sp.names.fullest_person(name, t.i)  # named first when they go on
    return None


def _other_kind(noun: Token, role: Token) -> bool:
    """Whether ``noun`` is qualified by a word the ``role``'s phrase lacks ("the
    judiciary spokesman" after "the head of the city police"): someone else."""
    words = {t.lemma_.lower() for t in role.subtree}
    quals = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.is_alpha]
    return any(c.lemma_.lower() not in words for c in quals)


def _the(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in noun.children)


def _person_name(sp: Speakers, tok: Token) -> str | None:
    """The person's name ending at the proper noun ``tok``, if it is one."""
    if tok.pos_ != "PROPN":
        return None
    tokens = sp.names.name_tokens(sp._chain(tok))
    if not tokens or tokens[-1].i != tok.i:
        return None
    return " ".join(doc_text(tok.doc)[tokens[0].idx : tok.idx + len(tok)].split())


def crowd_member(tok: Token, lex: Lexicon) -> bool:
    """One person of a crowd ("one protester said"): someone who can be quoted, unlike
    the crowd ("protesters chanted")."""
    lemma = tok.lemma_.lower()
    return tok.tag_ == "NN" and lemma in lex.crowd_nouns and lemma in lex.person_nouns
