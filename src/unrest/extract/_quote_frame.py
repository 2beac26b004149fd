"""Which reporting verb of a quotation's sentence speaks it.

Private helper of :mod:`unrest.extract._quotes`: a verb whose clause holds the
quotation ("X warned that anyone ... could face "..."") speaks it before any verb
that is merely nearer ("..., a remark that critics described as a threat").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from unrest.nlp import doc_text


def _inner_token(doc: Doc, start: int, end: int) -> Token | None:
    """The first word inside the quotation marks at ``start`` .. ``end``."""
    # Only the tokens overlapping the quotation can start inside it.
    within = doc.char_span(start, end, alignment_mode="expand")
    for tok in within if within is not None else doc:
        if start < tok.idx < end and not (tok.is_space or tok.is_punct):
            return tok
    return None


def rank_verbs(doc: Doc, verbs: list[Token], start: int, end: int) -> list[Token]:
    """``verbs`` in the order they are asked who speaks the quotation between the marks
    at ``start`` and ``end``: verbs governing it first (the innermost first), then the
    others by distance to the marks."""
    inner = _inner_token(doc, start, end)
    above = [a.i for a in inner.ancestors] if inner is not None else []

    def key(verb: Token) -> tuple[int, int]:
        if verb.i in above and not start <= verb.idx < end:
            return 0, above.index(verb.i)
        return 1, min(abs(verb.idx - start), abs(verb.idx - end))

    return sorted(verbs, key=key)


_BEFORE_HEAD = frozenset({"det", "amod", "nummod", "compound", "poss", "punct", "case"})


def inverted_subject(verb: Token, close: int) -> Token | None:
    """The speaker after a reporting verb that follows the closing mark (""…," said a man
    in X whose …"), when the parser found the verb no subject: the head of the first
    noun phrase after it."""
    doc = verb.doc
    between = doc_text(doc)[close + 1 : verb.idx] if close < verb.idx else "x"
    if between.strip(" ,\u201d\"'") or verb.i + 1 >= len(doc):
        return None
    for tok in doc[verb.i + 1 : min(verb.i + 6, verb.sent.end)]:
        if tok.pos_ in ("NOUN", "PROPN"):
            while tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == tok.pos_:
                tok = tok.head
            return tok
        if tok.dep_ not in _BEFORE_HEAD and tok.pos_ not in ("DET", "ADJ", "NUM"):
            return None
    return None


_TAIL_WORDS = 8  # "…," the rights lawyer said on Monday.


def attribution_tail(between: str, verb: Token | None) -> bool:
    """Whether the text between a quotation and a paragraph opening with another is
    only the first one's short attribution ("," she said.¶) ending its paragraph."""
    if verb is None:
        return False
    tail = between.rstrip()
    if "\n" in tail or not tail.endswith((".", "!", "?")):
        return False
    words = tail.split()
    if not words or len(words) > _TAIL_WORDS:
        return False
    return verb.text in words or f"{verb.text}." in words or f"{verb.text}," in words


def cited_before(sent: Span, open_at: int) -> Token | None:
    """The X of an "according to X" opening the sentence before a quotation's opening
    mark ("According to X, a student, "the police beat everyone"")."""
    for tok in sent:
        if tok.idx >= open_at:
            break
        if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc):
            continue
        to = tok.doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"] if to.lower_ == "to" else []
        if objs and objs[0].idx < open_at:
            return objs[0]
    return None


def attributed_after(verb: Token, subj: Token | None, close: int) -> bool:
    """Whether ``verb`` and its subject attribute the quotation closing at ``close``
    right after its closing mark (""…," one of them said."): that attribution names its
    speaker, even when nobody can tell who that is."""
    if subj is None or subj.pos_ == "PRON" or subj.idx <= close or verb.idx <= close:
        return False  # "he said" goes on to the speaker it stands for
    between = doc_text(verb.doc)[close + 1 : min(subj.idx, verb.idx)]
    return between.strip(" ,\u201d\"'") == ""
