"""A revised count as a report: "the governor's office had raised the figure to 19",
"doctors raised the death toll from the raid to 118", "the ministry revised its toll
down to 40".

Whoever raises, lowers or revises a toll to a new figure gives that figure, as "put the
toll at 93" does: the subject of the verb asserts the count and what it counts. Reads
one verb and the attribution lexicon (``revision_verbs``, ``estimate_nouns``); writes
nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from unrest.extract._lexicon import Lexicon

_TO_FIGURE = frozenset({"to"})


def revised_count(verb: Token, lex: Lexicon) -> bool:
    """Whether ``verb`` revises a count to a new figure: a revision verb ("raise",
    "revise", "lower") whose object is a count noun ("toll", "figure") followed, within
    the clause, by "to" and a number ("to 19", "down to at least 40"; the parser may
    hang the "to" on a word inside the object: "the figure of those killed to 14")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.revision_verbs:
        return False
    counts = [
        c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.estimate_nouns
    ]
    if not counts:
        return False
    return any(
        t.dep_ == "prep" and t.lower_ in _TO_FIGURE and t.i > counts[0].i and _number_after(t)
        for t in verb.subtree
    )


def _number_after(prep: Token) -> bool:
    """Whether the object of ``prep`` is a number or counted by one ("to 19", "to 40 dead")."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return any(o.like_num or any(c.dep_ == "nummod" for c in o.children) for o in objs)
