"""Extracted mentions paired with gold ones: the rows the learned models train on."""

from __future__ import annotations

import json
from pathlib import Path

from unrest._learning import labelled_documents


def test_mentions_are_paired_with_the_gold_they_match(tmp_path: Path) -> None:
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    text = (
        "Workers at a sugar mill in Shush went on strike on Sunday.\n\n"
        "Police arrested twelve of them in Shush on Monday.\n"
    )
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    (corpus / "unannotated.txt").write_text("Nurses marched in Tabriz.\n", encoding="utf-8")
    mention = {
        "evidence": "Workers at a sugar mill in Shush went on strike on Sunday.",
        "type": "strike",
        "date": {"start": "2021-03-07", "end": "2021-03-07"},
        "places": [{"country": "IR", "admin1": "Khuzestan", "city": "Shush"}],
        "figures": [],
        "source": {"kind": "author"},
        "event": "e1",
    }
    record = {"document": "a.txt", "published": "2021-03-10", "mentions": [mention], "quotes": []}
    (gold / "a.txt.json").write_text(json.dumps(record), encoding="utf-8")
    (ld,) = list(labelled_documents(gold, corpus))
    assert ld.article.published.value == "2021-03-10" and ld.article.published.method == "given"
    strike = next(m for m in ld.mentions if m.type == "strike")
    arrest = next(m for m in ld.mentions if m.type == "arrest")
    assert ld.matched[strike.id].type == "strike" and arrest.id not in ld.matched
    assert strike.date is not None and strike.date.start == "2021-03-07"
    assert ld.doc.text == ld.article.text
