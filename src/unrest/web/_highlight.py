"""Cut an article's text into segments that carry what covers them (evidence, trigger, quote).

The segments hold plain text only; the templates escape it and wrap each segment in an element
whose classes come from a fixed vocabulary, so nothing of the article reaches the page as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from unrest.model import Mention, Quote


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    role: str  # "evidence", "trigger", "source" or "quote"
    ref: str
    type: str = ""


def _clip(start: int, end: int, size: int) -> tuple[int, int]:
    start = max(0, min(start, size))
    return start, max(start, min(end, size))


def _source_span(text: str, m: Mention) -> tuple[int, int] | None:
    """Where the mention's attributed source is written in its evidence sentence, if it is."""
    name = m.source.text or m.source.name
    if not name or m.source.kind == "author":
        return None
    at = text.find(name, m.evidence.start, max(m.evidence.end, m.evidence.start + len(name)))
    if at < 0:
        at = text.lower().find(name.lower(), m.evidence.start, m.evidence.end)
    return (at, at + len(name)) if at >= 0 else None


def _spans(text: str, mentions: Sequence[Mention], quotes: Sequence[Quote]) -> list[_Span]:
    size = len(text)
    spans: list[_Span] = []
    for m in mentions:
        s, e = _clip(m.evidence.start, m.evidence.end, size)
        spans.append(_Span(s, e, "evidence", m.id, m.type))
        s, e = _clip(m.trigger.start, m.trigger.end, size)
        spans.append(_Span(s, e, "trigger", m.id, m.type))
        found = _source_span(text, m)
        if found:
            spans.append(_Span(*_clip(*found, size), "source", m.id, m.type))
    for q in quotes:
        spans.append(_Span(*_clip(q.start, q.end, size), "quote", q.id))
    return [s for s in spans if s.end > s.start]


def segments(
    text: str, mentions: Sequence[Mention], quotes: Sequence[Quote]
) -> list[dict[str, Any]]:
    """Consecutive pieces of ``text``, each with the mentions, trigger, source and quote on it.

    ``anchors`` lists the mention and quote ids whose span starts in the piece, so the page can
    give each an ``id`` to link to.
    """
    spans = _spans(text, mentions, quotes)
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[dict[str, Any]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        on = [s for s in spans if s.start <= a and b <= s.end]
        evidence = [s for s in on if s.role == "evidence"]
        out.append(
            {
                "text": text[a:b],
                "start": a,
                "end": b,
                "mentions": [s.ref for s in evidence],
                "types": sorted({s.type for s in evidence}),
                "trigger": any(s.role == "trigger" for s in on),
                "source": any(s.role == "source" for s in on),
                "quote": next((s.ref for s in on if s.role == "quote"), None),
                "anchors": [
                    ("q-" if s.role == "quote" else "m-") + s.ref
                    for s in on
                    if s.start == a and s.role in ("evidence", "quote")
                ],
            }
        )
    return out


def _word_edge(text: str, at: int, forward: bool) -> int:
    """Move ``at`` to the nearest white space (forward or backward) so words are not cut."""
    step = 1 if forward else -1
    limit = 40
    while 0 < at < len(text) and not text[at].isspace() and limit:
        at += step
        limit -= 1
    return at


def context_window(text: str, start: int, end: int, chars: int) -> dict[str, Any]:
    """The evidence ``text[start:end]`` with about ``chars`` characters around it."""
    start, end = _clip(start, end, len(text))
    lo = _word_edge(text, max(0, start - chars), forward=True)
    hi = _word_edge(text, min(len(text), end + chars), forward=False)
    lo, hi = min(lo, start), max(hi, end)
    return {
        "before": text[lo:start],
        "evidence": text[start:end],
        "after": text[end:hi],
        "cut_before": lo > 0,
        "cut_after": hi < len(text),
    }
