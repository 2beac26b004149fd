"""Sources tagged onto tallies: "Amnesty International: at least 304 killed" and
"12 injured (hospital)".

Reference works and lists give each count with its source as a label opening the
line or as a short parenthesis after the count. The label names who gives the
count; it is not the writer's own claim.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from unrest.model import Source, SourceKind

if TYPE_CHECKING:
    from unrest.extract._names import Speakers

# Entity types that label a line without giving its source ("25 November: ...").
_NOT_SOURCES = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
_NAMED = frozenset({"ORG", "PERSON", "NORP"})  # entity types of sources
_MAX_TAG = 4  # words in a parenthetical source tag
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_INSTITUTIONS = frozenset({"hospital", "morgue", "coroner"})  # bodies not in org_words


def _nominal(tokens: list[Token]) -> bool:
    """Whether ``tokens`` form a name or a noun phrase that is no place nor date."""
    if not tokens or any(t.ent_type_ in _NOT_SOURCES or t.like_num for t in tokens):
        return False
    if any(t.pos_ in ("VERB", "AUX", "ADP") and t.lower_ != "of" for t in tokens):
        return False
    return tokens[-1].pos_ in ("NOUN", "PROPN")


def _numbered(verb: Token) -> bool:
    """Whether a number stands right before ``verb`` or hangs on it ("9 arrested")."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (before is not None and before.like_num) or any(c.like_num for c in verb.children)


def _tally(words: list[Token]) -> bool:
    """Whether ``words`` read as a bare count ("at least 304 killed"): a number and no
    finite verb but one the parser gave a number ("1 killed")."""
    finite = [t for t in words if t.tag_ in _FINITE]
    counted = all(_numbered(t) for t in finite)  # "1 killed"
    return any(t.like_num for t in words) and counted


def label_tag(tok: Token) -> list[Token] | None:
    """The label words of a line "X: <count> ..." holding the trigger ``tok`` after the colon."""
    sent = tok.sent
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i >= tok.i or colon.i - sent.start > _MAX_TAG + 4:
        return None
    label = [t for t in sent if t.i < colon.i and not t.is_space]
    named = any(t.pos_ == "PROPN" or t.ent_type_ in _NAMED for t in label)
    if not _nominal(label) or not named:
        return None
    after = [t for t in sent if colon.i < t.i <= tok.i]
    if not _tally(after):
        return None
    return label


def title_label(tok: Token, titles: frozenset[str]) -> list[Token] | None:
    """The label of a headline "X governor: <claim>" holding ``tok`` after the colon,
    when the label is one official named by a title ("Kermanshah governor",
    "Interior Minister"): the official makes the claim, as "X says" would."""
    sent = tok.sent
    colon = next((t for t in sent if t.text == ":"), None)
    if colon is None or colon.i >= tok.i or colon.i - sent.start > _MAX_TAG:
        return None
    label = [t for t in sent if t.i < colon.i and not t.is_space]
    if not label or label[-1].lower_ not in titles or label[-1].tag_ not in ("NN", "NNP"):
        return None
    if any(t.pos_ not in ("NOUN", "PROPN", "ADJ", "DET", "PART") for t in label):
        return None
    return label


def _body(head: Token, org_words: frozenset[str]) -> bool:
    """Whether ``head`` names a body or group that can give a count."""
    lemma = head.lemma_.lower()
    plural = head.tag_ in ("NNS", "NNPS")
    return head.pos_ == "PROPN" or plural or lemma in org_words or lemma in _INSTITUTIONS


def paren_tag(tok: Token, org_words: frozenset[str]) -> list[Token] | None:
    """The words of the first short parenthesis after the trigger that names a body
    ("12 injured (hospital)"), in the trigger's sentence, after a bare count."""
    sent: Span = tok.sent
    opens = [t for t in sent if t.text == "(" and t.i > tok.i]
    for start in opens:
        close = next((t for t in sent if t.text == ")" and t.i > start.i), None)
        if close is None:
            return None
        inner = [t for t in sent if start.i < t.i < close.i]
        if not 0 < len(inner) <= _MAX_TAG or not _nominal(inner):
            continue
        if not _body(inner[-1], org_words):
            continue
        stops = [t.i for t in sent if t.text == ";" and t.i < tok.i]
        first = stops[-1] if stops else sent.start
        if not _tally([t for t in sent if first < t.i < start.i]):
            return None  # the count's own segment of a "; "-separated line
        return inner
    return None


def citing_object(tok: Token) -> Token | None:
    """The object of a "citing X" phrase in the trigger's sentence ("Reuters: 1,500
    killed, citing three officials of the interior ministry")."""
    for verb in tok.sent:
        if verb.lemma_.lower() != "cite" or verb.tag_ != "VBG":
            continue
        for word in verb.doc[verb.i + 1 : tok.sent.end]:
            if word.is_punct:
                return None  # "citing (" or "citing, ...": no object of its own
            if word.pos_ in ("NOUN", "PROPN") and word.ent_type_ not in _NOT_SOURCES:
                return _body_of(word)
    return None


def _body_of(word: Token) -> Token:
    """The body "officials of X" belong to (X), else ``word``."""
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            return obj
    return word


def _named(source: Source | None) -> bool:
    return source is not None and source.kind in ("person", "organization")


def tagged_source(sp: Speakers, tok: Token) -> Source | None:
    """Who a label or a parenthesis tags a bare count with ("X: 304 killed", "12
    injured (hospital)"); a chain in the line ("citing ...") takes the originator."""
    label = label_tag(tok)
    if label is None and (titled := title_label(tok, sp.lex.title_words)) is not None:
        found = sp._role(titled[-1])  # the title alone: the parser may hang the claim on it
        return found if _named(found) else None
    if label is not None:
        found = sp.speaker(label[-1], own=False)
        if found is None or not _named(found):
            text = " ".join(t.text for t in label)
            kind: SourceKind = "person" if label[-1].ent_type_ == "PERSON" else "organization"
            found = Source(kind, text, text)
        obj = citing_object(tok)
        origin = sp.speaker(obj, own=False) if obj is not None else None
        return origin if origin is not None and _named(origin) else found
    words = paren_tag(tok, sp.lex.org_words)
    if words is None:
        return None
    found = sp.speaker(words[-1], own=False)
    if found is not None and found.kind == "person" and words[-1].pos_ == "PROPN":
        return found
    text = " ".join(t.text for t in words)
    return Source("organization", text, text)
