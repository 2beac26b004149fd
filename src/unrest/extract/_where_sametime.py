"""Time phrases that tie a sentence to the scene just told.

"At least 17 other workers were detained the same day", "the ministry summoned him
the following day": a day, night or evening (singular) qualified as *the same* or *the
following* one is reckoned from an event told just before, so the sentence goes on
with that event's scene and borrows its place (see
:func:`unrest.extract._where_context.points_back`).

Reads the dependency tree and entity labels of a sentence; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Span

from unrest.extract._date_base import words

__all__ = ["same_time"]

#: Modifiers that reckon a time from the one told before ("the same day").
_BACK_TIME = {"same", "following"}


def same_time(sent: Span) -> bool:
    """Whether ``sent`` has a time phrase reckoned from the event before ("the same
    day", "the following night"): a date or time noun modified by "same" or
    "following" under a definite article; only a single day or part of one (the
    ``times_of_day`` of ``time_words.yaml``), since a longer span spreads over
    several scenes."""
    for tok in sent:
        if tok.lower_ != "day" and tok.lower_ not in words()["times_of_day"]:
            continue  # "that same winter", "in the following days": no one scene
        kids = {c.lower_ for c in tok.children}
        if kids & _BACK_TIME and kids & {"the", "that"}:
            return True
    return False
