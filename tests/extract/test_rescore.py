"""Learned mention confidence: features read from the mention and its parse."""

from __future__ import annotations

from spacy.language import Language

from unrest.extract import extract
from unrest.extract._logit import LogisticModel
from unrest.extract._rescore import features, load_model, rescore
from unrest.model import Article, Mention, PublishedDate, TextSpan

TEXT = (
    "Security forces arrested 40 students in Tabriz on Monday, witnesses said. "
    "Workers went on strike in Shush."
)


def _by_hand(text: str, trigger: str, kind: str) -> Mention:
    """A mention of ``kind`` whose trigger is the first ``trigger`` in ``text``."""
    start = text.index(trigger)
    span = TextSpan(trigger, start, start + len(trigger))
    return Mention("m", "doc1", kind, TextSpan(text, 0, len(text)), span)


def _extracted(nlp: Language, text: str = TEXT):  # type: ignore[no-untyped-def]
    article = Article("doc1", "a.txt", text, published=PublishedDate("2021-05-12", "given"))
    doc = nlp(text)
    mentions, _ = extract(article, doc, learned=False)
    return doc, mentions


def test_features_read_the_mention_and_its_sentence(nlp: Language) -> None:
    doc, mentions = _extracted(nlp)
    arrest = next(m for m in mentions if m.type == "arrest" and "40" in m.evidence.text)
    f = features(mentions, doc)[mentions.index(arrest)]
    assert f["type=arrest"] == 1.0 and f["figure"] == 1.0 and f["figure=arrested"] == 1.0
    assert f["place=city"] == 1.0 and f["source=unnamed"] == 1.0
    assert f["pos=VERB"] == 1.0 and f["child=dobj"] == 1.0
    assert "question" not in f and f["doc_position"] == 0.0


def test_features_see_questions_conditions_and_fragments(nlp: Language) -> None:
    asked = "Would the police have fired on the crowd if the governor had not intervened?"
    (f,) = features([_by_hand(asked, "fired", "attack")], nlp(asked))
    assert f["question"] == 1.0 and f["condition_in_sentence"] == 1.0
    assert f["modal_in_sentence"] == 1.0 and f["negation_in_sentence"] == 1.0
    assert f["date=none"] == 1.0 and f["place=none"] == 1.0 and "unterminated" not in f
    heading = "Truckers strike in Bandar Abbas"
    (f,) = features([_by_hand(heading, "strike", "strike")], nlp(heading))
    assert f["unterminated"] == 1.0 and f["length<=8"] == 1.0 and "question" not in f


def test_features_count_mentions_sharing_a_sentence(nlp: Language) -> None:
    text = '"They beat us and arrested my brother," she said.'
    both = [_by_hand(text, "beat", "attack"), _by_hand(text, "arrested", "arrest")]
    f_beat, f_arrest = features(both, nlp(text))
    assert f_beat["others=1"] == 1.0 and f_arrest["inside_quotes"] == 1.0
    assert "same_type_in_sentence" not in f_beat


def test_rescore_replaces_confidence_and_keeps_every_mention(nlp: Language) -> None:
    doc, mentions = _extracted(nlp)
    model = LogisticModel(0.0, {"figure": 3.0, "question": -3.0})
    scored = rescore(mentions, doc, model)
    assert [m.id for m in scored] == [m.id for m in mentions]
    by_fig = {bool(m.figures): m.confidence for m in scored}
    assert by_fig == {True: 0.953, False: 0.5}


def test_packaged_model_orders_a_plain_report_above_a_question(nlp: Language) -> None:
    plain = "Police arrested 40 students in Tabriz on Monday."
    asked = "Would police have arrested students in Tabriz if they had not marched?"
    model = load_model()
    (p,) = rescore([_by_hand(plain, "arrested", "arrest")], nlp(plain), model)
    (q,) = rescore([_by_hand(asked, "arrested", "arrest")], nlp(asked), model)
    assert model.weights and q.confidence < p.confidence


def test_extract_uses_the_learned_confidence_by_default(nlp: Language) -> None:
    article = Article("doc1", "a.txt", TEXT, published=PublishedDate("2021-05-12", "given"))
    doc = nlp(TEXT)
    learned, _ = extract(article, doc)
    rules, _ = extract(article, doc, learned=False)
    assert [m.id for m in learned] == [m.id for m in rules]
    assert [m.confidence for m in learned] == [
        m.confidence for m in rescore(rules, doc, load_model())
    ]
