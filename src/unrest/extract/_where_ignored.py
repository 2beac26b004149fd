"""Toponyms that name no event place, for :mod:`unrest.extract._where_roles`: a place
in a news outlet's name, one a protest is for or against, one inside a chanted slogan,
one in an apposition on a person, and one in the agent of a passive verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Nouns that make a place before them part of an outlet's name.
_MEDIA_NOUNS = {
    "agency",
    "news",
    "newspaper",
    "times",
    "daily",
    "television",
    "tv",
    "radio",
    "channel",
    "broadcaster",
    "network",
    # last words of newspaper and wire names ("the Alborz Observer", "Gulf Wire")
    "observer",
    "herald",
    "tribune",
    "journal",
    "gazette",
    "chronicle",
    "dispatch",
    "courier",
    "wire",
}


#: Nouns whose object is what a protest is for ("in solidarity with Khuzestan").
_CAUSE_NOUNS = {"solidarity", "support", "sympathy"}


#: Words of protest whose "against X" is what the protest is against, not where it is.
_PROTESTING = {
    "chant",
    "protest",
    "rally",
    "demonstrate",
    "demonstration",
    "march",
    "slogan",
    "shout",
    "campaign",
    "demonstrator",
    "protester",
}


def accused(tok: Token) -> bool:
    """Whether ``tok`` is (in) the agent of a passive verb: "engineered by America",
    "organised by a triangle of the United States, Israel and Saudi Arabia"."""
    for _ in range(8):
        if tok.dep_ in ("conj", "appos"):
            tok = tok.head
            continue
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.dep_ == "agent":
            return True
        if prep.lower_ != "of" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = prep.head
    return False


def cause(tok: Token) -> bool:
    """A place that a protest is for or against, not in ("to show solidarity with
    Khuzestan", "chanted against the United States")."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "against":
        return tok.head.head.lemma_.lower() in _PROTESTING
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("with", "of", "for"):
        return False
    held = tok.head.head  # "solidarity with X", or "show solidarity with X"
    return (
        held.lower_ in _CAUSE_NOUNS
        or any(c.dep_ == "dobj" and c.lower_ in _CAUSE_NOUNS for c in held.children)
        or any(  # "took to the streets in solidarity with X": "with" hangs on the verb
            c.dep_ == "prep" and any(o.lower_ in _CAUSE_NOUNS for o in c.children)
            for c in held.children
        )
    )


#: Words that introduce a slogan: a place inside it is chanted, not where ("chanting
#: "Khuzestan is not alone"").
_SLOGAN_WORDS = {"chant", "slogan", "shout", "sing", "cry", "banner", "placard", "sign", "graffiti"}


def chanted(span: Span) -> bool:
    """Whether ``span`` lies inside a quoted slogan of its sentence."""
    sent = span.sent
    before = [t for t in sent if t.i < span.start]
    quotes = sum(1 for t in before if t.text in ('"', "\u201c", "\u201d"))
    return quotes % 2 == 1 and any(t.lemma_.lower() in _SLOGAN_WORDS for t in before)


def names_media(tok: Token) -> bool:
    """A place in the name of a news outlet ("the Fars news agency", "Tehran Times")."""
    head = tok
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
        if head.lower_ in _MEDIA_NOUNS:
            return True
    return False


def describes_person(tok: Token) -> bool:
    """A place in an apposition on a person ("X, a lawmaker for Tehran, said")."""
    for anc in tok.ancestors:
        if anc.dep_ == "appos" and anc.pos_ in ("NOUN", "PROPN") and anc.head.ent_type_ == "PERSON":
            return True
        if _misparsed_apposition(anc):
            return True
        if anc.pos_ in ("VERB", "AUX"):
            return False
    return False


def _misparsed_apposition(noun: Token) -> bool:
    """ "arrested X and Y, members of the board of Z": an apposition the parser hung on
    the verb (as a second object or an adverbial noun); its phrase follows a comma after
    a person's name."""
    if noun.dep_ not in ("npadvmod", "dobj") or noun.pos_ != "NOUN":
        return False
    first = noun.left_edge
    if first.i < 2 or noun.doc[first.i - 1].text != ",":
        return False
    return noun.doc[first.i - 2].ent_type_ == "PERSON"
