"""The name an official first named by a role goes on to speak under.

Private helper of :mod:`unrest.extract._names`. A wire lead often gives the role
("the deputy governor for security announced", "a member of the council's
security committee told the agency") and the next sentence names the speaker
without saying again who they are ("Amir Rostami told the agency ...") or with
a description that shares the role's words ("X, the committee's spokesman,
said"). The role stands for that person, named in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from unrest.extract._attrib_refs import _person_name

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

_SENTENCES = 2  # sentences after the role's own that may name the speaker
_CONTENT = frozenset({"NOUN", "PROPN", "ADJ"})


def speaker_named_next(sp: Speakers, role: Token, tokens: list[Token]) -> str | None:
    """The person whom the next sentences name as the subject of a reporting verb
    (new to the article, and described, if at all, with the role's words) when
    ``role`` is an official's title ("governor", "commander", "member")."""
    if role.lemma_.lower() not in sp.lex.title_words or role.tag_ != "NN":
        return None
    doc = sp.doc
    start = stop = role.sent.end
    for _ in range(_SENTENCES):
        if stop < len(doc):
            stop = doc[stop].sent.end
    words = _content(tokens)
    for verb in doc[start:stop]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in sp.lex.reporting_verbs:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue  # "X could not confirm the toll": X does not speak
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in ("PERSON", ""):
            continue
        if subj.left_edge.i != subj.sent.start:
            continue  # "On Friday, X said": a new turn of the story, not the lead's speaker
        name = _person_name(sp, subj)
        if name is None or " " not in name or _known(sp, name, role.i) or name in sp.names.outlets:
            continue
        described = [c for c in subj.children if c.dep_ == "appos"]
        if described and not any(_content(list(a.subtree)) & words for a in described):
            continue  # "X, a shopkeeper, said": somebody else
        if _other_title(sp, subj, name, words):
            continue  # "police spokesman X said" after "the provincial judge said"
        return sp.names.fullest_person(name, subj.i)
    return None


def _other_title(sp: Speakers, subj: Token, name: str, words: set[str]) -> bool:
    """Whether the words before the name give it a role ("spokesman", "leader") that
    the first role does not hold; ranks ("Brigadier General") give none."""
    start = subj.i - len(name.split()) + 1
    before = [t for t in sp.doc[subj.left_edge.i : start] if not t.is_punct]
    roles = sp.refs.person_nouns()
    return any(t.lemma_.lower() in roles and t.lemma_.lower() not in words for t in before)


def _content(tokens: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.pos_ in _CONTENT and not t.is_stop}


def _known(sp: Speakers, name: str, before: int) -> bool:
    """Whether the article named this person (by last name) before ``before``."""
    last = name.split()[-1].lower()
    return any(n.split()[-1].lower() == last for i, n in sp.names.persons if i < before)
