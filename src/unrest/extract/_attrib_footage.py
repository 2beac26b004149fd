"""What a recording nobody vouches for shows, read off the words when the parse fails.

Private helper of :mod:`unrest.extract.sources`. "Videos posted online showed
security forces firing ...", "..., and footage shared on social media shows ...":
what an unchecked recording shows is asserted by nobody in particular
(``unnamed``), as :func:`~unrest.extract._attrib_verified.unvouched` says for a
well-parsed sentence. The parser often misreads such a sentence ("Videos" taken
for a name and "posted" for its verb, "showed" for a participle; the shown
clause hung on an earlier verb), so this rule reads the phrase from the words: a
noun phrase opened by a recording noun, a short modifier without punctuation
("posted online", "from the same day"), an evidence verb ("show"), and the
trigger after that verb in the same clause.

Reads tokens, tags and lemmas of the trigger's sentence; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._attrib_scope import clause_break
from unrest.extract._attrib_verified import checked_words, recording
from unrest.model import Source

_MAX_MODIFIER = 5  # words between the recording noun and its verb ("posted on social media")
# Words that may stand before the recording noun inside its phrase ("other footage").
_PHRASE_POS = frozenset({"DET", "ADJ", "NUM"})
# Words after which a noun phrase opens: a preposition here would make the recording
# part of another phrase ("the crowd in the videos showed ...").
_OPENING_POS = frozenset({"CCONJ", "PUNCT", "SCONJ"})
_OPENING_WORDS = frozenset({"with"})  # "with videos on social media showing ..."
_ENDINGS = ("ed", "s", "ing")  # inflections of a verb misread as an adjective ("showed")


def shown_on_recording(tok: Token, verbs: frozenset[str]) -> Source | None:
    """Nobody in particular, when the trigger ``tok`` follows "<recording> ... show"
    in its clause and nobody checked the recording; else None. ``verbs`` are the
    evidence verbs ("show", "reveal")."""
    sent = tok.sent
    for verb in reversed(sent[: tok.i - sent.start]):
        if not _evidence_verb(verb, verbs):
            continue
        if _passive(verb) or clause_break(verb, tok, conjoined=True):
            return None  # "footage was shown on television", "...; B happened"
        noun = _recording_before(verb)
        if noun is None or checked_words(verb.doc[noun.i + 1 : verb.i]):
            return None
        return Source("unnamed", None, noun.text)
    return None


def _evidence_verb(word: Token, verbs: frozenset[str]) -> bool:
    """Whether ``word`` is one of ``verbs``, also when the tagger took it for an
    adjective and kept its inflection as lemma ("showed")."""
    if word.pos_ in ("VERB", "AUX") and word.lemma_.lower() in verbs:
        return True
    low = word.lower_
    stems = (low.removesuffix(end) for end in _ENDINGS if low.endswith(end))
    return word.pos_ == "ADJ" and any(stem in verbs for stem in stems)


def _passive(verb: Token) -> bool:
    """Whether ``verb`` follows a form of "be" ("was shown"): not evidence speaking."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is not None and before.lemma_.lower() == "be"


def _recording_before(verb: Token) -> Token | None:
    """The recording noun opening the phrase that ends just before ``verb``: at most
    a few words between them, none of them punctuation."""
    doc, start = verb.doc, verb.sent.start
    for k in range(verb.i - 1, max(start, verb.i - _MAX_MODIFIER - 2) - 1, -1):
        word = doc[k]
        if word.is_punct:
            return None
        if recording(word) and _opens_phrase(word):
            return word
    return None


def _opens_phrase(noun: Token) -> bool:
    """Whether ``noun`` heads a phrase opening a clause: only determiners and
    adjectives before it, then the sentence start, punctuation, a conjunction or
    "with"."""
    doc, k = noun.doc, noun.i - 1
    while k >= noun.sent.start and doc[k].pos_ in _PHRASE_POS:
        k -= 1
    if k < noun.sent.start:
        return True
    before = doc[k]
    return before.pos_ in _OPENING_POS or before.lower_ in _OPENING_WORDS
