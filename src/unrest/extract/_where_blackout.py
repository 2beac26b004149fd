"""Nationwide blocks beside local cuts, for :mod:`unrest.extract.where`.

"Instagram and WhatsApp have been blocked across Iran, and mobile internet has been
shut down in Tehran and in Kurdistan province": one censorship report that holds a
block over the whole country and cuts in named places, so the country stays beside
the places (a bare country is otherwise dropped next to a town in it).
"""

from __future__ import annotations

from spacy.tokens import Span

from unrest.extract._where_context import NATIONWIDE
from unrest.extract._where_toponyms import Toponym

__all__ = ["nationwide_block"]

#: Words of online services and their blocking.
_ONLINE = {
    "internet",
    "instagram",
    "whatsapp",
    "telegram",
    "facebook",
    "twitter",
    "youtube",
    "tiktok",
    "signal",
    "mobile",
    "broadband",
    "connectivity",
    "networks",
}
#: Lemmas of blocking: the triggers this concerns.
_BLOCKING = {
    "block",
    "cut",
    "shut",
    "restrict",
    "disrupt",
    "shutdown",
    "blackout",
    "throttle",
    "suspend",
    "filter",
    "censor",
}
#: Prepositions that spread a block over a whole country ("across Iran").
_ACROSS = {"across", "throughout"}


def _country_scope(sent: Span, tops: list[Toponym], home: str | None) -> bool:
    """Whether ``sent`` speaks of the whole country: "nationwide", "across Iran"."""
    text = sent.text.lower()
    if any(cue in text for cue in NATIONWIDE):
        return True
    return any(
        t.entry.kind == "country"
        and t.entry.country == home
        and t.span.root.dep_ == "pobj"
        and t.span.root.head.lower_ in _ACROSS
        for t in tops
    )


def nationwide_block(
    trigger: Span, sents: list[Span], tops: list[Toponym], home: str | None
) -> bool:
    """Whether the trigger blocks something and its sentences report an online block over
    the whole country."""
    if trigger.root.lemma_.lower() not in _BLOCKING:
        return False
    return any(
        any(tok.lower_ in _ONLINE for tok in sent) and _country_scope(sent, tops, home)
        for sent in sents
    )
