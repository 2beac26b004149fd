"""Short quoted fragments credited to a speaker.

Private helper of :mod:`unrest.extract._quote_list`: one or two quoted words that a
reporting verb of their own sentence credits to a speaker are that speaker's words
("The ministry said its agents had arrested a number of "ringleaders"", "the governor
blamed "foreign agents""), and are listed as quotations, as the newest annotation
conventions do. Names and titles are left to :mod:`unrest.extract._attrib_labels`;
a term the writer marks as a term ("the so-called "X"", "a rally dubbed "X"") and a
hashtag are not anyone's words.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from unrest.extract._quotes import RawQuote
from unrest.nlp import doc_text

_WORD = re.compile(r"\w")
# Words just before the opening mark that make the quoted words the writer's term.
_TERM_MARKERS = frozenset({"so", "dubbed", "named", "word", "term", "known", "titled", "entitled"})


def fragment_quote(doc: Doc, q: RawQuote) -> bool:
    """Whether a quotation of one or two words is a fragment its speaker said.

    A reporting verb must attribute it within the quotation's own sentence (not a
    speaker found across sentences), and nothing before the mark may make it a
    term of the writer's ("so-called", "dubbed", "known as", "the word").
    """
    verb = q.verb
    if verb is None or not verb.sent.start_char <= q.open < verb.sent.end_char:
        return False
    text = doc_text(doc)[q.start : q.end]
    if text.startswith("#") or not _WORD.search(text):
        return False  # a hashtag, or only punctuation
    before = [t for t in verb.sent if t.idx < q.open and not (t.is_punct or t.is_space)]
    tail = [t.lower_ for t in before[-2:]]
    return not any(w in _TERM_MARKERS for w in tail)
