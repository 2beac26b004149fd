"""Reading .txt, .html and .jsonl files, discovery, ids, and every bad-input case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import unrest.ingest as ingest
from unrest.errors import ConfigError, IngestError
from unrest.ingest import article_id, discover, iter_articles, read_file
from unrest.model import Article

STORY = (
    "Hundreds of retirees gathered outside the provincial governor's office in Ahvaz on "
    "Sunday to demand pensions that match inflation, according to footage posted by "
    "organisers.\n\n"
    "Riot police dispersed the crowd with batons and detained at least eight people, a "
    "local rights group said."
)

PAGE = f"""<!DOCTYPE html>
<html><head><title>Retirees rally in Ahvaz - Example Daily</title>
<meta property="og:site_name" content="Example Daily">
<meta property="og:title" content="Retirees rally in Ahvaz">
<meta name="date" content="2022-01-16">
</head><body>
<nav><a href="/">Home</a> &gt; <a href="/iran">Iran</a></nav>
<article><h1>Retirees rally in Ahvaz</h1>
<p>{STORY.split(chr(10) + chr(10))[0]}</p>
<p>{STORY.split(chr(10) + chr(10))[1]}</p>
</article>
<footer>Copyright 2022 Example Daily</footer>
</body></html>"""


def one(path: Path, **kwargs: str) -> Article:
    items = list(read_file(path, **kwargs))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def error(path: Path) -> IngestError:
    items = list(read_file(path))
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    return items[0]


def test_txt_article(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("Retirees rally in Ahvaz\n\n" + STORY + "\n", encoding="utf-8")
    art = one(f, display="in/story.txt")
    assert art.path == "in/story.txt"
    assert art.title == "Retirees rally in Ahvaz"
    assert art.text == "Retirees rally in Ahvaz\n\n" + STORY
    assert art.id == article_id(art.text)
    assert art.published.method == "unknown" and art.url is None


def test_txt_with_bom_and_dateline(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    f.write_bytes(("\ufeffPosted on January 17, 2022\n\n" + STORY).encode("utf-8"))
    art = one(f)
    assert art.text == STORY
    assert (art.published.value, art.published.method) == ("2022-01-17", "dateline")


def test_given_date_wins(tmp_path: Path) -> None:
    f = tmp_path / "d.txt"
    f.write_text("Posted on January 17, 2022\n\n" + STORY, encoding="utf-8")
    art = one(f, published="2022-01-20")
    assert (art.published.value, art.published.method) == ("2022-01-20", "given")


def test_bad_given_date_raises_at_once(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="YYYY"):
        read_file(tmp_path / "x.txt", published="last week")
    with pytest.raises(ConfigError):
        iter_articles([tmp_path], published="2022-13")


def test_article_id_is_stable_hash() -> None:
    assert article_id("abc") == "doc-ba7816bf8f01cfea"
    assert article_id("abc") != article_id("abd")


def test_html_article(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    art = one(f)
    assert STORY.split("\n\n")[0] in art.text and STORY.split("\n\n")[1] in art.text
    assert "\n\n" in art.text and "Copyright" not in art.text and "Home" not in art.text
    assert art.title == "Retirees rally in Ahvaz" and art.outlet == "Example Daily"
    assert (art.published.value, art.published.method) == ("2022-01-16", "metadata")


def test_malformed_html(tmp_path: Path) -> None:
    f = tmp_path / "bad.htm"
    f.write_text("this is {not} html at all, just ]] text", encoding="utf-8")
    assert "malformed HTML" in str(error(f))


def test_html_without_text(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><head><script>var a = 1;</script></head><body></body></html>")
    err = error(f)
    assert "no article text" in err.reason and str(err).startswith(str(f))


def test_jsonl_lines_and_bad_lines(tmp_path: Path) -> None:
    good = {"text": STORY, "url": "https://example.org/2022/01/16/ahvaz", "outlet": "Ex"}
    html = {"html": PAGE, "published": "2022-01-15"}
    lines = [
        json.dumps(good),
        "",
        "{this is not json",
        json.dumps({"title": "no body"}),
        json.dumps(html),
        json.dumps(["a", "list"]),
        json.dumps({"text": STORY, "published": "someday"}),
    ]
    f = tmp_path / "batch.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_file(f, display="batch.jsonl"))
    assert [type(x).__name__ for x in items] == [
        "Article", "IngestError", "IngestError", "Article", "IngestError", "IngestError",
    ]  # fmt: skip
    first, fifth = items[0], items[3]
    assert isinstance(first, Article) and isinstance(fifth, Article)
    assert first.path == "batch.jsonl:1" and first.outlet == "Ex"
    assert (first.published.value, first.published.detail) == ("2022-01-16", "url")
    assert fifth.path == "batch.jsonl:5" and fifth.title == "Retirees rally in Ahvaz"
    assert (fifth.published.value, fifth.published.method) == ("2022-01-15", "metadata")
    errors = [x for x in items if isinstance(x, IngestError)]
    assert [e.line for e in errors] == [3, 4, 6, 7]
    assert str(errors[0]).startswith("batch.jsonl:3: malformed JSON")
    assert all("\n" not in str(e) for e in errors)


def test_markdown_is_read_as_text(tmp_path: Path) -> None:
    f = tmp_path / "story.md"
    f.write_text("# Retirees rally in Ahvaz\n\n" + STORY + "\n\n## References\n", encoding="utf-8")
    art = one(f)
    assert art.text.endswith(STORY)


def test_json_object_and_array(tmp_path: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": STORY, "published": "2022-01-16"}), encoding="utf-8")
    art = one(single, display="one.json")
    assert art.path == "one.json" and art.published.value == "2022-01-16"
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": STORY}, {"title": "no body"}, 7]), encoding="utf-8")
    items = list(read_file(many, display="many.json"))
    assert [type(x).__name__ for x in items] == ["Article", "IngestError", "IngestError"]
    assert isinstance(items[0], Article) and items[0].path == "many.json:1"
    assert str(items[1]).startswith("many.json: item 2: no 'text' or 'html'")


def test_malformed_or_empty_json(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"text": "unfinished', encoding="utf-8")
    assert error(bad).reason.startswith("malformed JSON")
    empty = tmp_path / "empty.json"
    empty.write_text("[]", encoding="utf-8")
    assert "empty" in error(empty).reason


def test_jsonl_with_only_blank_lines(tmp_path: Path) -> None:
    f = tmp_path / "blank.jsonl"
    f.write_text("\n  \n\n", encoding="utf-8")
    assert "only blank lines" in error(f).reason


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in error(f).reason


def test_mostly_control_characters(tmp_path: Path) -> None:
    f = tmp_path / "ctrl.txt"
    f.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15]) * 50 + b"some words")
    assert "binary" in error(f).reason


@pytest.mark.parametrize("content", [b"", b"  \n\t\n  "])
def test_empty_or_blank_file(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    assert "empty" in error(f).reason or "no text" in error(f).reason


def test_undecodable_text(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes("Grève des enseignants à Téhéran, selon les syndicats.".encode("latin-1"))
    err = error(f)
    assert "not UTF-8" in err.reason and "re-save as UTF-8" in err.reason


def test_utf16_text(tmp_path: Path) -> None:
    f = tmp_path / "u16.txt"
    f.write_bytes(STORY.encode("utf-16"))
    assert "UTF-16" in error(f).reason


def test_only_chrome_left(tmp_path: Path) -> None:
    f = tmp_path / "chrome.txt"
    f.write_text("Share this\nTweet\nCopyright © 2021 Example\n", encoding="utf-8")
    assert "no article text" in error(f).reason


def test_file_over_limit_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as handle:  # sparse: reports a large size without writing it
        handle.seek(ingest.MAX_BYTES + 10)
        handle.write(b"x")

    def refuse(*_args: object) -> bytes:
        raise AssertionError("a file over the limit must not be read")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    err = error(f)
    assert "limit" in err.reason and err.path == str(f)


def test_monkeypatched_limit_applies_to_jsonl(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    f = tmp_path / "big.jsonl"
    f.write_text(json.dumps({"text": STORY}) + "\n", encoding="utf-8")
    monkeypatch.setattr(ingest, "MAX_BYTES", 16)
    assert "limit" in error(f).reason


def test_unsupported_suffix(tmp_path: Path) -> None:
    f = tmp_path / "notes.pdf"
    f.write_bytes(b"%PDF-1.4")
    assert "unsupported file type '.pdf'" in error(f).reason


def test_discover_expands_folders_sorted_and_filters(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x")
    (tmp_path / "b" / "a.HTML").write_text("x")
    (tmp_path / "a.jsonl").write_text("x")
    (tmp_path / "skip.pdf").write_text("x")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "h.txt").write_text("x")
    single = tmp_path / "b" / "z.txt"
    got = discover([tmp_path, single])
    assert got == [tmp_path / "a.jsonl", tmp_path / "b" / "a.HTML", single]


def test_discover_missing_path(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="no such file or folder") as info:
        discover([tmp_path / "nope.txt"])
    assert info.value.path == str(tmp_path / "nope.txt")


def test_iter_articles_goes_on_after_errors(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    items = list(iter_articles([tmp_path / "missing", tmp_path]))
    kinds = [type(x).__name__ for x in items]
    assert kinds == ["IngestError", "IngestError", "Article"]
    assert isinstance(items[0], IngestError) and "no such file" in items[0].reason


def test_a_crashing_reader_costs_one_file_not_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Workers went on strike in Arak on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Police detained 12 students in Yazd.", encoding="utf-8")
    real = ingest.read_file

    def flaky(path: Path, **kw: object):  # type: ignore[no-untyped-def]
        if path.name == "a.txt":
            raise RuntimeError("reader bug")
        return real(path, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "read_file", flaky)
    items = list(iter_articles([tmp_path]))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(errors) == 1 and "a.txt" in str(errors[0]) and "RuntimeError" in str(errors[0])
    assert sum(1 for i in items if not isinstance(i, IngestError)) == 1
