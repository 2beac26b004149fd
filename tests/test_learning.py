"""Extracted mentions paired with gold ones: the rows the learned models train on."""

from __future__ import annotations

from pathlib import Path

from tests.factories import SHUSH_STRIKE_GOLD, write_gold
from unrest._learning import labelled_documents


def test_mentions_are_paired_with_the_gold_they_match(tmp_path: Path) -> None:
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    text = (
        "Workers at a sugar mill in Shush went on strike on Sunday.\n\n"
        "Police arrested twelve of them in Shush on Monday.\n"
    )
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    (corpus / "unannotated.txt").write_text("Nurses marched in Tabriz.\n", encoding="utf-8")
    write_gold(gold, "a.txt", "2021-03-10", [SHUSH_STRIKE_GOLD | {"evidence": text.split("\n")[0]}])
    (ld,) = list(labelled_documents(gold, corpus))
    assert ld.article.published.value == "2021-03-10" and ld.article.published.method == "given"
    strike = next(m for m in ld.mentions if m.type == "strike")
    arrest = next(m for m in ld.mentions if m.type == "arrest")
    assert ld.matched[strike.id].type == "strike" and arrest.id not in ld.matched
    assert strike.date is not None and strike.date.start == "2021-03-07"
    assert ld.doc.text == ld.article.text
