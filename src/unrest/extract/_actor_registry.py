"""The actor registry: known actors from YAML files, and phrase resolution (private to ``actors``).

The built-in list is ``unrest/data/actors.yaml``; users add files of the same
format (documented at the top of that file). :meth:`ActorRegistry.resolve`
maps a noun phrase to a :class:`KnownActor` by the aliases it contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from unrest.errors import ConfigError

__all__ = ["ACTOR_KINDS", "ActorRegistry", "KnownActor", "Lexicon"]

ACTOR_KINDS: tuple[str, ...] = (
    "state_security",
    "government",
    "judiciary",
    "opposition_group",
    "rights_group",
    "international_body",
    "foreign_government",
    "media",
    "civilians",
)
# Kinds whose generic entries (country null) yield to a specific match in one phrase.
_GENERIC_KINDS = frozenset({"state_security", "government", "civilians"})
_BUILTIN = "actors.yaml"
_WORD = re.compile(r"\w+(?:'\w+)*")


@dataclass(frozen=True)
class KnownActor:
    """An actor of the registry: canonical ``name``, ``kind``, ISO ``country`` (None if generic)."""

    name: str
    kind: str
    country: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def generic(self) -> bool:
        """Whether this is a generic group ("police", "protesters") rather than a named body."""
        return self.country is None and self.kind in _GENERIC_KINDS


@dataclass(frozen=True)
class Lexicon:
    """General English word lists of the ``lexicon`` section (lower case)."""

    support_verbs: frozenset[str]
    member_nouns: frozenset[str]
    skip_words: frozenset[str]
    instrument_nouns: frozenset[str]
    place_nouns: frozenset[str]
    access_nouns: frozenset[str]


def _words(text: str) -> list[str]:
    """``text`` as words, without possessives, "the", acronym periods or hyphens."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"(?<![\w.])([A-Z])\.(?=[A-Z]\b|[A-Z]\.)", r"\1", text)
    text = re.sub(r"(?<=\b[A-Z])\.(?=\s|$)", "", text)
    text = re.sub(r"(?<=\w)'s\b", "", text)
    text = re.sub(r"(?<=s)'(?!\w)", "", text)
    return [w for w in _WORD.findall(text) if w.lower() != "the"]


def _word_matches(alias_word: str, text_word: str) -> bool:
    """Alias words in capitals (IRGC, UN, US) match as written; others ignore case."""
    if len(alias_word) > 1 and alias_word.isupper():
        return alias_word == text_word
    return alias_word.lower() == text_word.lower()


class ActorRegistry:
    """Known actors by canonical name, with an alias index for :meth:`resolve`."""

    def __init__(self, actors: Iterable[KnownActor], lexicon: Lexicon) -> None:
        self.actors: dict[str, KnownActor] = {a.name: a for a in actors}
        self.lexicon = lexicon
        self._index: dict[tuple[str, ...], list[tuple[tuple[str, ...], KnownActor]]] = {}
        for actor in self.actors.values():
            for form in _forms(actor):
                key = tuple(w.lower() for w in form)
                entries = self._index.setdefault(key, [])
                entries[:] = [e for e in entries if e[0] != form] + [(form, actor)]
        self._longest = max((len(k) for k in self._index), default=0)

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> ActorRegistry:
        """The built-in registry extended by the user files ``extra``, in order.

        A later entry with the same canonical name adds its aliases and
        overrides kind and country. Raises :class:`ConfigError` on a file that
        cannot be read or an entry that is malformed.
        """
        if not extra:
            return _builtin()
        base = _builtin()
        actors = dict(base.actors)
        lexicon = base.lexicon
        for path in extra:
            raw = _read_yaml(Path(path))
            actors = _merge(actors, _parse_actors(raw, str(path), actors))
            lexicon = _merge_lexicon(lexicon, raw, str(path))
        return cls(actors.values(), lexicon)

    def get(self, name: str) -> KnownActor | None:
        """The actor with canonical ``name``, or None."""
        return self.actors.get(name)

    def resolve(self, text: str, *, head_final: bool = False) -> KnownActor | None:
        """The known actor ``text`` names, or None.

        Any alias inside the phrase counts. Of overlapping aliases the longest
        wins ("Iranian state security forces" -> security forces); of separate
        ones a specific actor beats a generic group ("IRGC forces" -> IRGC,
        not security forces), then the one nearer the end (the head noun).
        With ``head_final`` (``text`` is a noun phrase ending in its head), a
        generic group counts only as the head: "a passenger plane" names no
        passengers, "the regime's mismanagement" no government.
        """
        words = _words(text)
        matches = [
            m
            for m in self._matches(words)
            if not (head_final and m[2].generic and m[1] != len(words))
        ]
        if not matches:
            return None
        kept = [m for m in matches if not any(_overlaps(m, o) and _longer(o, m) for o in matches)]
        best = max(kept, key=lambda m: (not m[2].generic, m[1], m[1] - m[0]))
        return best[2]

    def _matches(self, words: list[str]) -> list[tuple[int, int, KnownActor]]:
        """Every alias occurrence in ``words`` as (start, end, actor)."""
        found: list[tuple[int, int, KnownActor]] = []
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + self._longest) + 1):
                span = words[i:j]
                for form, actor in self._index.get(tuple(w.lower() for w in span), ()):
                    if all(_word_matches(a, t) for a, t in zip(form, span, strict=True)):
                        found.append((i, j, actor))
        return found


