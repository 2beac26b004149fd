"""More ways a document's heading names its own author.

Private helper of :mod:`unrest.extract._attrib_self`. A masthead often opens the
first line before a separator ("Karun Ledger | Khuzestan desk", "NORTH STAR - Daily
bulletin"), or gives the name with its abbreviation ("Zagros Rights Agency (ZRA)");
the body then calls the author by that abbreviation ("the ZRA recorded ..."), or by
the initials of a name the heading spells out.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from unrest.extract._lexicon import Lexicon

_SEPARATOR = re.compile(r"\s+[|\-–—]\s+")
_ABBREVIATED = re.compile(r"^(.+?)\s*\(([A-Z]{2,8})\)$")
_MAX_WORDS = 5  # a masthead name is short; a longer capitalised line is a headline
_LINKS = frozenset({"of", "for", "and", "the", "&"})  # small words inside a name


def masthead_names(first: str) -> set[tuple[str, ...]]:
    """The names the document's first heading line gives its author: the part before a
    separator and a name with its abbreviation, as lower-case word tuples."""
    found: set[tuple[str, ...]] = set()
    part = _SEPARATOR.split(first.strip(), maxsplit=1)[0].strip()
    abbreviated = _ABBREVIATED.match(part)
    if abbreviated:
        part = abbreviated.group(1)
        found.add((abbreviated.group(2).lower(),))
    if _name_like(part) and (abbreviated or part != first.strip()):
        found.add(tuple(w for w in part.lower().split() if w not in ("of", "for")))
    return found


def initials(names: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The abbreviation of each name of two words or more ("caspian rights observatory"
    gives "cro"), dropping small linking words."""
    found: set[tuple[str, ...]] = set()
    for name in names:
        words = [w for w in name if w not in _LINKS]
        if len(words) >= 2:
            found.add(("".join(w[0] for w in words),))
    return found


def _name_like(part: str) -> bool:
    """Whether ``part`` reads as a short name: every word capitalised but small links."""
    words = part.split()
    if not 1 <= len(words) <= _MAX_WORDS or any(ch.isdigit() for ch in part):
        return False
    return all(w[:1].isupper() or w.lower() in _LINKS for w in words)


_SELF_NOUNS = frozenset({"outlet", "publication", "paper", "site", "programme", "program"})


def this_outlet(tok: Token, lex: Lexicon) -> bool:
    """Whether ``tok`` is the writer's outlet calling itself "this outlet", "this
    newspaper", "this website": the article's own voice."""
    if tok.lemma_.lower() not in lex.medium_words | _SELF_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "this" for c in tok.children)
