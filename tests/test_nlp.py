"""The shared spaCy pipeline: sentence boundaries and cached accessors."""

from __future__ import annotations

from unrest.nlp import doc_text, load_pipeline, sentences


def test_line_breaks_start_sentences() -> None:
    doc = load_pipeline()("Iran protests live\nCrowds gathered in Tabriz on Monday.")
    assert [s.text.strip() for s in sentences(doc)] == [
        "Iran protests live",
        "Crowds gathered in Tabriz on Monday.",
    ]


def test_footnote_markers_close_their_sentence() -> None:
    doc = load_pipeline()(
        "Floods ruined farmland.[19][20] Officials warned of unrest. "
        "Crowds gathered in Ahvaz[3] on Friday."
    )
    assert [s.text.strip() for s in sentences(doc)] == [
        "Floods ruined farmland.[19][20]",
        "Officials warned of unrest.",
        "Crowds gathered in Ahvaz[3] on Friday.",
    ]
    assert [t.text for t in doc[:5]] == ["Floods", "ruined", "farmland", ".", "[19]"]


def test_lettered_notes_are_markers_too() -> None:
    doc = load_pipeline()("Strikers marched in Abadan.[b] Police made arrests.")
    assert [s.text.strip() for s in sentences(doc)] == [
        "Strikers marched in Abadan.[b]",
        "Police made arrests.",
    ]
    assert "Abadan" in [t.text for t in doc]


def test_cached_accessors_agree_with_spacy() -> None:
    doc = load_pipeline()("Police detained 12 students. They were released on Tuesday.")
    assert doc_text(doc) == doc.text
    sents = sentences(doc)
    assert [s.text for s in sents] == [s.text for s in doc.sents]
    assert doc[7].sent == sents[1] and doc[1:3].sent == sents[0]


def test_a_date_opening_a_line_stays_in_its_sentence() -> None:
    doc = load_pipeline()(
        "Timeline\n15 July – Farmers blocked a road near Dezful.\n• 16 July: Police fired tear gas."
    )
    assert [s.text.strip() for s in sentences(doc)] == [
        "Timeline",
        "15 July – Farmers blocked a road near Dezful.",
        "• 16 July: Police fired tear gas.",
    ]
