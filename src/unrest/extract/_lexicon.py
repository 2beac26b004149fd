"""The attribution lexicon: word lists of ``data/reporting.yaml``.

Private helper of :mod:`unrest.extract.sources`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from unrest.errors import ConfigError

_LEXICON_FILE = "reporting.yaml"
_SET_KEYS = (
    "reporting_verbs",
    "quote_verbs",
    "chant_verbs",
    "slogan_nouns",
    "crowd_nouns",
    "unnamed_heads",
    "report_nouns",
    "hedge_adverbs",
    "document_nouns",
    "speech_nouns",
    "honorifics",
    "title_words",
    "org_words",
    "evidence_nouns",
    "evidence_verbs",
    "proxy_nouns",
    "backref_nouns",
    "record_verbs",
    "generic_person_nouns",
    "receipt_verbs",
    "estimate_verbs",
    "estimate_nouns",
    "revision_verbs",
    "medium_words",
    "informant_nouns",
    "peer_nouns",
    "kin_groups",
    "charge_words",
    "person_nouns",
    "male_words",
    "female_words",
    "blame_verbs",
    "private_people",
)
_PHRASE_KEYS = ("hedge_phrases", "anonymity_phrases")


@dataclass(frozen=True)
class Lexicon:
    """Word lists of ``data/reporting.yaml`` as lower-case sets."""

    reporting_verbs: frozenset[str]
    quote_verbs: frozenset[str]
    chant_verbs: frozenset[str]
    slogan_nouns: frozenset[str]
    crowd_nouns: frozenset[str]
    unnamed_heads: frozenset[str]
    report_nouns: frozenset[str]
    hedge_adverbs: frozenset[str]
    document_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    honorifics: frozenset[str]
    title_words: frozenset[str]
    org_words: frozenset[str]
    evidence_nouns: frozenset[str]
    evidence_verbs: frozenset[str]
    proxy_nouns: frozenset[str]
    backref_nouns: frozenset[str]
    record_verbs: frozenset[str]
    generic_person_nouns: frozenset[str]
    receipt_verbs: frozenset[str]
    estimate_verbs: frozenset[str]
    estimate_nouns: frozenset[str]
    revision_verbs: frozenset[str]
    medium_words: frozenset[str]
    informant_nouns: frozenset[str]
    peer_nouns: frozenset[str]
    kin_groups: frozenset[str]
    charge_words: frozenset[str]
    person_nouns: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    blame_verbs: frozenset[str]
    private_people: frozenset[str]
    hedge_phrases: tuple[str, ...]
    anonymity_phrases: tuple[str, ...]

    @property
    def voices(self) -> frozenset[str]:
        """Subjects whose quotations are slogans: signs and crowds."""
        return self.slogan_nouns | self.crowd_nouns


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The attribution lexicon, loaded once from ``unrest/data/reporting.yaml``."""
    try:
        raw = resources.files("unrest.data").joinpath(_LEXICON_FILE).read_text("utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read unrest/data/{_LEXICON_FILE}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"unrest/data/{_LEXICON_FILE} must be a mapping of word lists")
    missing = [k for k in (*_SET_KEYS, *_PHRASE_KEYS) if not isinstance(data.get(k), list)]
    if missing:
        raise ConfigError(f"unrest/data/{_LEXICON_FILE}: missing word lists {missing}")
    values: dict[str, Any] = {k: frozenset(str(w).lower() for w in data[k]) for k in _SET_KEYS}
    values.update({k: tuple(str(p).lower() for p in data[k]) for k in _PHRASE_KEYS})
    return Lexicon(**values)
