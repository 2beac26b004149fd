"""A reporting clause set inside a subordinate clause reports that clause only.

Private helper of :mod:`unrest.extract.sources`. In "He was hanged on Monday, even
though, his lawyer said, the appeal was still pending" the lawyer speaks of the
appeal, not of the hanging: the inserted "his lawyer said" sits inside the
adverbial "even though" clause, which goes on after it. A reporting clause closing
the sentence ("..., after police arrived, the agency said.") is not so inserted.
"""

from __future__ import annotations

from spacy.tokens import Token

_SUBORDINATORS = frozenset({"though", "although", "because", "while", "whereas", "unless"})


def inside_subordinate(tok: Token, verb: Token) -> bool:
    """Whether the reporting ``verb`` is inserted in an adverbial clause that does not
    hold the trigger ``tok`` and continues after ``verb``: so parsed, or right after
    the word opening that clause ("even though, X said, ...")."""
    return _after_subordinator(tok, verb) or _in_adverbial(tok, verb)


def _after_subordinator(tok: Token, verb: Token) -> bool:
    """Whether the clause of ``verb`` sits between commas right after a subordinating
    word that follows the trigger ("..., although, officials said, ...")."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return False  # not inserted: the sentence or clause ends with it
    commas = [t.i for t in doc[tok.i + 1 : verb.i] if t.text == ","]
    if not commas or commas[-1] - 1 <= tok.i:
        return False
    before = doc[commas[-1] - 1]
    return before.pos_ == "SCONJ" or before.lower_ in _SUBORDINATORS


def _in_adverbial(tok: Token, verb: Token) -> bool:
    """Whether the parse puts ``verb`` inside an adverbial clause without ``tok`` that
    goes on after it."""
    node = verb
    while node.head.i != node.i:
        if _holds(node, tok):
            return False
        if node.dep_ == "advcl" and node.i != verb.i:
            return node.right_edge.i > verb.i
        node = node.head
    return False


def _holds(node: Token, tok: Token) -> bool:
    """Whether ``tok`` is ``node`` or in its subtree."""
    return node.i == tok.i or node.is_ancestor(tok)
