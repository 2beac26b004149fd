"""Small builders of model objects for tests (text written for the project)."""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path
from typing import Any

from unrest.merge import merge
from unrest.model import (
    Actor,
    Article,
    DateValue,
    Figure,
    Mention,
    Place,
    PublishedDate,
    Quote,
    Source,
    TextSpan,
)

UNION = Source("organization", "the union", "the union said")

TEXT = (
    "Riot police fired tear gas at hundreds of bus drivers in Tabriz on Monday.\n\n"
    "At least 12 drivers were detained, the union said."
)


def article(text: str = TEXT, doc_id: str = "doc-test0000000001", path: str = "a.txt") -> Article:
    return Article(
        id=doc_id,
        path=path,
        text=text,
        url=None,
        title="Drivers detained",
        outlet="Test Wire",
        published=PublishedDate("2021-05-04", "dateline"),
    )


def mention(
    mid: str = "men-1",
    doc: str = "doc-test0000000001",
    type: str = "arrest",
    start: str = "2021-05-03",
    figures: tuple[Figure, ...] = (Figure("arrested", 12, "at least", None, "At least 12"),),
    source: Source = UNION,
) -> Mention:
    sentence = "At least 12 drivers were detained, the union said."
    return Mention(
        id=mid,
        document=doc,
        type=type,
        evidence=TextSpan(sentence, 76, 76 + len(sentence)),
        trigger=TextSpan("detained", 101, 109),
        date=DateValue(start, start, "day", "on Monday"),
        places=(Place("IR", "East Azerbaijan", "Tabriz", 38.08, 46.29, 113646, "Tabriz"),),
        figures=figures,
        source=source,
        confidence=0.8,
    )


def quote(doc: str = "doc-test0000000001") -> Quote:
    return Quote("quo-1", doc, "Reza Karimi", "We will not go back to work", 10, 37)


# --- bare mentions for the merge rules -----------------------------------------------------

IR = Place("IR")
TABRIZ = Place("IR", "East Azerbaijan", "Tabriz")
SHIRAZ = Place("IR", "Fars", "Shiraz")
RASHT = Place("IR", "Gilan", "Rasht")


def protest_mention(
    mid: str,
    *,
    doc: str = "doc-1",
    type: str = "protest",
    start: str | None = "2021-05-03",
    end: str | None = None,
    places: tuple[Place, ...] = (IR,),
    text: str = "Crowds marched through the streets.",
    figures: tuple[Figure, ...] = (),
    actors: tuple[Actor, ...] = (),
) -> Mention:
    """A mention with only what merging reads: the whole ``text`` is its evidence, its second
    word its trigger; ``start`` of ten characters is a day, shorter a month or year, None no
    date."""
    date = None
    if start is not None:
        date = DateValue(start, end or start, "day" if len(start) == 10 else "month")
    return Mention(
        id=mid,
        document=doc,
        type=type,
        evidence=TextSpan(text, 0, len(text)),
        trigger=TextSpan(text.split()[1], 7, 14),
        date=date,
        places=places,
        figures=figures,
        actors=actors,
    )


#: :func:`protest_mention` with a shooting as its default type and text
attack_mention = partial(protest_mention, type="attack", text="Guards opened fire on a crowd.")


def groups(ms: list[Mention]) -> set[frozenset[str]]:
    """The mention ids of each event merging ``ms`` gives."""
    return {frozenset(e.mentions) for e in merge(ms)}


#: A gold mention (GUIDELINES.md format) of a strike the test articles report.
SHUSH_STRIKE_GOLD = {
    "evidence": "Workers at a sugar mill in Shush went on strike on Sunday",
    "type": "strike",
    "date": {"start": "2021-03-07", "end": "2021-03-07"},
    "places": [{"country": "IR", "admin1": "Khuzestan", "city": "Shush"}],
    "figures": [],
    "source": {"kind": "author"},
    "event": "e1",
}


def write_gold(folder: Path, document: str, published: str, mentions: list[dict[str, Any]]) -> Path:
    """Write ``folder/<document>.json``, a gold file of ``mentions`` and no quotes."""
    folder.mkdir(parents=True, exist_ok=True)
    record = {"document": document, "published": published, "mentions": mentions, "quotes": []}
    path = folder / f"{document}.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path
