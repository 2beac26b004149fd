"""A reporting verb opening the semicolon-bounded part of a sentence that holds a trigger.

Private helper of :mod:`unrest.extract.sources`: headlines join two clauses with a
semicolon ("X says 40 killed in protests; clashes flare in the capital") and the parser
often hangs the reported clause under the second one, so the verb path from the trigger
misses the frame "X says". The part before the semicolon still reports the trigger.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from unrest.extract._names import Speakers
from unrest.model import Source


def segment_source(sp: Speakers, tok: Token, reports: Callable[[Token], bool]) -> Source | None:
    """Who "X says" opening ``tok``'s part of a semicolon-joined headline names."""
    verb = segment_reporter(tok, reports)
    return sp.verb_source(verb)[1] if verb is not None else None


def segment_reporter(tok: Token, reports: Callable[[Token], bool]) -> Token | None:
    """The reporting verb with its own subject that opens ``tok``'s semicolon-bounded
    part of the sentence, ahead of ``tok`` and above it in the parse, if any."""
    sent = tok.sent
    start = max((t.i + 1 for t in sent if t.text == ";" and t.i < tok.i), default=sent.start)
    end = min((t.i for t in sent if t.text == ";" and t.i > tok.i), default=sent.end)
    above = {a.i for a in tok.ancestors}
    if not any(i > end for i in above):
        return None  # the parse did not hang the part under the next one
    for verb in tok.doc[start : tok.i]:
        if not (verb.i in above and reports(verb)):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and start <= c.i < verb.i]
        if subjects:
            return verb
    return None
