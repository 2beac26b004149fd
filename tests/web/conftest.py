"""A small database written for the web tests: two articles, one of them hostile markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from unrest.model import (
    Article,
    DateValue,
    Event,
    Figure,
    Mention,
    Place,
    PublishedDate,
    Quote,
    Source,
    TextSpan,
)
from unrest.store import open_store

CALM = (
    "Thousands of teachers marched through Shiraz on 4 March 2021 to demand unpaid wages.\n\n"
    "Security forces killed at least 12 protesters, Northgate Rights Watch said.\n\n"
    '"We only asked to be paid," said Laleh Amiri, a teacher.\n\n'
    "Police arrested 40 people in Shiraz, the governor's office said."
)
# every kind of active content an article could smuggle in
HOSTILE = (
    "Workers went on strike in Ahvaz <script>window.__xss = 1; alert(1)</script> on 2 May 2021.\n\n"
    'Guards shot dead 30 workers <img src=x onerror="window.__xss = 2"> the paper wrote.\n\n'
    '<a href="javascript:window.__xss = 3">Read more</a> <svg onload="window.__xss = 4"></svg>'
)
SHIRAZ = Place("IR", "Fars", "Shiraz", 29.61, 52.54, 115019, "Shiraz")
AHVAZ = Place("IR", "Khuzestan", "Ahvaz", 31.32, 48.67, 144448, "Ahvaz <b>")
CALM_ID = "doc-calm000000000001"
HOSTILE_ID = "doc-hostile00000001"


def _span(text: str, part: str) -> TextSpan:
    at = text.index(part)
    return TextSpan(part, at, at + len(part))


def _sentence(text: str, start_words: str) -> TextSpan:
    at = text.index(start_words)
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return TextSpan(text[at:end], at, end)


def _mention(
    mid: str, doc: str, text: str, kind: str, first: str, trigger: str, **kw: object
) -> Mention:
    return Mention(
        id=mid,
        document=doc,
        type=kind,
        evidence=_sentence(text, first),
        trigger=_span(text, trigger),
        confidence=0.8,
        **kw,  # type: ignore[arg-type]
    )


def _documents() -> list[tuple[Article, list[Mention], list[Quote]]]:
    calm = Article(
        CALM_ID,
        "calm.txt",
        CALM,
        "https://news.example/teachers",
        "Teachers march in Shiraz",
        "Northgate Wire",
        PublishedDate("2021-03-05", "dateline", "byline"),
    )
    day = DateValue("2021-03-04", "2021-03-04", "day", "on 4 March 2021")
    calm_mentions = [
        _mention(
            "men-calm-1",
            CALM_ID,
            CALM,
            "protest",
            "Thousands",
            "marched",
            date=day,
            places=(SHIRAZ,),
            figures=(Figure("participants", 1000, "thousands"),),
        ),
        _mention(
            "men-calm-2",
            CALM_ID,
            CALM,
            "attack",
            "Security forces",
            "killed",
            date=day,
            places=(SHIRAZ,),
            figures=(Figure("killed", 12, "at least"),),
            source=Source("organization", "Northgate Rights Watch", "Northgate Rights Watch"),
            event="evt-killings",
        ),
        _mention(
            "men-calm-3",
            CALM_ID,
            CALM,
            "arrest",
            "Police arrested",
            "arrested",
            date=day,
            places=(SHIRAZ,),
            figures=(Figure("arrested", 40),),
            source=Source("organization", "the governor's office", "the governor's office"),
        ),
    ]
    quote_text = "We only asked to be paid,"
    quote_span = _span(CALM, quote_text)
    calm_quotes = [
        Quote("quo-calm-1", CALM_ID, "Laleh Amiri", quote_text, quote_span.start, quote_span.end)
    ]
    hostile = Article(
        HOSTILE_ID,
        "hostile.html",
        HOSTILE,
        "javascript:window.__xss = 5",
        "<script>window.__xss = 6</script>Strike",
        '<b onmouseover="window.__xss = 7">Evil</b>',
        PublishedDate("2021-05-03", "metadata", "meta <i>"),
    )
    may = DateValue("2021-05-02", "2021-05-02", "day", "on 2 May <u>2021</u>")
    hostile_mentions = [
        _mention(
            "men-host-1",
            HOSTILE_ID,
            HOSTILE,
            "strike",
            "Workers",
            "strike",
            date=may,
            places=(AHVAZ,),
        ),
        _mention(
            "men-host-2",
            HOSTILE_ID,
            HOSTILE,
            "attack",
            "Guards",
            "shot dead",
            date=may,
            places=(AHVAZ,),
            figures=(Figure("killed", 30),),
            source=Source("person", "<script>window.__xss = 8</script>", None),
        ),
    ]
    return [(calm, calm_mentions, calm_quotes), (hostile, hostile_mentions, [])]


def _events() -> list[Event]:
    killed = {
        "killed": [
            {
                "value": 12,
                "qualifier": "at least",
                "mentions": ["men-calm-2"],
                "origins": 1,
                "sources": [
                    {
                        "kind": "organization",
                        "name": "Northgate Rights Watch",
                        "outlet": "Northgate Wire",
                        "document": CALM_ID,
                    }
                ],
            },
            {
                "value": 30,
                "qualifier": None,
                "mentions": ["men-host-2"],
                "sources": [
                    {
                        "kind": "person",
                        "name": "<script>window.__xss = 9</script>",
                        "document": HOSTILE_ID,
                    }
                ],
            },
        ]
    }
    return [
        Event(
            "evt-march",
            "protest",
            "Teachers march in Shiraz",
            DateValue("2021-03-04", "2021-03-04", "day"),
            (SHIRAZ,),
            ("men-calm-1",),
            {},
        ),
        Event(
            "evt-killings",
            "attack",
            "Protesters killed <i>onmouseover</i>",
            DateValue("2021-03-04", "2021-05-02", "day"),
            (SHIRAZ, AHVAZ),
            ("men-calm-2", "men-host-2"),
            killed,
        ),
        Event(
            "evt-arrests",
            "arrest",
            "Arrests in Shiraz",
            DateValue("2021-03-04", "2021-03-04", "day"),
            (SHIRAZ,),
            ("men-calm-3",),
            {},
        ),
        Event(
            "evt-strike",
            "strike",
            "<img src=x onerror=alert(1)> strike in Ahvaz",
            DateValue("2021-05-02", "2021-05-02", "day"),
            (AHVAZ,),
            ("men-host-1",),
            {},
        ),
    ]


def build_db(path: Path) -> Path:
    """Write the test articles, mentions, quotes and events to a new database at ``path``."""
    with open_store(path) as store:
        for article, mentions, quotes in _documents():
            store.write_document(article, mentions, quotes)
        store.replace_events(_events())
    return path


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_db(tmp_path_factory.mktemp("web") / "web.db")
