"""The historical present of dated entries: in a timeline whose entries tell their day in
the present tense ("2 January - Tehran's deputy governor says 450 people have been
arrested over the previous three days"), the "now" of an entry's sentences is the
entry's day, not the time of writing: "have been arrested" runs up to that day and "the
previous three days" count back from it. Used by :mod:`unrest.extract._date_sweep`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._date_base import Interval
from unrest.extract._tense import PRESENT_TAGS

_AUX = frozenset({"aux", "auxpass"})


def entry_present(sent: Span, entry: Interval | None, now: Interval | None) -> Interval | None:
    """The day of the dated entry ``entry`` when ``sent`` tells it in the present tense
    and the entry lies before ``now`` (the time of writing); None otherwise."""
    if entry is None or now is None or entry.precision != "day" or entry.lo != entry.hi:
        return None
    if entry.hi >= now.lo:
        return None
    return entry if _present(sent.root) else None


def _present(verb: Token) -> bool:
    """Whether the clause of ``verb`` is in the simple present ("says", "are told", "does
    not say"), not a present perfect ("have been arrested") or a past."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in _AUX]
    if any(a.lemma_.lower() == "have" for a in auxes) or any(a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ in PRESENT_TAGS:
        return True
    return any(a.tag_ in PRESENT_TAGS for a in auxes)


def in_entry(text: str, heading: tuple[int, int, bool], start: int) -> bool:
    """Whether a sentence starting at ``start`` of ``text`` belongs to the entry whose
    heading sentence spans ``heading`` (start, end, whether it has a verb): it shares the
    heading's line ("Sanandaj, 29 October. Shutters down ..."), or the heading is a line
    of its own ("2 January - Tehran") and the sentence is on the next one."""
    line_end = text.find("\n", heading[0])
    line_end = len(text) if line_end < 0 else line_end
    if start < line_end:
        return True
    alone = not heading[2] and not text[heading[1] : line_end].strip()
    return alone and "\n" not in text[line_end:start].lstrip()
