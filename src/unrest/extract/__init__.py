"""Extraction: from a parsed article to sourced mentions and quotes.

Each question has its own module, each a plain function or small class over a
spaCy ``Doc`` that can be tested alone on a sentence:

========== ======================================= ===============================
module     reads                                   writes
========== ======================================= ===============================
events     tokens, parse, lemmas                   :class:`Trigger` (type, spans, modality)
when       DATE entities, text, publication date   :class:`~unrest.model.DateValue`
where      GPE/LOC entities, gazetteer             :class:`~unrest.model.Place`
figures    numbers and their heads                 :class:`~unrest.model.Figure`
sources    reporting verbs, quotes, names          :class:`~unrest.model.Source`, quotes
========== ======================================= ===============================

:func:`extract` assembles them into :class:`~unrest.model.Mention` records.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

from spacy.tokens import Doc

from unrest.errors import ConfigError
from unrest.extract._rescore import load_model, rescore
from unrest.extract.actors import ActorFinder, ActorRegistry
from unrest.extract.events import Trigger, find_triggers
from unrest.extract.figures import figures_for
from unrest.extract.sources import Attributor, find_quotes
from unrest.extract.when import Timeline
from unrest.extract.where import Locator
from unrest.model import Article, Mention, Quote, TextSpan
from unrest.nlp import sentences

__all__ = ["ActorRegistry", "Trigger", "extract", "load_actors"]


def _hash_id(prefix: str, *parts: object) -> str:
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return f"{prefix}-{digest.hexdigest()[:16]}"


def load_actors(data_dirs: Sequence[Path] = ()) -> ActorRegistry:
    """The built-in actor list extended by ``actors.yaml`` in each user data folder.

    Raises :class:`~unrest.errors.ConfigError` for a folder that does not exist
    or holds no ``actors.yaml``.
    """
    files = []
    for folder in data_dirs:
        path = Path(folder) / "actors.yaml"
        if not path.is_file():
            raise ConfigError(
                f"{folder}: no actors.yaml in this data folder; --data takes a folder holding "
                "actors.yaml (same format as unrest/data/actors.yaml)"
            )
        files.append(path)
    return ActorRegistry.load(files)


def extract(
    article: Article, doc: Doc, actors: ActorRegistry | None = None, *, learned: bool = True
) -> tuple[list[Mention], list[Quote]]:
    """Mentions and quotes of ``article``, whose clean text ``doc`` parses.

    ``actors`` is the list of known actors (by default the built-in one). Ids
    are hashes of the document id and offsets, so the same article always
    yields the same ids. With ``learned`` (the default) each mention's
    confidence is the learned mention model's; without, the rule confidence
    stands (the learned models are trained on such output).
    """
    sentences(doc)  # index once: every stage below asks for sentences
    timeline = Timeline(doc, article.published)
    locator = Locator(doc)
    attributor = Attributor(doc)
    finder = ActorFinder(doc, actors)
    mentions: list[Mention] = []
    for trig in find_triggers(doc):
        ev, tr = trig.evidence, trig.trigger
        evidence = TextSpan(ev.text, ev.start_char, ev.end_char)
        trigger = TextSpan(tr.text, tr.start_char, tr.end_char)
        mentions.append(
            Mention(
                id=_hash_id("men", article.id, trig.type, evidence.start, trigger.start),
                document=article.id,
                type=trig.type,
                evidence=evidence,
                trigger=trigger,
                date=timeline.date_for(tr, ev, trig.type),
                places=locator.places_for(tr, ev),
                figures=figures_for(trig.type, tr, ev),
                actors=finder.actors_for(tr, ev, trig.type),
                source=attributor.source_for(tr, ev),
                modality=trig.modality,
                confidence=trig.confidence,
            )
        )
    if learned:
        mentions = rescore(mentions, doc, load_model())
    quotes = [
        Quote(
            id=_hash_id("quo", article.id, q.start, q.end),
            document=article.id,
            speaker=q.speaker,
            text=q.text,
            start=q.start,
            end=q.end,
        )
        for q in find_quotes(doc, attributor)
    ]
    return mentions, quotes