def _overlaps(a: tuple[int, int, KnownActor], b: tuple[int, int, KnownActor]) -> bool:
    return a is not b and a[0] < b[1] and b[0] < a[1]


def _longer(a: tuple[int, int, KnownActor], b: tuple[int, int, KnownActor]) -> bool:
    """Whether match ``a`` beats overlapping ``b``: more words, or as many and later."""
    return (a[1] - a[0], a[1]) > (b[1] - b[0], b[1])


def _forms(actor: KnownActor) -> list[tuple[str, ...]]:
    """Word forms of the canonical name and aliases, with a plural for lower-case ones."""
    forms: list[tuple[str, ...]] = []
    for alias in (actor.name, *actor.aliases):
        words = tuple(_words(alias))
        if not words:
            continue
        forms.append(words)
        last = words[-1]
        if last.islower() and not last.endswith("s"):
            forms.append((*words[:-1], last + "s"))
    return forms


def _merge(old: dict[str, KnownActor], new: list[KnownActor]) -> dict[str, KnownActor]:
    merged = dict(old)
    for actor in new:
        prior = merged.get(actor.name)
        if prior is not None:
            aliases = tuple(dict.fromkeys((*prior.aliases, *actor.aliases)))
            actor = replace(actor, aliases=aliases)
        merged[actor.name] = actor
    return merged


@lru_cache(maxsize=1)
def _builtin() -> ActorRegistry:
    """The registry of ``unrest/data/actors.yaml``, loaded once."""
    try:
        text = resources.files("unrest.data").joinpath(_BUILTIN).read_text("utf-8")
        raw = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the built-in actor list {_BUILTIN}: {exc}") from exc
    actors = _merge({}, _parse_actors(raw, _BUILTIN, {}))
    return ActorRegistry(actors.values(), _merge_lexicon(None, raw, _BUILTIN))


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read actor file: {exc.strerror or exc}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc


def _parse_actors(raw: Any, where: str, known: dict[str, KnownActor]) -> list[KnownActor]:
    """The ``actors`` entries of one file, checked. ``known`` may lack a kind to inherit."""
    if not isinstance(raw, dict) or not isinstance(raw.get("actors"), list):
        raise ConfigError(f"{where}: top level must be a mapping with an 'actors' list")
    return [_parse_entry(e, f"{where}: actors[{i}]", known) for i, e in enumerate(raw["actors"])]


def _parse_entry(entry: Any, where: str, known: dict[str, KnownActor]) -> KnownActor:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where} must be a mapping with name, kind, country, aliases")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where} needs a non-empty 'name'")
    where = f"{where} ({name!r})"
    prior = known.get(name.strip())
    kind = entry.get("kind", prior.kind if prior else None)
    if kind not in ACTOR_KINDS:
        raise ConfigError(
            f"{where}: kind {kind!r} is not valid; valid kinds: {', '.join(ACTOR_KINDS)}"
        )
    country = entry.get("country", prior.country if prior else None)
    if country is not None and not (isinstance(country, str) and re.fullmatch("[A-Z]{2}", country)):
        raise ConfigError(f"{where}: country must be an ISO 3166-1 alpha-2 code or null")
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise ConfigError(f"{where}: aliases must be a list of non-empty strings")
    return KnownActor(name.strip(), str(kind), country, tuple(a.strip() for a in aliases))


def _merge_lexicon(base: Lexicon | None, raw: Any, where: str) -> Lexicon:
    lex = raw.get("lexicon") if isinstance(raw, dict) else None
    if lex is None:
        lex = {}
    if not isinstance(lex, dict):
        raise ConfigError(f"{where}: 'lexicon' must be a mapping of word lists")

    def words(key: str) -> frozenset[str]:
        value = lex.get(key) or []
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ConfigError(f"{where}: lexicon.{key} must be a list of strings")
        old: frozenset[str] = getattr(base, key) if base else frozenset()
        return old | {w.lower() for w in value}

    return Lexicon(
        support_verbs=words("support_verbs"),
        member_nouns=words("member_nouns"),
        skip_words=words("skip_words"),
        instrument_nouns=words("instrument_nouns"),
        place_nouns=words("place_nouns"),
        access_nouns=words("access_nouns"),
    )
