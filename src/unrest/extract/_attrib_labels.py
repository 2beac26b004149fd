"""Quoted names and charge labels, which are not quotations.

Private helper of :func:`unrest.extract.sources.find_quotes`: a short quoted phrase
whose words are all capitalized is a name or a title ("known as the "Mothers of
X"", ""They Came at Night"", a report's title); one set after "of", "with" or "such
as" in a sentence about charges is the label of a charge ("convicted him of "waging
war against God""), not anyone's words.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from unrest.extract._lexicon import Lexicon
from unrest.extract._quotes import RawQuote
from unrest.nlp import doc_text

_WORD = re.compile(r"\d[\d,.]*\d|\w[\w'’-]*")
_GLUE = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an", "&"})
_NAME_WORDS = 6  # a name or a title is at most this long
_LABEL_PREPS = frozenset({"of", "with", "as"})


def label(doc: Doc, q: RawQuote, lex: Lexicon) -> bool:
    """Whether a quotation is a name, a title or a charge label rather than words said."""
    text = doc_text(doc)[q.start : q.end]
    words = _WORD.findall(text)
    if not words:
        return False
    if len(words) <= _NAME_WORDS and _capitalized(words) and text.rstrip()[-1:] not in ".!?,":
        return True
    span = doc.char_span(q.open, q.open + 1, alignment_mode="expand")
    if span is None:
        return False
    mark = span[0]
    before = [t for t in mark.sent if t.i < mark.i and not (t.is_punct or t.is_space)]
    if not before:
        return False
    prep = before[-1]
    if prep.lower_ == "for":  # "sentenced to death for "X"", not "pardons for "X""
        verbs = [prep.head]  # "sentenced to a year, suspended, for "X"": the sentence's
        if prep.head.dep_ in ("dep", "conj", "advcl", "xcomp"):
            verbs.append(prep.head.head)
        return any(v.pos_ == "VERB" and v.lemma_.lower() in lex.charge_words for v in verbs)
    if prep.lower_ not in _LABEL_PREPS:
        return False
    return any(t.lemma_.lower() in lex.charge_words for t in before)


def _capitalized(words: list[str]) -> bool:
    """Every word capitalized, bar the little words inside names ("Mothers of X")."""
    inner = [w for w in words if w.lower() not in _GLUE]
    return bool(inner) and words[0][:1].isupper() and all(w[:1].isupper() for w in inner)
