"""Transcripts of proceedings laid out as speaker turns: whose voice each turn is in.

Private helper of :mod:`unrest.extract.sources`. A parliamentary record ("Ms. Jane
Doe (Riding): Mr. Speaker, ..."), a press conference ("SPOKESMAN: ...",
"QUESTION (daily paper): ...") or a briefing ("Spokesperson:", "Question:") reports
what its speakers say: a turn is in its speaker's voice, not the writer's, until the
next label, an editorial note in brackets or a heading. Labels are read as:

- an honorific and a name ("Hon. John Smith"): that person, by the fullest name;
- a title ("Spokesperson"): the title as written (several people may hold one);
- "Question", with the outlet asking in brackets: that outlet, else nobody in
  particular;
- a full name in capitals, where several such names take turns (a podcast's or a
  debate's panel, see :mod:`unrest.extract._attrib_panel`): that person;
- anything else (bare first names of a podcast's hosts, "Anchor", "Reporter") is
  left alone: the outlet's own voice, or an interview read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from unrest.extract._attrib_panel import panel_names, to_the_chair
from unrest.extract._names_index import NameIndex
from unrest.model import Source
from unrest.nlp import doc_text

_WORD = r"[A-Z][\w'’.-]*"
_LABEL = re.compile(
    rf"^[ \t]*(?:\[[\d:.]+\][ \t]*)?({_WORD}(?:[ \t]+{_WORD}){{0,4}})"
    r"[ \t]*(?:\(([^()\n]{1,100})\))?[ \t]*:[ \t]+(?=\S)",
    re.M,
)
_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "hon", "sir", "dame", "madam", "madame", "prof"}
)
_QUESTION = frozenset({"question", "questions"})
_MIN_TURNS = 2  # labelled turns of a known kind before the layout is trusted
# A paragraph that closes the running turn: an editorial note or a heading.
_BREAK = re.compile(r"\n[ \t]*(?:[(\[]|[^a-z\n]*[A-Z][^a-z\n]*\n)")


@dataclass(frozen=True)
class Turn:
    """One speaker's turn: character range and whose voice it is in."""

    start: int
    end: int
    source: Source


def _bare(word: str) -> str:
    return word.rstrip(".").lower()


def turn_source(label: str, aside: str | None, names: NameIndex) -> Source | None:
    """Whose voice a turn labelled ``label`` (with ``aside`` in brackets) is in, or
    None when the label is not a recorded speaker's."""
    words = label.split()
    if _bare(words[0]) in _QUESTION and len(words) == 1:
        if aside:
            return Source("organization", " ".join(aside.split()), aside)
        return Source("unnamed", None, label)
    titled = bool({_bare(w) for w in words} & names.lex.title_words)
    if _bare(words[0]) in _HONORIFICS and len(words) > 1:
        name = " ".join(words[1:])
        if not titled:
            name = names.fullest_person(name, len(names.doc))
        return Source("person", name, label)  # "Madam Chair": the title as written
    if titled:
        return Source("person", label.title() if label.isupper() else label, label)
    return None


def speaker_turns(doc: Doc, names: NameIndex) -> list[Turn]:
    """The turns of recorded speakers, when the text is a transcript (at least two
    labelled turns of a kind :func:`turn_source` reads, or one speech addressed to
    the chair: "Mr. Jo Doe (Riding): Mr. Speaker, ..."); empty otherwise."""
    text = doc_text(doc)
    found = list(_LABEL.finditer(text))
    panel = panel_names((m.group(1) for m in found), text)
    turns = []
    for k, match in enumerate(found):
        source = turn_source(match.group(1), match.group(2), names)
        if source is None and match.group(1) in panel:
            name = names.fullest_person(panel[match.group(1)], len(doc))
            source = Source("person", name, match.group(1))  # "REZA TABRIZI:" on a panel
        if source is None:
            continue
        end = found[k + 1].start() if k + 1 < len(found) else len(text)
        cut = _BREAK.search(text, match.end(), end)
        turns.append(Turn(match.end(), cut.start() if cut else end, source))
    if len(turns) >= _MIN_TURNS:
        return turns
    return [t for t in turns if to_the_chair(text, t.start)]  # one member's speech


def turn_at(turns: Sequence[Turn], at: int) -> Source | None:
    """Whose turn holds character offset ``at``, if any."""
    return next((t.source for t in turns if t.start <= at < t.end), None)


def addressed(tok: Token, titles: frozenset[str]) -> bool:
    """Whether ``tok`` ends a form of address opening its sentence ("Mr. Speaker, the
    judiciary announced ...") or a speaker's label ("HOST: The group said ..."): the
    one addressed, or the turn's speaker, never the subject of what follows."""
    if _label(tok):
        return True
    doc = tok.doc
    if tok.i < 1 or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return False
    opens = tok.i == tok.sent.start + 1 or doc[tok.i - 2].text.endswith(":")  # a label
    title = tok.lower_ in titles or tok.lower_ == "speaker"
    return opens and title and _bare(doc[tok.i - 1].text) in _HONORIFICS


def _label(tok: Token) -> bool:
    """Whether ``tok`` ends the label opening a line of a transcript ("[00:01] HOST:")
    and the parser hung the subject after it on it as an apposition."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in (":", "):"):
        return False
    if not any(c.dep_ == "appos" and c.i > tok.i + 1 for c in tok.children):
        return False  # the label itself, asked for as a speaker
    k = tok.i
    while k > 0 and "\n" not in doc[k - 1].text and "\n" not in doc[k - 1].whitespace_:
        k -= 1
        if doc[k].is_alpha and not doc[k].text[:1].isupper():
            return False  # "the group said:" — a sentence, not a label
    return True
