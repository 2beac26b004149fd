"""Register fields told as a bare participle (private to ``events``).

Case lists and registers give each person's fate as a fragment with no subject:
"Circumstances: *Shot* in the head by security forces.", "*Killed* during the
protests in Tehran.", "*Hanged* in Mashhad on 12 December." The tagger often takes
the capitalised participle for a name or a noun (and the lemma of "Shot" for
"shot"), so the lexicon misses it; the sentence may even look verbless. A
capitalised event participle that opens the line (or follows a field label) and
is followed by a preposition is such a field.

Digests note closed shops the same verbless way: "Grand Bazaar: *shutters down* in
the gold section." (a strike).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["fragment_participle", "shutters_down"]

_PARTICIPLES = {
    **dict.fromkeys(("shot", "killed", "beaten", "wounded", "injured", "tortured"), "attack"),
    **dict.fromkeys(("detained", "arrested", "abducted"), "arrest"),
    **dict.fromkeys(("hanged", "executed"), "execution"),
    **dict.fromkeys(("sentenced", "flogged"), "sentencing"),
}
_LABEL_WORDS = 3  # "Cause of death: ..." at most


def fragment_participle(tok: Token) -> str | None:
    """The event type of a register field opened by participle ``tok``, else None."""
    typ = _PARTICIPLES.get(tok.lower_)
    if typ is None or not tok.is_title or tok.sent is None:
        return None
    before = [t for t in tok.doc[tok.sent.start : tok.i] if not t.is_space]
    if before and (before[-1].text != ":" or len(before) > _LABEL_WORDS + 1):
        return None
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if after is None or after.pos_ != "ADP" or after.sent.start != tok.sent.start:
        return None
    return typ


def shutters_down(tok: Token) -> bool:
    """ "*shutters* down on a market street": closed shops told without a verb."""
    if tok.lower_ != "shutters" or tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].lower_ != "down":
        return False
    return tok.sent is not None and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent)
