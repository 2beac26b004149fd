"""Places of a mention cut from a longer sentence: the places inside its evidence.

"An officer was killed in Isfahan when rioters attacked a patrol, and security forces
in Isfahan and Shiraz have since detained dozens": the killing's evidence ends before
the detentions, and so do its places. "In Mashhad students staged a rally; in Shiraz
students refused to attend lectures": each mention its own city. A mention whose
evidence names no place still takes the places of the rest of its sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from unrest.extract._where_toponyms import Toponym


def within_evidence(tops: list[Toponym], evidence: Span) -> list[Toponym]:
    """The toponyms inside ``evidence`` when there are any, else ``tops``."""
    inside = [t for t in tops if evidence.start <= t.span.start and t.span.end <= evidence.end]
    return inside if inside else tops


#: Words that may stand between two members of a list of places.
_LIST_GLUE = {",", "and", "or"}


def with_list_mates(strong: list[Toponym], every: list[Toponym]) -> list[Toponym]:
    """``strong`` with the other members of each list of place names it holds a member of.

    "wounded and arrested in Kurdistan, Kermanshah and West Azerbaijan provinces": the
    parser may hang the list's members on different words, but a list is read on the
    surface ("A, B and C") and its members go together.
    """
    out = list(strong)
    for group in _surface_lists(every):
        if any(t in strong for t in group):
            # "rallies in support of the government in Qom, Ahvaz and Arak": the parser
            # hangs the list on the seat noun, making its first member a mere seat
            out += [t for t in group if t not in out and t.role in ("event", "weak")]
    return sorted(out, key=lambda t: t.span.start)


def _surface_lists(tops: list[Toponym]) -> list[list[Toponym]]:
    """Runs of toponyms joined only by commas, "and" or "or"."""
    groups: list[list[Toponym]] = []
    ordered = sorted(tops, key=lambda t: t.span.start)
    for top in ordered:
        if groups:
            last = groups[-1][-1]
            gap = top.span.doc[last.span.end : top.span.start]
            if 0 < len(gap) <= 2 and all(tok.lower_ in _LIST_GLUE for tok in gap):
                groups[-1].append(top)
                continue
        groups.append([top])
    return [g for g in groups if len(g) > 1]


def parallel_sites(strong: list[Toponym], tops: list[Toponym]) -> list[Toponym]:
    """``strong`` with the weak toponyms that locate an item listed beside a strong one.

    "workers at the Minsk Tractor Works and the producer Belaruskali in Soligorsk": the
    company makes Soligorsk a mere seat, but it is one of the sites of the list.
    """
    if not strong:
        return strong
    lines = {a.i for t in strong for a in (t.span.root, *t.span.root.ancestors)}
    extra = []
    for top in tops:
        root = top.span.root
        if top.role != "weak" or top in strong or root.dep_ != "pobj":
            continue
        item = root.head.head  # "Belaruskali" of "Belaruskali in Soligorsk"
        while item.dep_ == "appos" and item.head.i != item.i:  # "the producer Belaruskali"
            item = item.head
        if item.dep_ == "conj" and item.head.i in lines and item.head.pos_ in ("NOUN", "PROPN"):
            extra.append(top)
    return sorted(strong + extra, key=lambda t: t.span.start) if extra else strong
