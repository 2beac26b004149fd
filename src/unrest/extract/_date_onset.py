"""The thing whose outbreak a date gives: "Protests broke out across the province on
15 July" dates the protests' first day, as "the protests that began on 15 July" does.
A later "since the protests began" then runs from that day
(:func:`unrest.extract._date_named.since_named`). Read by
:mod:`unrest.extract._date_sweep` when it records the nouns a date describes."""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._date_begun import BEGIN_VERBS

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def onset_nouns(span: Span) -> list[str]:
    """Lemmas of the common-noun subjects of the verb of beginning that the date ``span``
    modifies, directly or through a preposition ("Protests erupted on Friday", "The
    strike began in June"); empty when the verb is not one of beginning or describes a
    noun of its own (a relative clause, read by the caller)."""
    verb = _verb_of(span.root)
    if verb is None or verb.lemma_.lower() not in BEGIN_VERBS or verb.dep_ in ("relcl", "acl"):
        return []
    if verb.lemma_.lower() == "break" and not any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    ):
        return []  # "broke out", not "broke the windows"
    return [c.lemma_.lower() for c in verb.children if c.dep_ in _SUBJECTS and _common(c)]


def _common(tok: Token) -> bool:
    """Whether ``tok`` is a common noun, also one the tagger took for a name at the head
    of a sentence ("Unrest broke out ...") but that names no entity."""
    return tok.pos_ == "NOUN" or (
        tok.pos_ == "PROPN" and not tok.ent_type_ and tok.i == tok.sent.start
    )


def _verb_of(tok: Token) -> Token | None:
    head = tok.head
    if head.pos_ == "ADP" and head.dep_ == "prep":
        head = head.head
    if head.i == tok.i or head.pos_ != "VERB":
        return None
    return head
