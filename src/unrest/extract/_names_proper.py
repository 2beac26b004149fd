"""Who a proper-name subject is, for :class:`unrest.extract._names.Speakers`: a person
(by the fullest name the article gives) or an organization (with its "of/for"
complements, acronyms expanded), and the subject phrase as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._names_index import (
    _NAME_GLUE,
    _capital,
    _is_acronym,
    _org_word,
    _strip_det,
    _text,
)
from unrest.extract._names_marks import given_name
from unrest.model import AUTHOR, Source
from unrest.nlp import doc_text

_NOT_NAME = frozenset({"The", "A", "An", "the", "a", "an"})  # not part of a name

if TYPE_CHECKING:
    from unrest.extract._names import Speakers


def named_source(sp: Speakers, tokens: list[Token], subj: Token) -> Source:
    """A proper name: a person (fullest name, title kept in ``text``) or an organization."""
    text = _text(tokens)
    at = tokens[0].i
    last = tokens[-1]
    label = last.ent_type_
    chain = _strip_det(sp._chain(last))
    phrase = _phrase(sp, subj)
    if (television := _television(sp, last)) is not None:
        return Source("organization", television, phrase)  # "state TV": "state television"
    if text in sp.names.known_orgs or _text(chain) in sp.names.known_orgs:
        return Source("organization", _org_name(sp, chain), phrase)
    if at > 0 and sp._kind_noun(sp.doc[at - 1]):
        return Source("organization", _org_name(sp, chain), phrase)  # "the group X"
    outlet = sp.names.described_outlet(text)
    if outlet is not None:  # "Mizan said", the article's "Mizan news agency"
        return Source("organization", outlet, phrase)
    if given_name(tokens[0]):  # "a resident who gave his name as Adel said"
        return Source("person", sp.names.fullest_person(text, at), phrase)
    if sp.names.is_known_surname(last.text) and not _is_acronym(last.text):
        return Source("person", sp.names.fullest_person(text, at), phrase)
    if len(tokens) == 1 and (full := sp.names.by_first_name(text, at)) is not None:
        return Source("person", full, phrase)  # "Kaveh Nazari ... Kaveh said"
    if _relative_pronoun(subj) == "which":  # "Tasnim, which is close to the Guards, said"
        return Source("organization", _org_name(sp, chain), phrase)
    if sp._person_like(last) and not (_is_acronym(last.text) or _org_word(last, sp.lex)):
        return Source("person", sp.names.fullest_person(text, at), phrase)
    if _text(chain) in sp.names.outlets or text in sp.names.outlets:
        return AUTHOR  # the article's own outlet ("videos verified by <outlet>")
    if _org_like(sp, chain, subj):
        return Source("organization", _org_name(sp, chain), phrase)
    if label == "PERSON" and not _is_acronym(last.text):
        return Source("person", sp.names.fullest_person(text, at), phrase)
    if _has_role(sp, subj) or label not in ("ORG", "GPE", "NORP", "LOC", "FAC"):
        return Source("person", sp.names.fullest_person(text, at), phrase)
    return Source("organization", _org_name(sp, chain), phrase)


def _org_name(sp: Speakers, chain: list[Token]) -> str:
    """The fullest name of an organization: "of/for" complements kept ("People's
    Mojahedin Organization of Iran"), acronyms expanded, short forms completed."""
    tokens = list(chain)
    head = tokens[-1]
    while True:
        preps = [c for c in head.rights if c.dep_ == "prep" and c.i == tokens[-1].i + 1]
        objs = [o for p in preps if p.lower_ in ("of", "for") for o in p.children]
        objs = [o for o in objs if o.dep_ == "pobj" and _capital(o) and o.pos_ == "PROPN"]
        if not objs or not all(
            _capital(t) or t.lower_ in _NAME_GLUE for t in sp.doc[tokens[-1].i + 1 : objs[0].i + 1]
        ):
            break
        tokens = list(sp.doc[tokens[0].i : objs[0].i + 1])
        head = objs[0]
    return sp.names.fullest_org(_text(tokens), tokens[0].i)


def _org_like(sp: Speakers, chain: list[Token], subj: Token) -> bool:
    """An organization's name: an organization word in it or in an apposition
    ("X, a Kurdish rights group"), or an acronym."""
    if any(_org_word(t, sp.lex) for t in chain):
        return True
    if _is_acronym("".join(t.text for t in chain)):
        return True
    return any(
        a.pos_ == "NOUN" and a.lemma_.lower() in sp.lex.org_words for a in sp._appositions(subj)
    )


def _phrase(sp: Speakers, subj: Token) -> str:
    """The subject as written, with its title or apposition ("X, special envoy for Y")."""
    tokens = _strip_det(list(sp.doc[subj.left_edge.i : subj.i + 1]))
    apps = [a for a in sp._appositions(subj) if a.i > subj.i]
    if apps:
        end = max(a.right_edge.i for a in apps)
        tokens = _strip_det(list(sp.doc[tokens[0].i if tokens else subj.i : end + 1]))
    return _text(tokens) if tokens else subj.text


def _has_role(sp: Speakers, subj: Token) -> bool:
    """Whether the subject carries a person's title or role ("Minister ..., Alavi")."""
    near = [subj, subj.head, *subj.children]
    near += [c for t in list(subj.children) for c in t.children if c.dep_ == "compound"]
    return any(t.lower_ in sp.lex.title_words for t in near if t is not None)


def _relative_pronoun(subj: Token) -> str | None:
    """The pronoun opening a relative clause on the name ("X, which ...": a thing or a
    body, not a person), if it has one."""
    for rel in (c for c in subj.children if c.dep_ == "relcl"):
        for pron in (c for c in rel.children if c.dep_ in ("nsubj", "nsubjpass")):
            if pron.lower_ in ("which", "who"):
                return pron.lower_
    return None


def _television(sp: Speakers, last: Token) -> str | None:
    """The article's fuller name of a broadcaster written with the abbreviation "TV"
    ("state TV", the article's "Iranian state television"): the same words spelled out
    after a proper name of its own. None when the article has no fuller form."""
    if last.text != "TV":
        return None
    mods = [
        c.lower_
        for c in last.children
        if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.i < last.i
    ]
    mods = [m for m in mods if m.isalpha() and m not in _NOT_NAME]
    tail = " ".join(re.escape(w) for w in [*mods, "television"])
    own = {c.lower_ for c in last.children}  # "State television" is no fuller "State TV"
    for found in re.finditer(rf"((?:[A-Z][\w'’-]* )+)((?i:{tail}))\b", doc_text(sp.doc)):
        names = [w for w in found.group(1).split() if w not in _NOT_NAME and w.lower() not in own]
        if names and all(w[:1].isupper() for w in names):
            return " ".join([*names, found.group(2)])
    return None
