"""Speakers the role index misses: "one of its advisers", "the X Watch group", and a
part of a set ("both said").

Private helper of :mod:`unrest.extract._names`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._attrib_kindname import nationality
from unrest.model import Source

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_AS_NAMED = frozenset({"identify", "name", "know", "give"})  # "identified only as X"


def unlisted_speaker(sp: Speakers, tok: Token) -> Source | None:
    """A speaker the role rules miss: one who gave a name ("a teacher who gave only his
    first name, Omid"), "one of its advisers", or "a coalition of ..." named later."""
    return given_name(tok) or one_of(sp, tok) or named_later(sp, tok)


def named_later(sp: Speakers, tok: Token) -> Source | None:
    """ "a coalition of rights groups" in a lead the article later names ("the X
    Coalition"): the one organization named anywhere whose name ends with that noun."""
    lemma = tok.lemma_.lower()
    if tok.tag_ != "NN" or lemma not in sp.lex.backref_nouns:
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
        return None
    named = [n for _, n in sp.names.named_orgs]
    named += [s.name for _, s in sp.history() if s.kind == "organization" and s.name]
    names = {n for n in named if n[:1].isupper() and n.split()[-1].lower() == tok.lower_}
    if len(names) != 1:
        return None
    text = " ".join(t.text for t in tok.doc[tok.i : tok.right_edge.i + 1])
    return Source("organization", names.pop(), text)


def given_name(tok: Token) -> Source | None:
    """The name a role subject gave: "who gave only his first name, X", "identified
    only as X"."""
    if tok.pos_ != "NOUN":
        return None
    for t in tok.subtree:
        if t.pos_ != "PROPN" or not t.text[:1].isupper():
            continue
        named = t.dep_ == "appos" and t.head.lemma_.lower() == "name"
        as_verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "as" else None
        if named or (as_verb is not None and as_verb.lemma_.lower() in _AS_NAMED):
            return Source("person", t.text, t.text)
    return None


def one_of(sp: Speakers, tok: Token) -> Source | None:
    """ "one of its advisers", "one of his cousins": one person, named as written;
    one of a crowd ("one of the protesters") is left to the crowd rule."""
    if tok.lower_ != "one" or tok.pos_ not in ("NUM", "PRON", "NOUN"):
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            lemma = obj.lemma_.lower()
            if obj.tag_ != "NNS" or lemma in sp.lex.crowd_nouns or lemma in sp.lex.org_words:
                continue
            text = " ".join(t.text for t in tok.doc[tok.i : obj.right_edge.i + 1])
            return Source("person", text, text)
    return None


def named_compound(sp: Speakers, tok: Token) -> list[Token]:
    """The proper name before an organization noun that heads the subject ("the
    Baltic Freedom Watch group"): the name, without the noun."""
    if tok.pos_ != "NOUN" or not tok.text.islower() or tok.lemma_.lower() not in sp.lex.org_words:
        return []
    names = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    if not names or names[-1].i != tok.i - 1 or names[-1].pos_ != "PROPN":
        return []
    if names[-1].ent_type_ in ("GPE", "LOC", "NORP") or nationality(names[-1].text):
        return []  # "Tehran police", "Kazakh police": a place's organization, as written
    start = names[-1].left_edge.i
    tokens = list(tok.doc[start : tok.i])
    if not all(t.text[:1].isupper() or t.lower_ in ("of", "for", "&", "and") for t in tokens):
        return []
    if all(t.lower_ in sp.lex.org_words for t in tokens):  # "Resistance network": a
        if tokens[0].is_sent_start:  # "Rights groups say": capitalized as the first word
            return []
        return [*tokens, tok]  # common word named by its noun, kept whole
    return tokens


def glued(tok: Token) -> bool:
    """A hyphen written with no space on either side ("brother-in-law"): part of a word."""
    if tok.text != "-" or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    return not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_


_PART = frozenset({"most", "many", "some", "all", "several", "half", "none", "one"})
_SET_PARTS = _PART | {"both", "each", "few", "either", "neither"}


def one_described(tok: Token) -> Token | None:
    """The noun in apposition to a speaker named only as "one" ("said one, a 24-year-old
    graduate who ..."): that description says who speaks."""
    if tok.lower_ != "one" or tok.pos_ not in ("PRON", "NUM", "NOUN"):
        return None
    return next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)


def part_of_set(tok: Token) -> Source | None:
    """A speaker named only as part of a set ("one of the channels said", "both said",
    "all but two described") that the role rules leave unresolved: nobody in
    particular, as written."""
    if tok.lower_ not in _SET_PARTS or tok.pos_ not in ("PRON", "DET", "NUM", "NOUN"):
        return None
    text = " ".join(t.text for t in tok.doc[tok.i : tok.right_edge.i + 1])
    return Source("unnamed", None, text)


def partitive_clause(child: Token) -> bool:
    """A clause on the reported object's members ("recorded 400 injuries, most of them
    caused by pellets"): as reported as the object itself."""
    if child.dep_ != "advcl" or not child.head.i < child.i:
        return False
    for subj in (c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")):
        of = [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"]
        them = [o for p in of for o in p.children if o.lower_ in ("them", "whom")]
        if subj.lower_ in _PART and them:
            return True
    return False
