"""Sentence-level helpers for :mod:`unrest.extract.where`: the sentences of an evidence
span, a pronoun subject that goes on about the same people, a place of speech, the
city "that city" takes up within its own sentence."""

from __future__ import annotations

from spacy.tokens import Span

from unrest.extract._where_toponyms import Toponym

__all__ = ["city_before", "of_speech", "pronoun_subject", "sentences_of"]

_PRONOUNS = {"he", "she", "they", "it", "both"}
_SAYING = {"say", "tell", "add", "recall", "explain", "state", "write"}


def pronoun_subject(sent: Span) -> bool:
    """Whether the main verb of ``sent`` has a personal pronoun as subject and tells of
    the same people, not of what they said ("He was hanged in X"; not "X ...," she said)."""
    return sent.root.lemma_ not in _SAYING and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _PRONOUNS for c in sent.root.children
    )


#: Verbs whose place is where words were given out, not where events happened.
_ISSUING = _SAYING | {"issue", "announce", "publish", "release", "brief", "speak"}


def of_speech(top: Toponym) -> bool:
    """Whether ``top`` places a statement ("said in a statement issued in Geneva")."""
    return any(a.lemma_ in _ISSUING for a in top.span.root.ancestors)


def sentences_of(evidence: Span) -> list[Span]:
    """The sentences that ``evidence`` overlaps."""
    doc = evidence.doc
    first = doc[evidence.start].sent
    out = [first]
    while out[-1].end < evidence.end and out[-1].end < len(doc):
        out.append(doc[out[-1].end].sent)
    return out


def city_before(tops: list[Toponym], trigger: Span, home: str | None) -> list[Toponym]:
    """The home city named last before ``trigger`` in its own sentence, whatever its role:
    "said the Friday prayer leader of Mashhad, addressing a rally in that city" takes
    up Mashhad, though a speaker's seat is no event place of its own."""
    before = [
        t
        for t in tops
        if t.entry.kind == "city"
        and t.entry.country == home
        and not t.dateline
        and not t.anaphor
        and t.span.end <= trigger.start
        and t.span.sent == trigger.sent
    ]
    return before[-1:]
