"""Attribution (according to whom) and direct quotes.

:class:`Attributor` answers, for one event mention, who the text says asserts
it: the author in its own voice, a named person or organization ("X said",
"according to X", a quotation by X), or nobody in particular ("it is reported
that", "witnesses said"). :func:`find_quotes` lists the direct quotations of a
document with their speakers. Word lists live in ``unrest/data/reporting.yaml``.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from unrest.extract._attrib_anon import anonymised
from unrest.extract._attrib_aside import figure_aside
from unrest.extract._attrib_blame import blamed, imputes
from unrest.extract._attrib_breaks import broken as _broken
from unrest.extract._attrib_byaccount import by_account
from unrest.extract._attrib_citing import cited
from unrest.extract._attrib_dashtag import headline_tag
from unrest.extract._attrib_edge import at_edge
from unrest.extract._attrib_felt import experiencer, named_as, stimulus
from unrest.extract._attrib_footage import shown_on_recording
from unrest.extract._attrib_hearsay import on_figure, report_clause, told_aside
from unrest.extract._attrib_insert import inside_subordinate
from unrest.extract._attrib_issue import issuer
from unrest.extract._attrib_kinowner import counsel_of_anonymous, kin_of_named
from unrest.extract._attrib_letter import letter_turns
from unrest.extract._attrib_media import media_owner
from unrest.extract._attrib_one import partitive_clause
from unrest.extract._attrib_quotes import in_answers
from unrest.extract._attrib_relclause import reporting_relatives
from unrest.extract._attrib_relwho import about_antecedent
from unrest.extract._attrib_revise import revised_count
from unrest.extract._attrib_scope import clause_break, opens_conjunct
from unrest.extract._attrib_segment import segment_source
from unrest.extract._attrib_self import received, that_conjunct, writer_holds
from unrest.extract._attrib_stray import stray_that
from unrest.extract._attrib_summary import issued_quotes, issuer_alias, relayed_document
from unrest.extract._attrib_tag import tagged_source
from unrest.extract._attrib_tally import ESTIMATE_MARKS, broadcaster, tally_owner
from unrest.extract._attrib_told import as_reported, closing_subject, own_complement
from unrest.extract._attrib_turns import speaker_turns, turn_at
from unrest.extract._attrib_verified import closing_evidence, existential_report, unvouched
from unrest.extract._names import Speakers
from unrest.extract._names_interview import inside
from unrest.extract._names_turns import interview
from unrest.extract._quote_list import QuoteSpan, quote_spans
from unrest.extract._quotes import QuoteFinder, RawQuote
from unrest.model import AUTHOR, Source
from unrest.nlp import doc_text

__all__ = ["Attributor", "QuoteSpan", "find_quotes"]

# Dependencies through which a reporting verb governs what is reported.
_COMPLEMENT_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "parataxis", "attr", "oprd", "nsubjpass", "dep", "pcomp"}
)
_ABOUT_PREPS = frozenset({"of", "about", "on", "over"})
_NOT_ABOUT = frozenset({"account", "behalf", "basis"})  # "on account of": a cause
_NOUN_COMPLEMENT_DEPS = frozenset({"acl", "ccomp", "relcl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Marks of clauses that still assert what they report ("..., while X said that ...").
_ASSERTING_MARKS = frozenset({"that", "whether", "while", "whereas", "although", "though", "as"})
_GIVING = frozenset({"give", "provide", "offer"})  # estimate verbs needing no "at"


def _governs(child: Token, speech_nouns: frozenset[str]) -> bool:
    """Whether ``child`` (on the path from a trigger up to a reporting verb) is reported.

    True for complements ("said that ..."), "spoke of ...", and speech nouns
    carrying the report ("said in a statement that ...").
    """
    if child.dep_ in _COMPLEMENT_DEPS or that_conjunct(child) or partitive_clause(child):
        return True
    if stray_that(child):
        return True  # "maintained until the end that ..."
    if child.dep_ not in ("prep", "agent"):
        return False
    if child.lower_ in _ABOUT_PREPS:
        return not any(c.lemma_.lower() in _NOT_ABOUT for c in child.children)
    return any(c.dep_ == "pobj" and c.lemma_.lower() in speech_nouns for c in child.children)


def _subordinate(verb: Token) -> bool:
    """Whether ``verb`` heads an adverbial clause ("before officials acknowledged ...").

    The parser sometimes makes such a clause the root and hangs the main clause
    under it; its verb then reports nothing.
    """
    return any(c.dep_ == "mark" and c.lower_ not in _ASSERTING_MARKS for c in verb.children)


class Attributor:
    """Who asserts what in one document: built once per Doc, asked once per mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.speakers = Speakers(doc)
        self.lex = self.speakers.lex
        self._answers, self._interviewee = interview(doc, self.speakers.names)
        self.speakers.answers, self.speakers.interviewee = self._answers, self._interviewee
        self._issued, self._document_nouns = relayed_document(doc)
        self.quotes: list[RawQuote] = issued_quotes(
            self._issued,
            self._document_nouns,
            in_answers(
                QuoteFinder(doc, self.speakers).quotes(),
                self._answers,
                self._interviewee,
                doc_text(doc),
            ),
        )
        self._turns = [*speaker_turns(doc, self.speakers.names), *letter_turns(doc), *self._issued]
        self._hedges = [re.compile(r"\b" + re.escape(p) + r"\b") for p in self.lex.hedge_phrases]

    def source_for(self, trigger: Span, evidence: Span) -> Source:
        """Who the text says asserts the mention cued by ``trigger`` in ``evidence``.

        Looks, in this order, for a reporting verb governing the trigger, an
        "according to" phrase, a hedge ("reportedly", "by all accounts"), a
        report noun ("reports of ..."), and a quotation enclosing the trigger.
        Nobody in particular found inside a named speaker's quotation gives way
        to the speaker. With none found, the interviewee asserts what an answer
        of a question-and-answer interview tells, the speaker of a transcript's turn
        what the turn tells, the author anything else.
        """
        source = self._source_for(trigger.root)
        if (
            issuer := issuer_alias(self._issued, self._document_nouns, source, trigger.root.idx)
        ) is not None:
            return issuer  # "the indictment says" in a relayed indictment: its issuer
        if kin_of_named(self.speakers, source, trigger.root):
            return source  # "His mother said" after the son is named: a source named as written
        if counsel_of_anonymous(self.speakers, source, trigger.root):
            return Source("unnamed", None, source.text)  # "his lawyer said" of no one named
        return anonymised(source, self.lex.private_people)

    def _source_for(self, tok: Token) -> Source:
        """The body of :meth:`source_for`, before private people become nobody."""
        for finder in (
            self._verb_frame,
            self._felt,
            self._according_to,
            self._by_account,
            self._passive_report,
            self._noun_frame,
            self._hedge,
            self._quoted,
        ):
            source = finder(tok)
            if source is not None and source.kind == "author":
                return self._quoted(tok) or self._turn(tok) or source  # "our researchers" quoted
            if source is not None and source.kind == "unnamed":
                if (named := self._named_beside(tok)) is not None:
                    return named  # "a news agency, citing officials of X, reported"
                quoted = self._quoted(tok)  # "there are reports ..." in a named speaker's quote
                return quoted if quoted is not None and _named(quoted) else source
            if source is not None:
                return cited(self.speakers, tok, False, source) or source
        counted = tally_owner(self.speakers, tok) or broadcaster(self.speakers, tok)
        return (
            counted
            or self._answered(tok)
            or self._turn(tok)
            or tagged_source(self.speakers, tok)  # "X: 304 killed", "12 injured (hospital)"
            or headline_tag(self.speakers, tok)  # "... as toll rises to eight - rights group"
            or AUTHOR
        )

    def _named_beside(self, tok: Token) -> Source | None:
        """Someone named beside a report by nobody in particular: "a news agency, citing
        X, reported", "deaths were reported ..., according to X", "106 are believed
        killed, the figure X gave"."""
        if (named := cited(self.speakers, tok) or tally_owner(self.speakers, tok)) is not None:
            return named
        according = self._according_to(tok, report_clause(tok, self.lex.reporting_verbs))
        return according if according is not None and _named(according) else None

    def _turn(self, tok: Token) -> Source | None:
        """The speaker whose turn of a transcript holds the trigger."""
        return turn_at(self._turns, tok.idx)

    def _answered(self, tok: Token) -> Source | None:
        """The interviewee, for a trigger in an answer of a question-and-answer interview."""
        if self._interviewee is None or not inside(self._answers, tok.idx):
            return None
        return self._interviewee

    def _path(self, tok: Token) -> list[tuple[Token, Token]]:
        """(child, head) pairs from ``tok`` up to its sentence root."""
        pairs = []
        while tok.head.i != tok.i:
            pairs.append((tok, tok.head))
            tok = tok.head
        return pairs

    def _verb_frame(self, tok: Token) -> Source | None:
        """The subject of a reporting verb whose complement holds ``tok``.

        The innermost reporting verb answers unless it names nobody in particular
        and a reporting verb above it names someone: in "X said witnesses told
        her ..." the article attributes the report to X. Also a parenthetical
        reporting clause hanging off the trigger's clause ("X was blocked,
        NetWatch said, and ...") and evidence that speaks ("videos sent by X
        show ...").
        """
        inner: Source | None = None
        said = self._said_of(tok)  # "X recalled a march that organisers said drew ...":
        if said is not None and _named(said):  # the relative clause is the innermost report
            return said
        for child, head in self._path(tok):
            if head.i > tok.i and clause_break(tok, head, conjoined=True):
                break  # "A stormed the office, and one man died, officials said": B alone
            source = self._frame_source(child, head)
            if source is None:
                continue
            if _named(source):
                return source
            inner = inner or source
        if inner is not None:
            return inner
        found = self._parenthetical(tok) or self._trailing(tok) or self._said_of(tok)
        found = found or segment_source(self.speakers, tok, self._reports)  # "X says ...; ..."
        found = found or closing_evidence(tok, self.lex.evidence_verbs)  # "…, video showed."
        return found or shown_on_recording(tok, self.lex.evidence_verbs)  # "Videos … showed"

    def _felt(self, tok: Token) -> Source | None:
        """Someone named who "is appalled by" or "is concerned about" the event."""
        for child, head in self._path(tok):
            subj = experiencer(head) if stimulus(child, head) else None
            source = self.speakers.speaker(subj) if subj is not None else None
            if source is not None and _named(source):
                return source
        return None

    def _said_of(self, tok: Token) -> Source | None:
        """Who a relative clause of the trigger says holds of it: "a march that organisers
        said drew a million people", "the rally, which police said was illegal"."""
        relatives = [*(c for c in tok.children if c.dep_ == "relcl"), *reporting_relatives(tok)]
        for rel in (c for c in relatives if self._reports(c)):
            if any(c.dep_ == "ccomp" for c in rel.children):
                _, source, _ = self.speakers.verb_source(rel)
                if source is not None:
                    return source
        return None

    def _frame_source(self, child: Token, head: Token) -> Source | None:
        """Who ``head`` says asserts ``child``, when ``head`` is a reporting verb governing it."""
        if not self._reports(head):
            return None
        estimate = head.lemma_.lower() in self.lex.estimate_verbs  # all it holds is estimated
        estimate = estimate or revised_count(head, self.lex)  # "raised the toll to 118"
        if not (
            estimate
            or _governs(child, self.lex.speech_nouns)
            or blamed(child, head, self.lex)
            or named_as(child, head)  # "in what it described as a general strike"
        ):
            return None
        if _subordinate(head) and not _own_object(child, head):
            return None  # but "after prosecutors accused him of ...": what it reports
        if child.i < head.i and (_broken(child.right_edge, head) or figure_aside(child, head)):
            return None  # "killed hundreds - X says at least 304 -": X gives the figure only
        subj, source, passive = self.speakers.verb_source(head)
        if not self._evidence_ok(head, subj):
            return None
        if source is not None and source.kind == "unnamed" and self._shows(head, subj):
            return source if unvouched(subj) else AUTHOR  # "videos posted online showed"
        if source is not None:
            return source
        if subj is None and passive and head.lemma_.lower() not in self.lex.record_verbs:
            return Source("unnamed", None, head.text)
        if subj is not None and _claimant(subj, head, self.lex.reporting_verbs):
            return Source("unnamed", None, subj.text)  # "messages on social media claimed"
        return None

    def _shows(self, verb: Token, subj: Token | None) -> bool:
        """Evidence nobody owns that shows something ("videos showed"), not a report."""
        if subj is None or verb.lemma_.lower() not in self.lex.evidence_verbs:
            return False
        lemma = subj.lemma_.lower()
        hearsay = self.lex.report_nouns | self.lex.document_nouns
        return lemma in self.lex.evidence_nouns and lemma not in hearsay

    def _trailing(self, tok: Token) -> Source | None:
        """A reporting clause closing the sentence after a comma, however it was parsed
        ("…, the judiciary's news agency reported.", "…, said the agency."), or set
        between commas before the trigger ("X began, Shilan remembers, when Y ...")."""
        sent = tok.sent
        words = [t for t in sent if not (t.is_punct or t.is_space) and t.i != tok.i]
        for verb in reversed(words):
            if verb.lemma_.lower() not in self.lex.reporting_verbs or verb.pos_ == "ADJ":
                continue
            if verb.dep_ == "relcl" and self.doc[verb.left_edge.i - 1].text != ",":
                continue  # "a dissident it accused of ...": says nothing of the clause
            if about_antecedent(verb):
                continue  # "..., whom prosecutors accuse of ...": of the students only
            if own_complement(verb, after=True):
                continue  # it reports a complement of its own (not "told us")
            if verb.i < tok.i and not self._inserted(verb, sent):
                continue
            if verb.i > tok.i and clause_break(tok, verb, conjoined=True):
                return None  # "A stormed the office, and one man died, officials said"
            if _other_clause(tok, verb):
                continue
            first = tok if verb.i > tok.i else sent[0]
            subj = self._clause_subject(first, verb, sent)
            if subj is None and verb.i > tok.i:
                subj = closing_subject(tok, verb, self.lex.reporting_verbs)
            if subj is not None and not _broken(*sorted((tok, verb), key=lambda t: t.i)):
                return self.speakers.speaker(subj)
        return None

    def _inserted(self, verb: Token, sent: Span) -> bool:
        """Whether a reporting verb ends a clause set off by commas inside the sentence."""
        nxt = self.doc[verb.i + 1] if verb.i + 1 < sent.end else None
        return nxt is not None and nxt.text == "," and verb.i > sent.start + 2

    def _clause_subject(self, tok: Token, verb: Token, sent: Span) -> Token | None:
        """The noun phrase between the last comma and ``verb`` ("…, X said"), or after
        ``verb`` to the end of the sentence ("…, said X.")."""
        doc = self.doc
        commas = [t for t in doc[tok.i + 1 : verb.i] if t.text == ","]
        after = bool(commas) and commas[-1].i == verb.i - 1
        if after:
            phrase = [t for t in doc[verb.i + 1 : sent.end] if not (t.is_punct or t.is_space)]
            phrase = phrase[: next((k for k, t in enumerate(phrase) if t.pos_ == "VERB"), None)]
        elif commas:
            phrase = list(doc[commas[-1].i + 1 : verb.i])
        else:
            return None
        if not phrase or any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in phrase):
            return None  # a verb of its own, not a name ("Council for Organizing ...")
        inside = {t.i for t in phrase}
        nominal = ("NOUN", "PROPN", "PRON")
        heads = [t for t in phrase if t.head.i not in inside and t.pos_ in nominal]
        if not heads:
            return None
        return heads[0] if after else heads[-1]  # the head closes a phrase before the verb

    def _reports(self, verb: Token) -> bool:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        if lemma in self.lex.estimate_verbs:
            return self._estimates(verb)
        if self._claims(verb):
            return True  # "the ministry blamed the outage on ...", "raised the toll to 9"
        return lemma in self.lex.reporting_verbs or lemma in self.lex.evidence_verbs

    def _claims(self, verb: Token) -> bool:
        """A verb that reports by blaming or by revising a count: "the ministry blamed the
        outage on ...", "doctors raised the toll to 118"."""
        return imputes(verb, self.lex) or revised_count(verb, self.lex)

    def _estimates(self, verb: Token) -> bool:
        """An estimate: "put the death toll at 93", "put the toll as high as 40"."""
        counted = [
            c
            for c in verb.children
            if c.dep_ == "dobj" and c.lemma_.lower() in self.lex.estimate_nouns
        ]
        if verb.lemma_.lower() in _GIVING:
            return bool(counted)  # "local reports give a toll of three"
        after = (t for t in verb.subtree if t.i > verb.i)
        return bool(counted) and any(t.lower_ in ESTIMATE_MARKS for t in after)

    def _evidence_ok(self, verb: Token, subj: Token | None) -> bool:
        """An evidence verb ("show") reports only with evidence as its subject."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.reporting_verbs or lemma in self.lex.estimate_verbs:
            return True
        if self._claims(verb):
            return True
        if subj is None:
            return False
        nouns = self.lex.evidence_nouns | self.lex.document_nouns | self.lex.report_nouns
        if subj.lemma_.lower() in self.lex.org_words:  # "an inquiry finds that ..."
            return any(c.dep_ == "ccomp" for c in verb.children)
        return subj.lemma_.lower() in nouns

    def _parenthetical(self, tok: Token) -> Source | None:
        """A reporting clause with no complement of its own hanging off the trigger's
        clause or one above it: "…, the agency said, …"."""
        for node in (tok, *(h for _, h in self._path(tok))):
            for child in node.children:
                if child.dep_ not in ("parataxis", "advcl") or child.i < tok.sent.start:
                    continue
                if child.lemma_.lower() not in self.lex.reporting_verbs or child.pos_ != "VERB":
                    continue
                if _other_clause(tok, child):
                    continue
                if told_aside(child):
                    return Source("unnamed", None, child.text)  # "..., we are told, ..."
                if child.tag_ not in _FINITE and not as_reported(child):
                    continue  # "gathered to complain about prices": a purpose, not a report
                if own_complement(child, marked=True):
                    continue
                _, source, _ = self.speakers.verb_source(child)
                if source is not None:
                    return source
        return None

    def _according_to(self, tok: Token, within: set[int] | None = None) -> Source | None:
        """The X of "according to X" scoping over the trigger.

        The phrase scopes over the trigger's clause when it hangs on the trigger's
        path, and over the whole sentence when it opens or closes it; with
        ``within``, only when it hangs on one of those tokens.
        """
        ancestors = {tok.i, *(a.i for a in tok.ancestors)} if within is None else within
        sent = tok.sent
        for t in sent:
            if t.lower_ != "according" or t.i + 1 >= len(self.doc):
                continue
            to = self.doc[t.i + 1]
            if to.lower_ != "to":
                continue
            if within is not None and t.head.i not in within:
                continue
            scoped = t.head.i in ancestors | {sent.root.i} or at_edge(t, sent)
            if not (scoped or on_figure(t, ancestors)):
                continue
            if t.i > tok.i and clause_break(tok, t):
                continue  # "A rallied; B were detained, according to X": B alone
            if t.i > tok.i and opens_conjunct(t, tok):
                continue  # "fired tear gas and, according to X, live rounds": the rounds alone
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                source = self.speakers.speaker(objs[0])
                if source is not None and source.kind == "unnamed":
                    return self._named_partner(to, objs[0]) or source
                if source is not None:
                    return source
        return None

    def _by_account(self, tok: Token) -> Source | None:
        """The owner of "by his count", "by the ministry's estimate" over the trigger."""
        return by_account(self.speakers, tok)

    def _named_partner(self, to: Token, obj: Token) -> Source | None:
        """A proper name joined to an unnamed first source ("according to students and
        to the rights group X"): the one the text names."""
        others = [c for c in obj.children if c.dep_ == "conj"]
        for prep in (c for c in to.children if c.dep_ == "conj" and c.lower_ == "to"):
            others += [c for c in prep.children if c.dep_ == "pobj"]
        for other in others:
            if not any(t.pos_ == "PROPN" for t in other.subtree):
                continue
            source = self.speakers.speaker(other)
            if source is not None and _named(source):
                return source
        return None

    def _passive_report(self, tok: Token) -> Source | None:
        """Reported by nobody: "executions estimated to ...", "arrests reported in ..."."""
        for node in (tok, *(h for _, h in self._path(tok))):
            if node.pos_ in ("VERB", "AUX") and node.dep_ not in ("acl", "amod", "relcl"):
                break
            for child in node.children:
                if (
                    child.dep_ in ("acl", "amod")
                    and child.tag_ in ("VBN", "VBD")
                    and child.lemma_.lower() in self.lex.reporting_verbs
                ):
                    subj, _ = self.speakers.subject_of(child)
                    if subj is not None:
                        return self.speakers.speaker(subj)
                    return Source("unnamed", None, child.text)
        return None

    def _noun_frame(self, tok: Token) -> Source | None:
        """Whose report ("reports of arrests", "claims that ..."), else nobody in particular."""
        for child, head in self._path(tok):
            got = received(child, head, self.lex)
            if got is not None:
                return got  # "X received information that ...": hearsay
            if (noun := existential_report(child, head, self.lex.report_nouns)) is not None:
                return issuer(self.speakers, noun) or Source("unnamed", None, noun.text)
            if head.pos_ != "NOUN" or head.lemma_.lower() not in self.lex.report_nouns:
                continue
            if head.dep_ == "pobj" and head.head.lower_ in ("on", "by"):
                continue  # "on account of", "by all accounts" (a hedge, handled apart)
            about = child.dep_ == "prep" and child.lower_ in _ABOUT_PREPS
            if not (about or child.dep_ in _NOUN_COMPLEMENT_DEPS):
                continue
            for owner in head.children:
                if owner.dep_ in ("poss", "compound") and owner.pos_ == "PROPN":
                    source = self.speakers.speaker(owner)
                    if source is not None:
                        return source
            if (media := media_owner(head)) is not None:
                return media  # "Local media report that ...", "reports in foreign media"
            if writer_holds(head):
                return AUTHOR  # "our office has information that ...": the writer's
            return issuer(self.speakers, head) or Source("unnamed", None, head.text)
        return None

    def _hedge(self, tok: Token) -> Source | None:
        """A hedge in the sentence: "reportedly", "by all accounts", "is said to"."""
        sent = tok.sent
        scope = {tok.i, *(a.i for a in tok.ancestors)}
        for t in sent:
            if t.lower_ in self.lex.hedge_adverbs and t.head.i in scope:
                return Source("unnamed", None, t.text)
        low = sent.text.lower()
        for pattern in self._hedges:
            for match in pattern.finditer(low):
                first = self.doc.char_span(sent.start_char + match.start(), sent.end_char)
                if first is not None and first[0].i > tok.i and opens_conjunct(first[0], tok):
                    continue  # "fired tear gas and, according to witnesses, live rounds"
                return Source("unnamed", None, sent.text[match.start() : match.end()])
        return None

    def _quoted(self, tok: Token) -> Source | None:
        """The speaker of the innermost attributed quotation holding the trigger."""
        holding = [q for q in self.quotes if q.start <= tok.idx < q.end and not q.slogan]
        for quote in sorted(holding, key=lambda q: -q.depth):
            if quote.speaker is not None:
                return quote.speaker
        return None


def _own_object(child: Token, head: Token) -> bool:
    """Whether ``child`` is what the reporting verb ``head`` of an adverbial clause itself
    reports, after it: "after prosecutors accused him of ...", "after the government
    admitted shooting down the plane", "after the Guards admitted that they had ..."."""
    if child.i < head.i:
        return False
    if child.dep_ in ("prep", "xcomp", "pcomp", "dobj"):
        return True
    return child.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in child.children
    )


