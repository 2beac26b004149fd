"""Segments of highlighted text and evidence context windows."""

from __future__ import annotations

from unrest.model import Mention, Quote, Source, TextSpan
from unrest.web._highlight import context_window, segments

TEXT = "Crowds gathered in Rasht. Police detained nine people, a lawyer said. Calm returned."


def _mention() -> Mention:
    start = TEXT.index("Police")
    end = TEXT.index("Calm") - 1
    trig = TEXT.index("detained")
    return Mention(
        "men-x",
        "doc-x",
        "arrest",
        TextSpan(TEXT[start:end], start, end),
        TextSpan("detained", trig, trig + 8),
        source=Source("person", "a lawyer", "a lawyer"),
    )


def test_segments_cover_the_text_and_mark_roles() -> None:
    q_start = TEXT.index("Calm")
    quote = Quote("quo-x", "doc-x", None, "Calm returned.", q_start, len(TEXT))
    segs = segments(TEXT, [_mention()], [quote])
    assert "".join(s["text"] for s in segs) == TEXT
    by_text = {s["text"]: s for s in segs}
    assert by_text["detained"]["trigger"] and by_text["detained"]["types"] == ["arrest"]
    assert by_text["a lawyer"]["source"] and by_text["a lawyer"]["mentions"] == ["men-x"]
    assert by_text["Police "]["anchors"] == ["m-men-x"]
    assert by_text["Calm returned."]["quote"] == "quo-x"
    assert by_text["Crowds gathered in Rasht. "]["mentions"] == []


def test_segments_survive_spans_out_of_range() -> None:
    bad = Mention("men-y", "doc-x", "protest", TextSpan("x", 70, 500), TextSpan("x", -5, 3))
    segs = segments(TEXT, [bad], [])
    assert "".join(s["text"] for s in segs) == TEXT


def test_context_window_keeps_whole_words() -> None:
    start, end = TEXT.index("Police"), TEXT.index("Calm") - 1
    ctx = context_window(TEXT, start, end, 10)
    assert ctx["evidence"].startswith("Police") and ctx["cut_before"] and ctx["cut_after"]
    assert ctx["before"][:1] in ("", " ")
    assert ctx["before"] + ctx["evidence"] + ctx["after"] in TEXT
    whole = context_window(TEXT, start, end, 1000)
    assert whole["before"] + whole["evidence"] + whole["after"] == TEXT
    assert not whole["cut_before"] and not whole["cut_after"]
