"""Protest nouns that only say who some people are (private to ``events``).

"an amnesty covering 22,000 people *involved in the protests*", "the judiciary
will deal with those *who had led the riots*", "eight ringleaders *who had played
a role in last week's riots*", "people who had only been *present at the
gatherings*": a bare protest noun (no place, time, size or clause of its own, see
``_events_circumstance.bare_noun``) that completes a relative clause or
participle of taking part only identifies those people by an event told
elsewhere. The clause is about what happens to them, not about the protest, so
it is no protest mention. A main-clause report ("42,000 people had been involved
in the gatherings") or a noun with a place, time or clause of its own ("took part
in *a protest in Karaj*", "the riots *that followed the price rise*") is left
alone, and so is a noun phrase of leaders ("the leaders of the protests"), which
names people in many a report of the protest itself.

Reads the dependency tree of the noun's ancestors; writes nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._events_circumstance import bare_noun

__all__ = ["participant_reference"]

# Nouns of taking part, objects of a verb of taking part: "played *a role* in", "took *part* in".
_SHARE_NOUNS = {"role", "part", "hand"}
# Verbs and adjectives of taking part or being there: "involved in", "present at", "led".
# "Join" is not one: "a woman *who joined* the first night's protest" tells an act of
# her own, the moment she took to the streets.
_TAKING_PART = {
    *("take", "play", "participate", "attend", "lead", "organise", "organize"),
    *("involve", "present", "be"),
}
# Prepositions that link a protest noun to the people or act it qualifies.
_PREPS = {"in", "at", "of", "during"}
# Dependencies of a clause that only describes a noun: a relative clause or a participle.
_DESCRIBING = ("relcl", "acl")


def participant_reference(noun: Token) -> bool:
    """True when the bare protest ``noun`` only identifies people by their part in it."""
    if not bare_noun(noun):
        return False
    cur = noun
    for _ in range(4):
        owner = _owner(cur)
        if owner is None:
            return False
        lemma = owner.lemma_.lower()
        if lemma in _SHARE_NOUNS and owner.pos_ == "NOUN":
            cur = owner  # "played a role in", "took part in"
            continue
        if lemma not in _TAKING_PART:
            return False
        return _describing(owner)
    return False


def _owner(tok: Token) -> Token | None:
    """The word ``tok`` completes: the head of its preposition or the verb of its object."""
    if tok.dep_ == "pobj" and tok.head.lower_ in _PREPS and tok.head.dep_ == "prep":
        return tok.head.head
    if tok.dep_ == "dobj":
        return tok.head
    return None


def _describing(word: Token) -> bool:
    """``word`` (or the copula it completes) heads a relative clause or participle."""
    if word.dep_ in ("acomp", "attr") and word.head.lemma_ == "be":
        word = word.head  # "who had been present at"
    return word.dep_ in _DESCRIBING and word.head.i != word.i