def _claimant(subj: Token, verb: Token, reporting: frozenset[str]) -> bool:
    """Whether ``subj``, a plural common noun the speaker rules name no one by, claims
    with the reporting ``verb`` ("messages shared online had claimed that ..."): nobody
    in particular asserts it, not the writer."""
    return subj.tag_ == "NNS" and subj.pos_ == "NOUN" and verb.lemma_.lower() in reporting


def _named(source: Source) -> bool:
    """Whether a source names someone (a person or an organization)."""
    return source.kind in ("person", "organization")


def find_quotes(doc: Doc, attributor: Attributor | None = None) -> list[QuoteSpan]:
    """Direct quotations with speakers (fullest name in the article); no slogans.

    See :func:`~unrest.extract._quote_list.quote_spans`; pass the document's
    ``attributor`` to reuse the quotations it has already found.
    """
    return quote_spans(doc, attributor if attributor is not None else Attributor(doc))


def _other_clause(tok: Token, verb: Token) -> bool:
    """Whether the reporting ``verb`` speaks of a clause other than the trigger ``tok``'s:
    a later coordinated clause ("A was cut, residents say, and shops stayed shut": A
    only) or a subordinate clause it is inserted in ("X was hanged, even though, his
    lawyer said, ...": of that clause)."""
    if verb.i < tok.i:
        return clause_break(verb, tok, conjoined=True)
    return verb.i > tok.i and inside_subordinate(tok, verb)
