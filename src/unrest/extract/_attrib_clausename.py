"""Organization names the parser reads as clauses.

Private helper of :class:`unrest.extract._names.Speakers`. A name such as
"Committee to Protect Reporters" or "Centre to Defend Workers" is parsed as a
clausal subject ("Committee" the subject of "to Protect") or as a clause of its first
noun; the organization is the whole capitalized phrase.
"""

from __future__ import annotations

from spacy.tokens import Token


def clause_name(subj: Token) -> Token | None:
    """The capitalized head noun of a name parsed as a clausal subject, or None."""
    if subj.dep_ != "csubj" or not subj.text[:1].isupper():
        return None
    names = [c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i]
    if not names or names[0].pos_ != "PROPN" or not names[0].text[:1].isupper():
        return None
    return names[0]


def clause_span(tok: Token) -> list[Token] | None:
    """The whole name ("Committee to Protect Press Freedom", a possessor kept) when
    ``tok`` opens a name parsed as a clausal subject; None otherwise."""
    verb = _name_verb(tok)
    if verb is None:
        return None
    end = verb.i
    for child in verb.rights:
        if child.dep_ not in ("dobj", "prep", "compound"):
            break
        end = max(end, *(t.i for t in child.subtree if t.text[:1].isupper() or t.is_lower))
    doc = tok.doc
    tokens = list(doc[tok.left_edge.i : end + 1])
    comma = next((k for k, t in enumerate(tokens) if t.text == ","), None)
    tokens = tokens[:comma] if comma is not None else tokens
    while tokens and tokens[0].lower_ in ("the", "a", "an"):
        tokens = tokens[1:]
    return tokens or None


def _name_verb(tok: Token) -> Token | None:
    """The capitalized verb of "<Name> to <Verb> ..." read as a clause of ``tok``:
    the clausal subject ``tok`` opens, or a clause the parser hung on it."""
    doc = tok.doc
    capital = tok.pos_ == "PROPN" or (tok.text[:1].isupper() and not tok.is_sent_start)
    if not capital or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to":
        return None
    verb = doc[tok.i + 2]
    if not verb.text[:1].isupper() or verb.pos_ != "VERB":
        return None
    name = clause_name(tok.head) if tok.dep_ == "nsubj" else None
    if name is not None and name.i == tok.i and tok.head.i == verb.i:
        return verb  # "Committee to Protect X said": a clausal subject
    if verb.dep_ in ("acl", "relcl") and verb.head.i == tok.i:
        return verb  # a clause hung on the name's first noun
    return None
