"""Counts taken out of a whole or as part of one (private to ``figures``).

"*Out of the 16 defendants*, five were ..." names a whole, not a figure; "killing
dozens *of them*" counts people by a pronoun; "18 were killed, two *of them*
beheaded" gives a subset of the count before it, a figure of its own only when it is
a reported subset such as children ("481 killed, 64 *of them children*") or a bare
part told by where it befell ("six killed, *three of them in Chattogram*").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from unrest.extract._figures_words import kind_of as _kind_of
from unrest.extract._figures_words import lemma_of as _lemma
from unrest.extract._figures_words import words as _words
from unrest.extract._numbers import NumberExpr
from unrest.extract._tree import pobjs
from unrest.model import Figure

__all__ = [
    "figure_text",
    "of_object",
    "of_pronoun",
    "out_of_whole",
    "is_subset_or_whole",
    "subset_figures",
]


def of_object(tok: Token, num: NumberExpr) -> Token | None:
    """The object of "of" / "out of" hanging on ``tok`` ("thousands of protesters")."""
    for child in tok.children:
        if child.i < num.end:
            continue
        preps = [child] if child.lower_ == "of" else []
        if child.lower_ == "out":
            preps = [sub for sub in child.children if sub.lower_ == "of"]
        for prep in preps:
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def of_pronoun(rep: Token, num: NumberExpr) -> bool:
    """A count of people named by a pronoun: "dozens *of them*"."""
    if rep.pos_ not in {"NOUN", "NUM", "PRON"}:
        return False
    obj = of_object(rep, num)
    return obj is not None and obj.pos_ == "PRON"


def out_of_whole(start: Token) -> bool:
    """The whole a count is taken out of: "*Out of the 16 defendants*, five were ..."."""
    prep = start.head
    return start.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "out"


def _is_reported_subset(noun: Token | None) -> bool:
    """Subsets that are figures of their own ("including 64 children")."""
    return noun is not None and _lemma(noun) in _words().reported_subset


def _estimated_subset(num: NumberExpr, noun: Token | None) -> bool:
    """A subset given as its own estimate ("including *at least 17* teenagers", "*about
    400* women"): a qualified exact count of people is a toll of its own."""
    if num.qualifier is None or num.vague:
        return False
    return noun is None or _lemma(noun) not in _words().non_count


_PART_PREPS = frozenset({"in", "at", "from", "across", "near", "outside", "inside"})


def _located_part(span: Span, num: NumberExpr, noun: Token | None) -> bool:
    """A bare exact part of a count told by where or how it befell them: "six people were
    killed, *three of them in Chattogram*", "55 injured, *six of them by gunshot*",
    "nine killed, *including six in the town of Qahderijan*". Parts told by when ("200 of
    them on Saturday"), by what else befell them ("two of them beheaded") or by who they
    are ("including three women") are left out."""
    if noun is not None or num.vague:
        return False
    doc = span.doc
    k = num.end
    if k + 1 < span.end and doc[k].lower_ == "of" and doc[k + 1].pos_ == "PRON":
        k += 2  # "three of them in ..."
    if k >= span.end or doc[k].lower_ not in _PART_PREPS:
        return False
    objs = pobjs(doc[k])
    return bool(objs) and all(o.ent_type_ not in {"DATE", "TIME"} for o in objs)


def _beside_reported(num: NumberExpr, noun: Token | None) -> bool:
    """An exact part coordinated with a reported subset: "including 13 women and 12
    children", "68 children and 49 women" break the count down by group, every part a
    toll of its own."""
    if noun is None or num.vague:
        return False
    if noun.dep_ == "conj" and _is_reported_subset(noun.head):
        return True
    return any(c.dep_ == "conj" and _is_reported_subset(c) for c in noun.children)


def is_subset_or_whole(rep: Token, numbers_heads: set[int]) -> bool:
    """True for "including dozens of women" and for the 31 of "28 of the 31 provinces"."""
    subset = _words().subset
    tok = rep
    for _ in range(4):
        head = tok.head
        if head == tok:
            return False
        if _lemma(head) in subset or head.lower_ in subset:
            return True
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i in numbers_heads:
            return True
        if _kind_of(head) is not None:
            return False
        tok = head
    return False


def figure_text(span: Span, num: NumberExpr, noun: Token | None) -> str:
    end = num.context_end if num.context_end > num.end else num.end
    if noun is not None and end <= noun.i < end + 4:
        end = noun.i + 1
    return span.doc[num.first : end].text


def subset_figures(
    span: Span, num: NumberExpr, noun: Token | None, whole: list[Figure]
) -> list[Figure]:
    """A reported subset ("including 64 children", "64 of them children") takes the
    kinds of the count before it."""
    doc = span.doc
    if noun is None and num.end + 2 < len(doc) and doc[num.end].lower_ == "of":
        noun = doc[num.end + 2] if doc[num.end + 1].pos_ == "PRON" else None  # "of them children"
        if noun is not None and noun.pos_ not in {"NOUN", "PROPN"}:
            noun = None  # "three of them in Chattogram"
    reported = _is_reported_subset(noun) or _estimated_subset(num, noun)
    part = _located_part(span, num, noun) or _beside_reported(num, noun)
    if not (reported or part) or num.value < 1:
        return []
    text = figure_text(span, num, noun)
    kinds = [f.kind for f in whole if f.kind not in {"participants", "locations", "provinces"}]
    return [Figure(kind, num.value, num.qualifier, None, text) for kind in kinds]
