"""Panels of named speakers: transcripts whose turns are labelled by full names.

Private helper of :mod:`unrest.extract._attrib_turns`. A podcast or a televised
debate labels each turn with its speaker's full name in capitals ("REZA TABRIZI:",
"MINA SADR (host):"); each turn is in that speaker's voice. A label is read as a
speaker's name only when the text is a conversation: at least two such names, each
labelling at least two turns, at least half of them written elsewhere in the text in
ordinary case ("I'm Mina Sadr", "Guests: Ernesto Villacís"). That keeps out headings in capitals
("ALL YEAR: THE PENSIONERS") and a newsreader's lone label on a bulletin, which is
the outlet's own voice; bare first names ("DAVID:") are left alone too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_MIN_WORDS = 2  # a first name and a surname at least
_MIN_SPEAKERS = 2
_MIN_TURNS_EACH = 2
_LETTERS = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")  # words of letters only


def _cased(label: str) -> str:
    """The label with each word in ordinary case ("VERÓNICA SALGADO" -> "Verónica Salgado")."""
    return " ".join(w[:1] + w[1:].lower() for w in label.split())


def _written(name: str, text: str) -> bool:
    """Whether ``name`` appears in ordinary case in ``text`` (not only as a label)."""
    return re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text) is not None


def panel_names(labels: Iterable[str], text: str) -> dict[str, str]:
    """Capitalized full-name labels of a conversation, each mapped to the name as the
    text writes it; empty when the labels do not make a panel of named speakers."""
    counts = Counter(
        label
        for label in labels
        if label.isupper() and len(label.split()) >= _MIN_WORDS and _LETTERS.fullmatch(label)
    )
    names = {label: _cased(label) for label, turns in counts.items() if turns >= _MIN_TURNS_EACH}
    written = sum(_written(name, text) for name in names.values())
    return names if len(names) >= _MIN_SPEAKERS and 2 * written >= len(names) else {}


# An address to the chair opening a speech in a legislature ("Mr. Speaker, I rise ...").
_CHAIR = re.compile(
    r"(?:Mr\.?|Mister|Madam|Madame|Mrs\.?)\s+(?:Deputy\s+)?"
    r"(?:Speaker|President|Chair|Chairman|Chairwoman|Chairperson)\s*,"
)


def to_the_chair(text: str, start: int) -> bool:
    """Whether the turn starting at ``start`` opens by addressing the chair: a speech
    in a legislature, in its speaker's voice even when no other turn is recorded."""
    return _CHAIR.match(text, start) is not None
