"""Written answers ("Asked by X ..." / "Answered by Y on DATE."): whose voice the
answer is in.

Private helper of :mod:`unrest.extract._names_turns`. A written answer to a
question (a parliamentary written question, an ombudsman's reply) opens with a
line naming who answered; the text after that line is the answerer's statement,
so what it tells is asserted by the answerer even where it paraphrases without
"she said". The answer runs to the next "Asked by" line or the end of the text.

Reads the document's text; writes nothing.
"""

from __future__ import annotations

import re

_ANSWERED = re.compile(
    r"^[ \t]*Answered[ \t]+by[ \t]+(?:the[ \t]+)?(?P<who>[A-Z][^\n]*?)"
    r"(?:,?[ \t]+on[ \t]+[^\n]*?)?[ \t]*\.?[ \t]*$",
    re.M,
)
_ASKED = re.compile(r"^[ \t]*Asked[ \t]+by[ \t]+[A-Z]", re.M)
_MAX_WORDS = 8  # a name or a title ("Minister of State for Asia"), not a sentence


def written_answer(text: str) -> tuple[str, list[tuple[int, int]]] | None:
    """Who answers (as written, without "the") and the character range of the answer,
    when exactly one line of ``text`` says "Answered by X"; None otherwise."""
    found = list(_ANSWERED.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    who = " ".join(match.group("who").split())
    if len(who.split()) > _MAX_WORDS:
        return None
    start = match.end()
    asked = _ASKED.search(text, start)
    end = asked.start() if asked is not None else len(text)
    return who, [(start, end)]
