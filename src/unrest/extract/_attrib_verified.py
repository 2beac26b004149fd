"""Evidence the writer vouched for, and unowned evidence closing a sentence.

"Videos verified by this outlet show ..." and "footage our team reviewed shows
..." are the writer's own evidence (``author``); "Videos posted online showed
...", "footage that X could not verify shows ..." and "..., video showed." are
evidence nobody in particular vouches for (``unnamed``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.model import Source

# Lemmas of checking done on a piece of evidence before it is reported.
_CHECKS = frozenset(
    {"verify", "review", "analyse", "analyze", "examine", "authenticate", "geolocate", "check"}
)
_WRITER = frozenset({"we", "us", "our", "i", "my"})
# Recorded material that circulates on its own (unlike figures or data).
_RECORDINGS = frozenset(
    {"video", "footage", "image", "photo", "photograph", "picture", "clip", "recording", "post"}
)


def recording(noun: Token) -> bool:
    """Whether ``noun`` is recorded material (videos, footage, photos, posts), also
    when the tagger took a plural for a name and left it unlemmatised ("Videos")."""
    lemma = noun.lemma_.lower()
    return lemma in _RECORDINGS or (lemma == noun.lower_ and lemma.removesuffix("s") in _RECORDINGS)


def _negated(verb: Token) -> bool:
    """Whether ``verb`` is denied ("which X could not verify")."""
    return any(c.dep_ == "neg" for c in verb.children)


def _by_writer(verb: Token) -> bool:
    """Whether the writer did what ``verb`` says ("we received", "shared with our desk" no)."""
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lower_ in _WRITER:
            return True
    return False


def vouched(noun: Token) -> bool:
    """Whether the evidence ``noun`` carries a check by someone, or was received by
    the writer: "videos verified by X", "footage analysed by our team", "videos we
    received". A denied check ("which X could not verify") vouches for nothing."""
    for verb in (t for t in noun.subtree if t.pos_ in ("VERB", "AUX") and t.i != noun.i):
        if verb.lemma_.lower() in _CHECKS and not _negated(verb):
            return True
        if verb.lemma_.lower() == "receive" and _by_writer(verb):
            return True
    return False


def checked_words(words: Span) -> bool:
    """Whether ``words`` (what stands between a recording and its verb) tell of a check
    ("verified by X") that is not denied, or of the writer ("footage our team received")."""
    denied = any(t.dep_ == "neg" or t.lower_ in ("not", "n't", "never") for t in words)
    checked = any(t.lemma_.lower() in _CHECKS for t in words) and not denied
    return checked or any(t.lower_ in _WRITER for t in words)


def closing_evidence(tok: Token, verbs: frozenset[str]) -> Source | None:
    """Nobody in particular, when the sentence holding ``tok`` closes on "…, video(s)
    show(ed)." with no check of the recording: the trigger rests on unowned evidence."""
    sent = tok.sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if len(words) < 3 or words[-1].i <= tok.i:
        return None
    verb, subj = words[-1], words[-2]
    if verb.lemma_.lower() not in verbs or verb.pos_ not in ("VERB", "AUX"):
        return None
    if not recording(subj) or subj.i == tok.i:
        return None
    comma = verb.doc[subj.left_edge.i - 1] if subj.left_edge.i > sent.start else None
    if comma is None or comma.text != "," or vouched(subj):
        return None
    return Source("unnamed", None, subj.text)


def existential_report(child: Token, head: Token, report_nouns: frozenset[str]) -> Token | None:
    """The report noun of "there are reports that A, and that B" when the parser hung
    the second "that" clause ``child`` on the verb ``head``, not on the noun."""
    if child.dep_ != "conj" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in child.children
    ):
        return None
    if head.lemma_.lower() != "be" or not any(c.dep_ == "expl" for c in head.children):
        return None
    nouns = [c for c in head.children if c.dep_ == "attr" and c.lemma_.lower() in report_nouns]
    return nouns[0] if nouns else None


def unvouched(subj: Token | None) -> bool:
    """Whether ``subj`` is a recording nobody checked ("videos posted online")."""
    return subj is not None and recording(subj) and not vouched(subj)
