"""Which event types a token may cue (private to ``events``), looked up once per token.

Every lexicon check of ``events._token_candidates`` starts from the token's lemma
(a verb, a phrase word, a noun, an agent), the stem of an "-ed" form or the
common-noun reading of a sentence-initial name. :class:`CueIndex` maps each of
those words to the types whose lexicon holds it, so a token is checked only
against the types it may cue instead of all of them. The index only narrows the
search: the checks themselves are unchanged, in the ontology's type order.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from unrest.extract import _events_narrative as nar
from unrest.extract import _events_surface as surf
from unrest.extract import _modality as mod
from unrest.extract._modality import Ontology, TypeLexicon, event_nouns

__all__ = ["CueIndex", "cue_index", "event_nouns", "event_verbs"]

_CENSORSHIP = "censorship"


@dataclass(frozen=True)
class CueIndex:
    """Type positions (in ``types``) whose lexicon holds each word."""

    types: tuple[TypeLexicon, ...]
    by_word: dict[str, frozenset[int]]
    by_name: dict[str, frozenset[int]]

    @classmethod
    def build(cls, onto: Ontology) -> CueIndex:
        """The index of every lexicon word of ``onto``."""
        words: dict[str, set[int]] = {}
        names: dict[str, set[int]] = {}
        for pos, lex in enumerate(onto.types):
            names.setdefault(lex.name, set()).add(pos)
            keys = set(surf.known_verbs(lex)) | lex.nouns | lex.agents
            keys.update(w for pair in lex.phrases for w in pair)
            for key in keys:
                words.setdefault(key, set()).add(pos)
        return cls(
            onto.types,
            {k: frozenset(v) for k, v in words.items()},
            {k: frozenset(v) for k, v in names.items()},
        )

    def lexicons(self, tok: Token, extra: list[tuple[str, str]]) -> list[TypeLexicon]:
        """The lexicons ``tok`` may cue (``extra``: its cues from no lexicon), in type order.

        A superset of the types for which ``events._token_candidates`` finds
        anything: each of its checks needs one of the words looked up here.
        """
        lemma = tok.lemma_.lower()
        hits: set[int] = set(self.by_word.get(lemma, ()))
        word = tok.lower_
        if word.endswith("ed"):
            for stem in (word[:-2], word[:-1], word[:-3]):
                hits.update(self.by_word.get(stem, ()))
        if tok.pos_ == "PROPN":
            initial = surf.initial_proper_noun(tok)
            if initial:
                hits.update(self.by_word.get(initial, ()))
        for typ, _kind in extra:
            hits.update(self.by_name.get(typ, ()))
        if _CENSORSHIP in self.by_name and nar.connectivity_cut(tok):
            hits.update(self.by_name[_CENSORSHIP])
        if not hits:
            return []
        return [self.types[pos] for pos in sorted(hits)]


_CACHE: dict[int, tuple[Ontology, CueIndex]] = {}


def cue_index(onto: Ontology) -> CueIndex:
    """The :class:`CueIndex` of ``onto``, built once per ontology."""
    hit = _CACHE.get(id(onto))
    if hit is None or hit[0] is not onto:
        hit = (onto, CueIndex.build(onto))
        _CACHE[id(onto)] = hit
    return hit[1]


@lru_cache(maxsize=1)
def event_verbs() -> frozenset[str]:
    """Every event verb of the ontology, with verbs that need an object."""
    return frozenset(
        v.split()[0] for lex in mod.ontology().types for v in (*lex.verbs, *lex.objects)
    )
