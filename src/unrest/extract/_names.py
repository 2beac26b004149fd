"""Who is speaking: lexicon, fullest names, pronouns and subjects of reporting verbs.

Private helper of :mod:`unrest.extract.sources`. :class:`Speakers` turns the
subject of a reporting verb ("Shamkhani", "she", "the regime's officials",
"witnesses") into a :class:`~unrest.model.Source` whose name is the fullest
form the article gives.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from unrest.extract import _names_roles as roles
from unrest.extract._attrib_artefact import common_opener, opens_sentence
from unrest.extract._attrib_backref import role_org_before, spoken_org_before, spoken_since
from unrest.extract._attrib_clausename import clause_name, clause_span
from unrest.extract._attrib_conj import (
    conjunct_head,
    passive_conjunct,
    quoted_as,
    quoting_object,
)
from unrest.extract._attrib_gerund import gerund_subject
from unrest.extract._attrib_kindgroup import described_group
from unrest.extract._attrib_kindname import kind_named
from unrest.extract._attrib_masthead import this_outlet
from unrest.extract._attrib_mixed import bare_kin, mixed_plural
from unrest.extract._attrib_one import (
    named_compound,
    one_described,
    part_of_set,
    unlisted_speaker,
)
from unrest.extract._attrib_owner import FIRST_PERSON, document_author, evidence_owner
from unrest.extract._attrib_phrase import definite_the, possessed
from unrest.extract._attrib_possrole import role_holder
from unrest.extract._attrib_proxy import proxy_body
from unrest.extract._attrib_refs import (
    Referents,
    crowd_member,
    named_after,
    pronoun_source,
    trailing_subject,
)
from unrest.extract._attrib_relwho import relative_antecedent
from unrest.extract._attrib_rolename import speaker_named_next
from unrest.extract._attrib_saidbefore import said_before
from unrest.extract._attrib_self import is_own, own_names
from unrest.extract._attrib_single import single_person
from unrest.extract._attrib_turns import addressed
from unrest.extract._lexicon import Lexicon, lexicon
from unrest.extract._names_held_title import title_holder
from unrest.extract._names_index import NameIndex, _capital, _org_word, _text
from unrest.extract._names_lead import lead_speaker
from unrest.extract._names_marks import client_of, member_of
from unrest.extract._names_participle import participle_clause
from unrest.extract._names_proper import named_source
from unrest.extract._names_title import title_before
from unrest.extract._tree import closed_list_apposition
from unrest.model import AUTHOR, Source
from unrest.nlp import doc_text

__all__ = ["Lexicon", "NameIndex", "Speakers", "lexicon"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLIMB_DEPS = frozenset({"conj", "advcl", "acl", "xcomp", "pcomp", "relcl"})
_PRONOUN_WINDOW = 6  # sentences looked back to resolve a pronoun
# People a writer hears from without their being the writer's own staff ("our sources").
_OUTSIDE_INFORMANTS = frozenset({"source", "contact", "informant"})
# Entity types of names and numbers that never speak ("December", "Saturday"; not the
# noun "daily" of "the Siasat daily", which the tagger may take for a date).
_NOT_SPEAKERS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY"})
_MAX_REENTRY = 4  # a subject resolved within its own resolution this often is a cycle


class Speakers:
    """Resolve the subject of a reporting verb to a :class:`Source`."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = lexicon()
        self.names = NameIndex(doc)
        self._history: list[tuple[int, Source]] | None = None
        self.refs = Referents(doc, self.lex)
        self.own = own_names(doc_text(doc), self.lex)  # the author, as its heading names it
        self.answers: list[tuple[int, int]] = []  # answers of an interview, with
        self.interviewee: Source | None = None  # whose they are: set by the Attributor
        self._busy: dict[tuple[int, bool], int] = {}  # subjects being resolved: how deep

    def subject_of(self, verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
        """The subject of ``verb`` (climbing participles and conjuncts) and whether passive."""
        active = any(c.dep_ == "nsubj" for c in verb.children)
        for child in verb.children:
            if child.dep_ == "agent" and not active:  # not "X said by telephone"
                objs = [c for c in child.children if c.dep_ == "pobj"]
                return (objs[0] if objs else None), False
        subjects = [
            c for c in verb.children if c.dep_ in _SUBJECT_DEPS and not _opening_participle(c)
        ]
        if subjects:  # two subjects are a misparse: the nearest one speaks
            child = min(subjects, key=lambda c: abs(c.i - verb.i))
            child = clause_name(child) or child  # "Committee to Protect Reporters said"
            passive = child.dep_ == "nsubjpass"
            return (None if passive else child), passive
        if (told := gerund_subject(verb)) is not None:
            return told, False  # "sentenced despite telling the court ..."
        passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
        if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("acl", "amod"):
            return None, True
        if (quoted := quoted_as(verb)) is not None:
            return quoted, False  # "quoted the governor as saying"
        if passive or depth >= 4 or verb.dep_ not in _CLIMB_DEPS or verb.head.i == verb.i:
            return None, passive
        if verb.dep_ == "conj" and verb.lemma_.lower() in self.lex.reporting_verbs:
            closing = trailing_subject(verb)
            if closing is not None:  # "X was killed, the group said": no second clause
                return closing, False
        if verb.dep_ == "xcomp" and verb.tag_ != "VBG":
            return None, False
        if passive_conjunct(verb):
            return None, True  # "..., and accused of": nobody in particular accuses
        head = conjunct_head(verb)
        if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl":
            if verb.tag_ == "VBG" and not self._says_itself(head):
                return head, False  # "with rights groups saying ..."
            head = head.head  # "released a statement saying ..."
            if head.pos_ not in ("VERB", "AUX"):
                return None, False
        return self.subject_of(head, depth + 1)

    def _says_itself(self, noun: Token) -> bool:
        """A noun that carries words rather than speaks them ("a statement saying")."""
        lemma = noun.lemma_.lower()
        lex = self.lex
        carriers = lex.document_nouns | lex.speech_nouns | lex.report_nouns
        return lemma in carriers or lemma in lex.evidence_nouns

    def verb_source(self, verb: Token) -> tuple[Token | None, Source | None, bool]:
        """(subject, who it is, passive) for a reporting verb.

        A finite main verb the parser left without a subject ("X, which ...,
        says") takes the noun phrase just before it; a speaker "speaking on
        condition of anonymity" is nobody in particular.
        """
        subj, passive = self.subject_of(verb)
        if subj is None and not passive:
            subj = self.loose_subject(verb)
        subj = quoting_object(verb) or subj  # "IRNA quoted the governor as saying": he says
        subj = relative_antecedent(verb, subj) or subj  # "activists, who said ...": they
        if subj is None:
            return None, None, passive
        source = self.speaker(subj)
        named = source is not None and source.kind in ("person", "organization")
        if source is not None and named and self._anonymous(verb, subj):
            return subj, Source("unnamed", None, source.text), False
        return subj, source, False

    def loose_subject(self, verb: Token) -> Token | None:
        """The noun phrase before a finite root verb that has no subject, skipping
        a relative clause and a comma ("the committee, which is ..., says") and a
        participial one set off by a comma ("his colleague, interviewed in a kitchen in
        X, says": the colleague, not X)."""
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
            elif (part := participle_clause(t, verb)) is not None:
                k = part.i - 1
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
            elif cand.dep_ == "appos" and cand.pos_ == "NOUN" and cand.head.pos_ == "PROPN":
                cand = cand.head  # "Siamak, a 52-year-old baker, said"
            else:
                break
        while cand.dep_ == "conj" and cand.head.pos_ in ("NOUN", "PROPN") and cand.head.i < cand.i:
            if any(t.text == "," for t in self.doc[cand.head.i + 1 : cand.i]):
                break
            cand = cand.head  # "police and witnesses said": the first of them
        return cand if cand.pos_ in ("NOUN", "PROPN") else None

    def _anonymous(self, verb: Token, subj: Token) -> bool:
        low = verb.sent.text.lower()
        if not any(p in low for p in self.lex.anonymity_phrases):
            return False
        return not self._proper_name(subj)

    def speaker(self, tok: Token, own: bool = True) -> Source | None:
        """Who ``tok`` (the subject of a reporting verb) is, or None when it is nobody;
        with ``own``, the document's author when its heading names ``tok``.

        A subject asked about again and again while it is being resolved (evidence
        owned by a group that is cited for that evidence) is nobody at the bottom."""
        key = (tok.i, own)
        depth = self._busy.get(key, 0)
        if depth >= _MAX_REENTRY:
            return None
        self._busy[key] = depth + 1
        try:
            return self._speaker(tok, own)
        finally:
            self._busy[key] = depth

    def _speaker(self, tok: Token, own: bool) -> Source | None:
        """The body of :meth:`speaker`."""
        if tok.ent_type_ in _NOT_SPEAKERS and tok.pos_ in ("PROPN", "NUM"):
            return None  # "that December put the number at ...": a date the parser made speak
        if (described := one_described(tok)) is not None:
            found = self.speaker(described, own)  # "said one, a student who ..."
            if found is not None and found.kind == "person":
                return found
        owned = _first_person_owned(tok)
        if owned and tok.lemma_.lower() in _OUTSIDE_INFORMANTS:
            return Source("unnamed", None, tok.text)  # "our sources in the city report"
        if owned and (at := member_of(tok)) is not None:
            found = self.speaker(at)  # "our colleagues at the X Office said"
            if found is not None and found.kind == "organization":
                return found
        if owned and (staff := self._person_apposition(tok)) is not None:
            return named_source(self, staff, tok)  # "our lead researcher, Jane Doe, said"
        if tok.lower_ in FIRST_PERSON or owned or this_outlet(tok, self.lex):
            return AUTHOR  # "we", "our researchers", "this newspaper"
        if own and self.own and is_own(tok, self._chain(tok), self.own):
            return AUTHOR  # "the Centre documented ..." in the Centre's own report
        if tok.pos_ == "PRON":
            return pronoun_source(self, tok) or part_of_set(tok)  # "both said"
        if addressed(tok, self.lex.title_words):  # "Mr. Speaker, the judiciary said"
            app = next((c for c in tok.children if c.dep_ == "appos"), None)
            return self.speaker(app) if app is not None else None
        if (client := client_of(self, tok)) is not None:
            return client  # "the lawyer for X said": X's lawyer
        if (body := proxy_body(self, tok)) is not None:
            return body  # "activists with the X Collective said"
        named = self._name_after(tok) or self._named_group(tok)
        if named is not None:
            found = self.speaker(named)
            if found is not None and found.kind == "person" and self._medium(tok):
                return Source("organization", found.name, found.text)  # "the daily Etemad"
            return found
        if (clause := clause_span(tok)) is not None:  # "Committee to Protect Reporters"
            return Source("organization", _text(clause), _text(clause))
        if (holder := title_holder(self, tok)) is not None:
            return Source("person", holder, tok.text)  # "the Leader ..., Ayatollah X"
        proper = self._proper_name(tok) or named_compound(self, tok)
        if proper:
            return named_source(self, proper, tok)
        if (kind_name := kind_named(self, tok)) is not None:
            return kind_name  # "the Hengaw rights group said"
        return unlisted_speaker(self, tok) or self._role(tok) or part_of_set(tok)

    def history(self) -> list[tuple[int, Source]]:
        """(subject index, source) of every reporting verb whose subject names someone
        (not a pronoun), in text order; built once per document."""
        if self._history is None:
            found: list[tuple[int, Source]] = []
            self._history = found  # filled in text order: later speakers see earlier ones
            for verb in self.doc:
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.reporting_verbs:
                    continue
                subj, passive = self.subject_of(verb)
                if subj is None and not passive:
                    subj = self.loose_subject(verb)
                if subj is None or subj.pos_ == "PRON" or subj.lower_ in FIRST_PERSON:
                    continue
                source = self.speaker(subj)
                if source is not None and source.kind in ("person", "organization"):
                    found.append((subj.i, source))
            found.sort(key=lambda pair: pair[0])
        return self._history

    def window_start(self, sent: Span) -> int:
        start = sent.start
        for _ in range(_PRONOUN_WINDOW):
            if start == 0:
                break
            start = self.doc[start - 1].sent.start
        return start

    def _name_after(self, tok: Token) -> Token | None:
        """The proper name right after a common-noun subject that the parser split off
        ("the Kurdish rights group Hengaw said", "the monitor NetBlocks said")."""
        if tok.pos_ != "NOUN" or tok.i + 1 >= len(self.doc):
            return None
        name = self.doc[tok.i + 1]
        while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
            name = name.head
        if name.pos_ != "PROPN" or not name.text[:1].isupper():
            return None
        if name.dep_ in ("nsubj", "nsubjpass") and name.head.i == tok.head.i:
            return name
        appos = name.dep_ == "appos" and name.head.i == tok.i
        return name if appos and not self._comma(tok) else None

    def _named_group(self, tok: Token) -> Token | None:
        """A group named in apposition to a quantity the parser took for the subject
        ("..., killing 16 people, the Oslo-based group Iran Rights said")."""
        if tok.lemma_.lower() not in self.lex.unnamed_heads:
            return None
        for app in (c for c in tok.children if c.dep_ == "appos" and c.i > tok.i):
            if app.pos_ == "NOUN" and _org_word(app, self.lex):
                return self._name_after(app)
        return None

    def _kind_noun(self, tok: Token) -> bool:
        """A lower-case noun before a name telling its kind ("the rights group X")."""
        kinds = self.lex.medium_words | self.lex.org_words
        nominal = tok.pos_ in ("NOUN", "PROPN")  # "daily" may be tagged a proper noun
        return nominal and tok.text.islower() and (self._medium(tok) or tok.lower_ in kinds)

    def _medium(self, tok: Token) -> bool:
        """Whether a common noun names a news medium or an organization ("daily")."""
        return tok.lemma_.lower() in self.lex.medium_words | self.lex.org_words

    def _comma(self, tok: Token) -> bool:
        return tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].text == ","

    def _chain(self, tok: Token) -> list[Token]:
        """The proper-name words ending at ``tok``: compounds, modifiers, possessors."""
        start = tok.i
        sent_start = tok.sent.start
        while start - 1 >= sent_start:
            t = self.doc[start - 1]
            inside = start <= t.head.i <= tok.i and t.dep_ in ("compound", "amod", "nmod", "poss")
            glued = t.text == "-" and not t.whitespace_ and start - 2 >= sent_start
            if glued and _capital(self.doc[start - 2]) and not self.doc[start - 2].whitespace_:
                start -= 2  # "Ghare-Hasanlou": a hyphen inside the name, both parts
                continue
            if not ((t.dep_ == "case" and t.head.i == start - 2) or (inside and _capital(t))):
                break
            start -= 1
        return list(self.doc[start : tok.i + 1])

    def _proper_name(self, tok: Token) -> list[Token]:
        """The proper name the subject ``tok`` stands for: its own chain or an apposition."""
        tok = _hyphen_end(tok)  # "Amini-Rad said", parsed with "Amini" as the subject
        own = self.names.name_tokens(self._chain(tok)) if self._proper(tok) else []
        person = self._person_apposition(tok)
        if own and own[-1].i == tok.i and (person is None or tok.ent_type_ == "PERSON"):
            return own
        if person is not None:
            return person
        for app in self._appositions(tok):
            name = self.names.name_tokens(self._chain(app)) if app.pos_ == "PROPN" else []
            if name and name[-1].i == app.i:
                return name
        return []

    def _person_apposition(self, tok: Token) -> list[Token] | None:
        """A person's name in apposition to a title ("Georgia's Public Defender, Levan
        Ioseliani, said"): the name, not the title, is the speaker."""
        for app in [c for c in tok.children if c.dep_ == "appos"] + self._split_subjects(tok):
            if app.pos_ != "PROPN" or not self._person_like(app):
                continue
            name = self.names.name_tokens(self._chain(app))
            if name and name[-1].i == app.i:
                return name
        return None

    def _split_subjects(self, tok: Token) -> list[Token]:
        """A second subject the parser made of an apposition after a comma ("The UN
        Special Rapporteur on ..., Tomas Berg, said")."""
        if tok.dep_ != "nsubj" or tok.head.i == tok.i:
            return []
        return [
            c
            for c in tok.head.children
            if c.dep_ == "nsubj" and c.i > tok.i and self.doc[c.left_edge.i - 1].text == ","
        ]

    def _person_like(self, tok: Token) -> bool:
        """Whether a proper name is a person's: tagged so, or described by an age or a
        title in apposition ("Kaveh, a 41-year-old shopkeeper", "Azad, 27")."""
        if tok.ent_type_ == "PERSON":
            return True
        for app in (c for c in tok.children if c.dep_ == "appos"):
            if app.pos_ == "NUM" or app.lower_ in self.lex.title_words:
                return True
            if any(t.lower_ == "old" and t.i < app.i for t in app.subtree):
                return True
        return False

    def _proper(self, tok: Token) -> bool:
        """Whether ``tok`` is a proper noun, trusting capitals where the tagger may not."""
        if tok.pos_ == "PROPN":
            return not common_opener(tok, self.lex)  # not "Footage" opening a sentence
        if not tok.text[:1].isupper() or tok.pos_ not in ("NOUN", "X", "ADJ"):
            return False
        return not opens_sentence(tok) or self.names.is_known_surname(tok.text)

    def _appositions(self, tok: Token) -> list[Token]:
        found = [c for c in tok.children if c.dep_ == "appos"]
        for prep in (c for c in tok.children if c.dep_ == "prep"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                found.extend(c for c in pobj.children if c.dep_ == "appos")
                found.extend(closed_list_apposition(pobj))  # "of X and Y, Name Name,"
        return found

    def _role(self, tok: Token) -> Source | None:
        """A subject named by its role or kind, as written."""
        lemma = tok.lemma_.lower()
        tokens = roles.role_tokens(self, tok)
        text = _text(tokens)
        if crowd_member(tok, self.lex):
            return Source("unnamed", None, text)  # "one protester", quoted as a person
        if not text or lemma in self.lex.voices:
            return None
        plural = tok.tag_ in ("NNS", "NNPS")
        if single_person(tok, self.lex):
            named = speaker_named_next(self, tok, tokens)  # "an official ... X Y said"
            return Source("person", named or text, text)  # "a relative", "a fellow prisoner"
        if lemma in self.lex.evidence_nouns | self.lex.document_nouns | self.lex.report_nouns:
            owner = evidence_owner(self, tok)
            if owner is not None:
                return owner
            if lemma in self.lex.document_nouns and not plural:
                found = document_author(self, tok) or said_before(self, tok)
                return found or Source("unnamed", None, text)
            return Source("unnamed", None, text)
        definite = not plural and roles.definite(tok, tokens)
        informants = self.lex.informant_nouns | self.lex.peer_nouns  # in the plural
        if lemma in self.lex.backref_nouns and not plural and roles.definite(tok, tokens, True):
            name = role_org_before(self, tok, lemma) or self.names.org_before(tok.i, lemma)
            name = spoken_since(self, tok, lemma, name) if name else None
            name = name or spoken_org_before(self, tok, lemma)
            if name is not None:
                return Source("organization", name, text)
        owned = possessed(tok)
        if lemma in self.lex.org_words and any(c.dep_ == "poss" for c in tok.children):
            return Source("organization", text, text)  # "the Guards' intelligence organisation"
        kin = self.lex.kin_groups
        if mixed_plural(tok, self.lex.person_nouns | informants | kin) or bare_kin(tok, kin):
            return Source("unnamed", None, text)  # "families and lawyers", "relatives said"
        if lemma in self.lex.kin_groups or (plural and owned and lemma in informants):
            return Source("organization", text, text)  # "his family", "their lawyers"
        if plural and definite_the(tok) and (kind := self.names.described_as(tok.i, lemma)):
            return Source("organization", kind, text)  # "the activist group X" ... "the activists"
        if described_group(tok, self.lex.unnamed_heads):
            return Source("organization", text, text)  # "a rights group", not "groups"
        if lemma in self.lex.unnamed_heads or (plural and lemma in informants):
            return Source("unnamed", None, text)
        if plural or lemma in self.lex.org_words:
            return Source("organization", text, text)
        if tok.pos_ not in ("NOUN", "PROPN"):
            return None
        name = roles.person_role(self, tok, tokens) or role_holder(self, tok)
        if name is None and definite:
            name = roles.person_before(self, tok, lemma)
        if name is None and not plural:
            name = roles.described_before(self, tok, tokens)  # "the deputy governor"
        if name is None and not plural:
            name = title_before(self, tok, tokens)  # "the Minister of X ... the minister"
        if name is None:
            name = named_after(self, tok)  # "the governor said ... The official, X, said"
        if name is None:
            name = speaker_named_next(self, tok, tokens)  # "... X Y told the agency"
        if name is None:
            name = lead_speaker(self, tok, tokens)  # "the interim X of Y ... the preacher"
        return Source("person", name or text, text)


def _hyphen_end(tok: Token) -> Token:
    """The last part of a hyphenated proper name whose first part ``tok`` is ("Amini" of
    "Amini-Rad"), else ``tok``."""
    doc = tok.doc
    while (
        tok.i + 2 < len(doc)
        and not tok.whitespace_
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
        and _capital(doc[tok.i + 2])
    ):
        tok = doc[tok.i + 2]
    return tok


def _opening_participle(subj: Token) -> bool:
    """Whether a clausal subject is a participle clause opening the sentence and set off
    by a comma ("Addressing the rally, the commander ... said"): it tells when, not who."""
    if subj.dep_ != "csubj" or subj.tag_ != "VBG" or subj.i != subj.sent.start:
        return False
    return any(t.text == "," for t in subj.doc[subj.i + 1 : subj.head.i])


def _first_person_owned(tok: Token) -> bool:
    """Whether ``tok`` belongs to the writer ("our researchers", "my colleagues")."""
    return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in tok.children)
