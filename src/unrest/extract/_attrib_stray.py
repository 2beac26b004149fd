"""A "that" clause the parser hung on the noun of an adverbial phrase: "X maintained
until the end that ...", "she insisted for years that ...".

Private helper of :mod:`unrest.extract.sources`. A clause opened by the
complementizer "that" (a mark, not a relative pronoun) attached to the object of a
time or manner phrase ("until the end", "for years", "at the time") right after its
noun belongs to the verb the phrase modifies: when that verb reports, it reports the clause.
"""

from __future__ import annotations

from spacy.tokens import Token

_CLAUSE_DEPS = frozenset({"acl", "relcl", "ccomp", "advcl"})
_BARE_DEPS = frozenset({"npadvmod", "advmod"})  # "the same day", "as early as May"
_RESULT = frozenset({"so", "such"})
# How the parser labels the "that" opening such a clause: a complementizer, or an adverb
# of a would-be relative clause ("said at the time that ...").
_OPENER_DEPS = frozenset({"mark", "advmod"})
# Prepositions of time, place and manner: a content noun does not follow them.
_ADVERBIAL_PREPS = frozenset(
    {"until", "till", "for", "in", "at", "during", "throughout", "from", "since", "to"}
)


def stray_that(child: Token) -> bool:
    """Whether ``child`` is an adverbial phrase whose noun carries a "that" clause:
    "until the end that ...", or a bare time phrase ("told X the same day that ...",
    "said as early as May that ...")."""
    if child.dep_ == "prep" and child.lower_ in _ADVERBIAL_PREPS:
        carriers = [c for c in child.children if c.dep_ == "pobj"]
    elif child.dep_ in _BARE_DEPS and not any(t.lower_ in _RESULT for t in child.subtree):
        carriers = [child]  # but "so loudly that ...": a result, not what was said
    else:
        return False
    phrase = {t.i for t in child.subtree}
    for noun in carriers:
        for clause in noun.children:
            if clause.dep_ not in _CLAUSE_DEPS or clause.i < noun.i:
                continue
            opener = clause.doc[clause.left_edge.i]
            if opener.lower_ != "that" or opener.dep_ not in _OPENER_DEPS:
                continue
            own = phrase - {t.i for t in clause.subtree}
            if opener.i - 1 in own and opener.i > noun.i:  # "that" right after the phrase
                return True
    return False
