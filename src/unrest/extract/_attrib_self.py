"""The document speaking of itself, and reports someone only received.

Private helper of :mod:`unrest.extract._names` and :mod:`unrest.extract.sources`.
A report or digest names its author in its heading ("Report of the Special
Rapporteur on ...", a line "NORTHWIND HUMAN RIGHTS CENTRE", "X Monitor daily
digest"); "the Centre documented ..." or "the Special Rapporteur notes ..." in its
body is then the author's own voice. "X received information that ...", by
contrast, is hearsay: nobody in particular asserts what X received.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from unrest.extract._attrib_masthead import initials, masthead_names
from unrest.extract._attrib_owner import FIRST_PERSON, RECEIVED
from unrest.extract._lexicon import Lexicon
from unrest.model import AUTHOR, Source

_HEAD_LINES = 12  # lines of the heading looked at
_BODY_LINE = 200  # a line this long is body text: the heading has ended
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*)*"
_REPORT_OF = re.compile(
    r"\b(?i:report|statement|submission|briefing|communication)\s+(?:of|by|from)\s+(?:the\s+)?"
    rf"({_NAME})"
)
_DIGEST = re.compile(
    rf"({_NAME})\s+(?:(?:daily|weekly|monthly)\s+)?(?:digest|newsletter|bulletin|round-up)\b"
)
_CAPS_LINE = re.compile(r"^[A-Z][A-Z'’ &-]{3,80}$")
_IRREGULAR = frozenset({"said", "says", "told", "tells", "wrote", "writes"})


def own_names(text: str, lex: Lexicon) -> tuple[tuple[str, ...], ...]:
    """The author names the heading of a document gives, as lower-case word tuples."""
    lines: list[str] = []
    for line in text.splitlines()[: _HEAD_LINES * 3]:
        line = line.strip()
        if not line:
            continue
        if len(line) > _BODY_LINE or len(lines) >= _HEAD_LINES:
            break
        lines.append(line)
    found: set[tuple[str, ...]] = set()
    for line in lines:
        names = [m.group(1) for m in _REPORT_OF.finditer(line) if not _reports_on(line, m, lex)]
        names += [m.group(1) for m in _DIGEST.finditer(line)]
        words = line.lower().split()
        if _CAPS_LINE.match(line) and words[-1] in lex.org_words:
            names.append(line)  # "NORTHWIND HUMAN RIGHTS CENTRE" on a line of its own
        for name in names:
            kept = tuple(w for w in name.lower().split() if w not in ("of", "for"))
            if kept:
                found.add(kept)
    if lines:
        found |= masthead_names(lines[0])
    found |= initials(found)
    return tuple(sorted(found))


def _reports_on(line: str, match: re.Match[str], lex: Lexicon) -> bool:
    """Whether a reporting verb follows "a statement by X" on its line: a sentence of
    the story telling what X's statement said, not a heading naming the author."""
    words = re.findall(r"[a-z]+", line[match.end() :].lower())
    return any(_reporting_form(w, lex) for w in words)


def _reporting_form(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a finite form of a reporting verb ("said", "reports", "noted")."""
    if word in _IRREGULAR:
        return True
    stems = (word[:-1], word[:-2]) if word.endswith(("s", "d")) else ()
    return any(stem in lex.reporting_verbs for stem in stems)


def is_own(tok: Token, chain: list[Token], names: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the capitalized phrase ``chain`` ending at ``tok`` ("the Centre", "the
    Special Rapporteur") names the document's own author."""
    if not names or not tok.text[:1].isupper():
        return False
    words = [t.lower_ for t in chain if t.pos_ != "DET" and not t.is_punct]
    if not words or words[-1] != tok.lower_:
        return False
    return any(words[-1] == name[-1] and set(words) <= set(name) for name in names)


def received(child: Token, head: Token, lex: Lexicon) -> Source | None:
    """Nobody in particular, for what ``head`` only received: "X received information
    that ..." (``child`` the clause), "X heard reports of ..."."""
    if head.lemma_.lower() not in RECEIVED or head.pos_ != "VERB":
        return None
    news = lex.report_nouns | lex.evidence_nouns
    objs = [c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in news]
    if not objs:
        return None
    if child.dep_ == "ccomp" or child.i == objs[0].i or that_conjunct(child):
        own = objs[0].lemma_.lower() not in lex.report_nouns  # footage, not information
        if first_person(head) and objs[0].tag_ != "NNS" and own:
            return AUTHOR  # "we received footage of ...": the writer's own material
        return Source("unnamed", None, objs[0].text)
    return None


def first_person(verb: Token) -> bool:
    """Whether the subject of ``verb`` is the writer ("we", "our office")."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if subj.lower_ in FIRST_PERSON:
            return True
        if any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in subj.children):
            return True
    return False


def that_conjunct(child: Token) -> bool:
    """A second "that" clause the parser joined to the verb ("received information that
    A, and that B"): a complement like the first."""
    return child.dep_ == "conj" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in child.children
    )


def writer_holds(noun: Token) -> bool:
    """Whether the report noun ``noun`` is material the writer has ("our office has
    information that ..."); what the writer received stays others' hearsay ("we have
    received information/reports that ...")."""
    verb = noun.head  # "we have received information that ..." stays hearsay too
    if noun.dep_ != "dobj" or noun.tag_ == "NNS" or verb.lemma_.lower() != "have":
        return False
    return first_person(verb)
