"""Surface checks on sentences and tokens (private to ``events``): trimming, skipped
sentences, and capitalised event nouns at the start of a sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from unrest.extract._events_fragments import fragment_participle, shutters_down
from unrest.extract._events_narrative import dated_entry

if TYPE_CHECKING:
    from unrest.extract._modality import TypeLexicon

_KNOWN: dict[int, tuple[TypeLexicon, frozenset[str]]] = {}

__all__ = ["initial_proper_noun", "known_verbs", "modifier_is", "skip_sentence", "trim"]


def trim(sent: Span) -> Span | None:
    """``sent`` without leading/trailing white space and bullet tokens."""
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and (doc[start].is_space or doc[start].text in ("•", "-", "*", "·")):
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


def skip_sentence(sent: Span) -> bool:
    """Headlines without a verb, truncated teasers ("...") and questions; a verbless
    dated entry of a register or timeline ("02-05 Oct: Daily protests.") or field
    ("Circumstances: Shot in the head by ...") is kept."""
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        if any(fragment_participle(t) for t in sent[:6]) or any(shutters_down(t) for t in sent):
            return False  # "Circumstances: Shot in the head by ..." (a register field)
        return not (sent.text.rstrip().endswith(".") and dated_entry(sent[0]))
    text = sent.text.rstrip()
    if text.endswith(("...", "\u2026", "?")):
        return True
    return text.rstrip("\"'\u201d\u2019)").rstrip().endswith("?")  # a quoted question


# Marks after a line's label ("17-18 July – *Protests* continued", "Update: *Protests*").
_LABEL_MARKS = {"\u2013", "\u2014", "-", ":"}


def initial_proper_noun(tok: Token) -> str | None:
    """The common-noun lemma of a sentence-initial word the tagger took for a name only
    because it is capitalised ("*Protests* began the same day in ..."), also after a
    dated label ("17-18 July – *Protests* continued"), else None."""
    if tok.pos_ != "PROPN" or tok.sent is None:
        return None
    before = tok.doc[tok.sent.start : tok.i]
    after_label = tok.i > tok.sent.start and tok.doc[tok.i - 1].text in _LABEL_MARKS
    if not (after_label or all(t.is_space or t.is_punct for t in before)):
        return None
    word = tok.lower_
    if tok.tag_ == "NNPS" and word.endswith("s"):
        return word[:-1]
    return word


def known_verbs(lex: TypeLexicon) -> frozenset[str]:
    """The verbs of ``lex`` and the first words of its verb-object cues, built once per lexicon."""
    hit = _KNOWN.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = (lex, lex.verbs | {k.split()[0] for k in lex.objects})
        _KNOWN[id(lex)] = hit
    return hit[1]


def modifier_is(child: Token, verb: str) -> bool:
    """``child`` modifies its noun as ``verb``: a compound ("*shutter* shops") or a
    participle ("*downed* tools", "*closed* shops")."""
    if child.dep_ == "compound":
        return child.lemma_.lower() == verb
    if child.dep_ != "amod":
        return False
    return child.lemma_.lower() == verb or child.lower_ in (verb + "d", verb + "ed")


def comma_between(mark: Token, verb: Token) -> bool:
    """A comma separates a clause mark from its verb: "since her death, *chanting*"
    is a misattached mark, not a time clause ("since they marched")."""
    lo, hi = sorted((mark.i, verb.i))
    return any(t.text == "," for t in mark.doc[lo + 1 : hi])
