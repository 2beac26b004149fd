"""Photo captions in HTML pages are kept as paragraphs of the main text."""

from __future__ import annotations

from pathlib import Path

from unrest.ingest import read_file
from unrest.ingest._html import keep_captions
from unrest.model import Article

_BODY = "".join(
    f"<p>Paragraph {i} of our report: residents of the district said the shops stayed open "
    "and the buses ran as usual on the morning after the vote.</p>"
    for i in range(5)
)
_FIGURE = (
    '<figure class="wide"><img src="/p/41.jpg" alt="">'
    "<figcaption>Riot police fire tear gas at students outside Tabriz University on 3 May."
    "</figcaption></figure>"
)


def _page(middle: str) -> str:
    return (
        "<html><head><title>Vote day</title></head><body><nav>Home | World</nav>"
        f"<article><h1>Vote day</h1>{_BODY}{middle}{_BODY}</article>"
        "<footer>All rights reserved</footer></body></html>"
    )


def test_caption_becomes_a_paragraph() -> None:
    out = keep_captions(_page(_FIGURE))
    assert "<figcaption" not in out and "<figure" not in out
    assert "<p>Riot police fire tear gas" in out and "May.</p>" in out


def test_page_without_captions_is_untouched() -> None:
    page = _page("<figure><img src='a.jpg'></figure>")
    assert keep_captions(page) == page


def test_caption_text_reaches_the_article(tmp_path: Path) -> None:
    path = tmp_path / "gallery.html"
    path.write_text(_page(_FIGURE), encoding="utf-8")
    (article,) = list(read_file(path))
    assert isinstance(article, Article)
    assert "Riot police fire tear gas at students outside Tabriz University" in article.text
    assert "Paragraph 4 of our report" in article.text
