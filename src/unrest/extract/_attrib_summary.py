"""A summary or translation of another body's document: whose voice its body is in.

Private helper of :mod:`unrest.extract.sources`. A monitor that relays an official
document it did not write heads it with the issuing body and says what it is
("OFFICE OF THE PUBLIC PROSECUTOR, TEHRAN PROVINCE" / "Summary of indictment, case
file 1401 (unofficial English summary prepared by the X Monitor)"; "MINISTRY OF
JUSTICE" / "Unofficial translation of the ruling"). What the body tells with no
reporting verb, it tells in the issuer's voice, as a reproduced letter does its
writer's: one turn of the issuer per paragraph, except the relaying outlet's own
notes ("Note from the Monitor: ...", "[Our note: ...]", "Editor's note: ...").
The second line must say that someone else made the summary ("unofficial",
"translation", "prepared by"): a body's own "Summary of findings presented to the
Council" under its own name is the author's text, not a relayed one.

Inside those turns the body also calls the issuer by the document ("the indictment
says", "according to the file") or by the issuer's function ("the prosecution
alleges", of a prosecutor's office): those are the issuer too.
The quotations inside those turns are the issuer's words likewise: one the
body gives to the document or the function ("the indictment opens by stating that
"..."") or to nobody ("officers who were "..."") is the issuer's.
Reads the document's text; writes nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from unrest.extract._attrib_turns import Turn, turn_at
from unrest.extract._quotes import RawQuote
from unrest.model import Source
from unrest.nlp import doc_text

_RELAYED = re.compile(
    r"^(?:(?:unofficial|english|official)\s+)*(?:summary|translation|excerpts?|abstract)\s+(?:of|from)\s+"
    r"(?:the\s+)?(\w+)",
    re.I,
)
_RELAYING = re.compile(r"\b(?:unofficial|translat(?:ion|ed)|prepared\s+by|compiled\s+by)\b", re.I)
_NOTE = re.compile(r"^[ \t]*(?:[\[(]|(?:\w+'?s'?\s+)?notes?\b)", re.I)
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SMALL = frozenset({"of", "the", "and", "for", "on", "in"})
_DOCUMENT_NOUNS = frozenset({"file", "document", "text", "summary"})
_MAX_HEADING_WORDS = 12
_STEM = 6  # "prosecution" and "prosecutor" share a root of this many letters


def _issuer_name(line: str) -> str | None:
    """The body a heading line names, in title case, or None if the line is no name."""
    words = line.replace(",", " , ").split()
    if not 1 < len(words) <= _MAX_HEADING_WORDS or any(ch.isdigit() for ch in line):
        return None
    if not all(w == "," or w[:1].isupper() or w.lower() in _SMALL for w in words):
        return None
    if line.isupper():
        words = [
            w.lower() if w.lower() in _SMALL and k else w.capitalize() for k, w in enumerate(words)
        ]
    return " ".join(words).replace(" , ", ", ")


def relayed_document(doc: Doc) -> tuple[list[Turn], frozenset[str]]:
    """The issuer's turns in ``doc`` when it relays another body's document, with the
    nouns the body calls that document by; no turns otherwise."""
    text = doc_text(doc)
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    if len(lines) < 2:
        return [], frozenset()
    issuer = _issuer_name(lines[0][1].strip())
    relayed = _RELAYED.match(lines[1][1].strip())
    if issuer is None or relayed is None or not _RELAYING.search(lines[1][1]):
        return [], frozenset()
    source = Source("organization", issuer, lines[0][1].strip())
    body = lines[1][0] + len(lines[1][1])
    starts = [body, *(m.end() for m in _PARAGRAPH.finditer(text, body))]
    turns = [
        Turn(start, end, source)
        for start, end in zip(starts, [*starts[1:], len(text)], strict=True)
        if not _NOTE.match(text[start:end].lstrip("\n"))
    ]
    return turns, _DOCUMENT_NOUNS | {relayed.group(1).lower()}


def issuer_alias(
    turns: Sequence[Turn], nouns: frozenset[str], source: Source, at: int
) -> Source | None:
    """The issuer, when ``source`` found at character offset ``at`` inside an issuer's
    turn is the relayed document itself ("the indictment", "the file") or the issuer's
    function ("the prosecution" in a prosecutor's document); None otherwise."""
    issuer = turn_at(turns, at)
    if issuer is None or source.kind not in ("person", "organization") or not source.name:
        return None
    words = source.name.lower().split()
    if len(words) > 2 or (len(words) == 2 and words[0] != "the"):
        return None  # a named body or person of its own
    head = words[-1]
    stems = {
        w[:_STEM] for w in (issuer.name or "").lower().replace(",", " ").split() if len(w) > _STEM
    }
    if head in nouns or (len(head) > _STEM and head[:_STEM] in stems):
        return issuer
    return None


def issued_quotes(
    turns: Sequence[Turn], nouns: frozenset[str], quotes: Sequence[RawQuote]
) -> list[RawQuote]:
    """``quotes`` with the issuer as the speaker of each quotation inside an issuer's
    turn that the body gives to the document, to the issuer's function or to nobody;
    slogans and the other quotations unchanged."""
    out = []
    for q in quotes:
        issuer = None
        if q.speaker is None and not q.slogan:
            issuer = turn_at(turns, q.start)
        elif q.speaker is not None:
            issuer = issuer_alias(turns, nouns, q.speaker, q.start)
        out.append(q if issuer is None else replace(q, speaker=issuer))
    return out
