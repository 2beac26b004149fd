"""Counts restated with a bare count noun (private to ``events``).

A report often gives a count first and then other counts of the same thing
with a count noun alone: "security forces killed at least 551 protesters. A
second group *puts the number* at more than 500", "the number of deaths is
unknown; local sources *gave figures* ranging between 40 and 100". The noun
has no "of" phrase, so what it counts comes from the words just before it: the
latest death or injury word (an attack) or arrest word (an arrest) in the two
sentences before it, when its own sentence has none. A count noun that says what it counts ("the
number of protesters", "the number killed") is typed by that instead. A bare
number a source reports ("Reuters *reported about 1,500*") restates a count too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._events_tolls import number_child

if TYPE_CHECKING:
    from unrest.extract._modality import Ontology

_COUNT_NOUNS = {"number", "figure", "total", "tally", "count", "estimate"}
_GIVING_PREPS = {"at", "to", "above", "below", "between", "around", "near", "over", "of"}
_DEATH_WORDS = {
    "kill",
    "killing",
    "die",
    "dead",
    "death",
    "toll",
    "fatality",
    "casualty",
    "martyr",
    "wound",
    "wounded",
    "injure",
    "injured",
    "injury",
}
_REPORTING_VERBS = {"report", "say", "give", "put", "record", "document", "estimate", "confirm"}
_ARREST_EXTRA = {"detainee", "arrested", "detained"}
_SENTENCES_BACK = 2


def restated_count(tok: Token, onto: Ontology) -> str | None:
    """The type counted at ``tok`` ("attack" or "arrest") when it is a count noun given
    a number ("put *the figure* at about 230", "raised its *count* to 321"), else None."""
    if _reported_number(tok):
        return _context_type(tok, onto)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _COUNT_NOUNS:
        return None
    given = _given_number(tok)
    if given is None or _names_counted(given):
        return None  # "the count stands at 500 *executions*" says what it counts
    own = _own_content(tok, onto)
    if own is not None:
        return own or None
    return _context_type(tok, onto)


def _reported_number(tok: Token) -> bool:
    """A bare number reported as another source's count: "Reuters *reported* about
    1,500", "the ombudsman's office *says* eleven"."""
    number = tok.pos_ == "NUM" or tok.ent_type_ == "CARDINAL"  # "eleven" may be a PROPN
    if not number or not tok.like_num or tok.lower_ == "one" or tok.dep_ != "dobj":
        return False
    return tok.head.lemma_.lower() in _REPORTING_VERBS


def _given_number(noun: Token) -> Token | None:
    """The phrase that gives the count noun, or the verb it is the object or subject of,
    a number: "put the number *at 25*", "figures *ranging between 40 and 100*", "the
    number *well above 100*"."""
    return number_child(noun, _gives)


def _gives(child: Token) -> bool:
    """A phrase that can give a count noun its number."""
    if child.dep_ == "prep":
        return child.lower_ in _GIVING_PREPS
    return (child.dep_ == "acl" and child.tag_ == "VBG") or child.dep_ == "advmod"


def _names_counted(phrase: Token) -> bool:
    """A number phrase with a noun of its own: "at more than 500 *executions*"."""
    return any(
        t.pos_ == "NOUN" and not t.like_num and any(c.dep_ == "nummod" for c in t.children)
        for t in phrase.subtree
    )


def _own_content(noun: Token, onto: Ontology) -> str | None:
    """What the noun says it counts: a type for "the number *killed*", "" when an "of"
    phrase says it ("the number of protesters") or the participle is of no type,
    None when the noun is bare."""
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            return _word_type(child, onto) or ""
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            if objs and not any(o.like_num for o in objs):
                return ""  # "the number of deaths": the noun in "of" cues it, if anything
    return None


def _word_type(tok: Token, onto: Ontology) -> str | None:
    """ "attack" for a death or injury word, "arrest" for an arrest word."""
    words = {tok.lemma_.lower(), tok.lower_}
    if words & _DEATH_WORDS:
        return "attack"
    arrest = onto.lexicon("arrest")
    arrest_words = _ARREST_EXTRA | (set(arrest.verbs) | set(arrest.nouns) if arrest else set())
    if words & arrest_words:
        return "arrest"
    return None


def _context_type(noun: Token, onto: Ontology) -> str | None:
    """The type of the latest death or arrest word in the two sentences before ``noun``,
    or earlier in its own sentence before a semicolon ("14,000 were detained; other
    monitors *put the number* closer to 20,000").

    A sentence (or semicolon part) that names what it counts itself ("documented 304 killings, later
    revising the figure to 321") is cued by that word; the count noun adds nothing.
    """
    doc = noun.doc
    own_start, own_end = _own_segment(noun)
    if any(_word_type(t, onto) is not None for t in doc[own_start:own_end]):
        return None
    end = own_start
    start = noun.sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for i in range(end - 1, start - 1, -1):
        typed = _word_type(doc[i], onto)
        if typed is not None:
            return typed
    return None


def _own_segment(noun: Token) -> tuple[int, int]:
    """The token range of the part of ``noun``'s sentence between semicolons."""
    sent = noun.sent
    semis = [t.i for t in sent if t.text == ";"]
    start = max((j + 1 for j in semis if j < noun.i), default=sent.start)
    end = min((j for j in semis if j > noun.i), default=sent.end)
    return start, end
