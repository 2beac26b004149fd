"""Numbers that are not the figure a sentence reports, or that restate one (private to
``figures``).

* An age or a day is not a count: "Mohsen Shekari, *23*,", "Oct. 23 and *24*".
* A measure whose noun the tagger took for a verb is not a count of people: "*74* lashes
  each", "*12* rounds".
* The earlier value of a changing count is not the current figure: "208 people, up from
  *143* a week earlier", "the toll rose from *40* to 61", "revised from *35*".
* A count revised in a clause on the trigger's own clause is a figure of the trigger's
  kind: "documented 304 killings, later revising *the figure* to 321".
* A second source's figure in a dash or a parenthesis restates the count before it:
  "killed hundreds of people - Amnesty says at least *304* -" gives a second figure of
  the same kind.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._figures_words import lemma_of as _lemma
from unrest.extract._figures_words import words as _words
from unrest.extract._numbers import NumberExpr
from unrest.model import Figure

__all__ = [
    "earlier_value",
    "is_age_or_day",
    "measure_after",
    "restated",
    "revised_count",
    "revises",
    "verb_over",
    "where_clause",
    "where_count",
    "where_on_trigger",
]

#: Words that a change of a count hangs on: "up from", "rose from", "revised from".
_CHANGE = frozenset(
    {
        "up",
        "down",
        "rise",
        "climb",
        "increase",
        "jump",
        "grow",
        "soar",
        "mount",
        "swell",
        "revise",
        "raise",
        "fall",
        "drop",
        "decrease",
        "lower",
        "correct",
        "update",
    }
)
_PREVIOUS = frozenset({"previously", "formerly"})
#: Tags of a noun after a number, or of a plural noun the tagger took for a verb ("lashes").
_NOUN_TAGS = frozenset({"NN", "NNS", "VBZ"})
_OPENERS = frozenset({"-", "–", "—", "--", "("})
_CLOSERS = frozenset({"-", "–", "—", "--", ")", ".", ";"})
#: Verbs by which a second source gives its own count: "Amnesty *says* 304".
_REPORTING = frozenset(
    {"say", "put", "estimate", "count", "report", "record", "document", "tally", "give"}
)
_PLACE_KINDS = frozenset({"locations", "provinces"})


def is_age_or_day(rep: Token, noun: Token | None) -> bool:
    """An age after a name ("Mohsen Shekari, 23,") or a day after a date ("Oct. 23 and 24")."""
    if noun is not None or rep.head == rep:
        return False
    head = rep.head
    if rep.dep_ == "appos" and head.pos_ == "PROPN" and head.i < rep.i:
        return True
    months = _words().months
    return rep.dep_ == "conj" and (head.lower_ in months or head.lower_.rstrip(".") in months)


def measure_after(span: Span, num: NumberExpr) -> bool:
    """A number right before a measure or a non-person noun, whatever the parser made of
    it: "as well as 74 *lashes* each" (tagged a verb), "three *years*"."""
    if num.end >= span.end:
        return False
    nxt = span.doc[num.end]
    non_count = _words().non_count
    return nxt.tag_ in _NOUN_TAGS and (_lemma(nxt) in non_count or nxt.lower_ in non_count)


def earlier_value(span: Span, num: NumberExpr) -> bool:
    """The old value of a count that changed: "up from 143", "rose from 40 to 61",
    "revised from 35", ", previously 30". A range ("estimates range from 40 to 100") is
    one number expression already, read as its lower bound."""
    doc = span.doc
    if num.first - 1 < span.start:
        return False
    prev = doc[num.first - 1]
    if prev.lower_ in _PREVIOUS:
        return num.first - 2 >= span.start and doc[num.first - 2].text in {",", "("}
    if prev.lower_ != "from":
        return False
    if num.first - 2 >= span.start and _lemma(doc[num.first - 2]) in _CHANGE:
        return True
    if _lemma(prev.head) in _CHANGE:
        return True
    after = num.context_end if num.context_end > num.end else num.end  # "from 35 to 41"
    return after + 1 < span.end and doc[after].lower_ == "to" and doc[after + 1].like_num


def _opener(span: Span, num: NumberExpr) -> int | None:
    """The dash or parenthesis that opens the aside holding ``num``, if it is near."""
    doc = span.doc
    for i in range(num.first - 1, max(span.start, num.first - 8) - 1, -1):
        if doc[i].text in _OPENERS:
            return i
        if doc[i].text in {",", ":", ";"} or doc[i].like_num:
            return None
    return None


def restated(span: Span, num: NumberExpr, noun: Token | None, last: list[Figure]) -> list[Figure]:
    """The count of the figures just read, as a second source gives it in an aside:
    "killed hundreds - Amnesty says at least 304 -", "(the group put it at 41)"."""
    kinds = [f.kind for f in last if f.kind not in _PLACE_KINDS]
    people = noun is None or _lemma(noun) in _words().person
    opener = _opener(span, num) if kinds and people else None
    if opener is None:
        return []
    doc = span.doc
    aside = doc[opener + 1 : num.first]
    if not any(_lemma(t) in _REPORTING or t.lower_ == "according" for t in aside):
        return []
    end = num.context_end if num.context_end > num.end else num.end
    end = noun.i + 1 if noun is not None and noun.i >= end else end
    if end < span.end and doc[end].text not in _CLOSERS:
        return []
    text = doc[num.first : end].text
    return [Figure(kind, num.value, num.qualifier, None, text) for kind in dict.fromkeys(kinds)]


_WHERE = frozenset({"in", "across", "throughout"})


def where_count(noun: Token | None) -> bool:
    """Places counted as where an event happened ("attacked banks *in* 100 cities"), not
    as what was attacked ("140 public sites")."""
    return noun is not None and noun.dep_ == "pobj" and noun.head.lower_ in _WHERE


def where_clause(giver: Token) -> bool:
    """A kind word in a "where" clause on a place of the sentence ("deaths came in Dorud,
    *where* two men were shot dead"): the clause tells what happened there."""
    return giver.dep_ == "relcl" and any(c.lower_ == "where" for c in giver.children)


def verb_over(noun: Token) -> Token:
    """The verb whose object, or whose object's complement, ``noun`` is: "treated a dozen
    people for *wounds*" gives "treated"; ``noun`` itself when there is none."""
    up = noun
    while up.dep_ in {"pobj", "prep", "dobj"} and up.pos_ != "VERB" and up.head != up:
        up = up.head
    return up


def revised_count(verb: Token, prep: Token, trigger: Token) -> bool:
    """True when ``verb`` changes a bare count to the number under ``prep`` in a clause
    hanging on the trigger's clause: "documented 304 killings, later *revising* the figure
    *to* 321", "40 were arrested and later *raised* the number *to* 65"."""
    if prep.lower_ != "to" or _lemma(verb) not in _CHANGE or verb.dep_ not in {"advcl", "conj"}:
        return False
    quantity = _words().quantity
    if not any(c.dep_ == "dobj" and _lemma(c) in quantity for c in verb.children):
        return False
    return verb.head in {trigger, trigger.head, verb_over(trigger)}


def revises(trigger: Token, giver: Token) -> bool:
    """True when the trigger is the count a change verb sets, and ``giver`` names the
    count that verb's clause revises: "documented the *deaths* of 304 people, and later
    raised its *toll* to 321"."""
    change = trigger.head
    if trigger.dep_ != "dobj" or _lemma(change) not in _CHANGE or change.dep_ != "conj":
        return False
    return verb_over(giver) == change.head


def where_on_trigger(noun: Token, trigger: Span) -> bool:
    """A place phrase hung on the trigger's own word or on its object: "opened fire *in 20
    cities*", "fired on protesters *in 20 cities*"."""
    tok = noun.head.head
    while not trigger.start <= tok.i < trigger.end:
        if tok.pos_ not in {"NOUN", "PROPN", "ADP"} or tok.head == tok:
            return False
        tok = tok.head
    return True
