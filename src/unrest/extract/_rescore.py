"""Learned mention confidence (private to ``extract``).

The rule confidence of a trigger (:mod:`unrest.extract._events_confidence`)
weighs how a trigger was found. Once a mention is complete, more tells whether
it is a real report: has it a figure, a place, a source; is its trigger a noun
inside a phrase, in a question, beside a negation; how many other mentions
share its sentence. :func:`features` reads these as generic named features
(mention types, parse labels and closed word classes only: no content word, so
nothing learns a particular article by heart), and a logistic model trained on
our development gold (``scripts/train_confidence.py``, weights in
``unrest/data/mention_model.yaml``) turns them into the mention's confidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from unrest.extract._logit import LogisticModel
from unrest.model import Mention
from unrest.nlp import sentences

__all__ = ["features", "load_model", "rescore"]

_DEPS = frozenset(
    {
        "ROOT",
        "conj",
        "ccomp",
        "xcomp",
        "advcl",
        "relcl",
        "acl",
        "pobj",
        "dobj",
        "nsubj",
        "nsubjpass",
        "compound",
        "amod",
        "appos",
        "attr",
        "pcomp",
        "npadvmod",
        "dep",
    }
)
_MODALS = frozenset({"may", "might", "could", "would", "will", "should", "can", "must", "shall"})
_HEDGES = frozenset({"reportedly", "allegedly", "possibly", "apparently", "unconfirmed"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
_QUOTE_MARKS = frozenset('"\u201c\u201d')
_BINS = (0.5, 0.6, 0.7, 0.8, 0.9)


@lru_cache(maxsize=1)
def load_model() -> LogisticModel:
    """The package's mention model, ``data/mention_model.yaml`` (read once)."""
    with resources.as_file(resources.files("unrest") / "data" / "mention_model.yaml") as p:
        return LogisticModel.from_yaml(p)


def rescore(mentions: Sequence[Mention], doc: Doc, model: LogisticModel) -> list[Mention]:
    """``mentions`` of ``doc``, each with the model's confidence instead of the rule's.

    None is left out: on text it was not trained on, no threshold on this
    confidence raised mention F1 (scripts/train_confidence.py shows it); it
    orders mentions by how likely they are right, which the rule confidence
    did less well.
    """
    return [
        replace(m, confidence=round(model.probability(f), 3))
        for m, f in zip(mentions, features(mentions, doc), strict=True)
    ]


def features(mentions: Sequence[Mention], doc: Doc) -> list[dict[str, float]]:
    """Named features of each of ``mentions`` of ``doc`` (same order)."""
    per_sentence: Counter[int] = Counter()
    per_type: Counter[tuple[int, str]] = Counter()
    tokens = [_trigger_token(m, doc) for m in mentions]
    for m, tok in zip(mentions, tokens, strict=True):
        per_sentence[tok.sent.start] += 1
        per_type[tok.sent.start, m.type] += 1
    order = {s.start: i for i, s in enumerate(sentences(doc))}
    n_sents = max(1, len(order))
    out = []
    for m, tok in zip(mentions, tokens, strict=True):
        sent = tok.sent
        f = _mention_fields(m)
        f.update(_trigger_fields(m.type, tok))
        f.update(_sentence_fields(sent, tok))
        others = per_sentence[sent.start] - 1
        f[f"others={min(others, 3)}"] = 1.0
        if per_type[sent.start, m.type] > 1:
            f["same_type_in_sentence"] = 1.0
        f["doc_position"] = round(order.get(sent.start, 0) / n_sents, 3)
        out.append(f)
    return out


def _trigger_token(m: Mention, doc: Doc) -> Token:
    span = doc.char_span(m.trigger.start, m.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return doc[0]
    return span.root


def _bin(conf: float) -> str:
    for edge in _BINS:
        if conf < edge:
            return f"<{edge}"
    return ">=.9"


def _mention_fields(m: Mention) -> dict[str, float]:
    f: dict[str, float] = {
        f"type={m.type}": 1.0,
        f"modality={m.modality}": 1.0,
        f"rule={_bin(m.confidence)}": 1.0,
        "rule_confidence": m.confidence,
        f"source={m.source.kind}": 1.0,
    }
    if m.figures:
        f["figure"] = 1.0
        f[f"{m.type}|figure"] = 1.0
    for fig in m.figures:
        f[f"figure={fig.kind}"] = 1.0
    if m.places:
        p = m.places[0]
        f["place=" + ("city" if p.city else "admin1" if p.admin1 else "country")] = 1.0
    else:
        f["place=none"] = 1.0
    if m.date is None:
        f["date=none"] = 1.0
    else:
        f[f"date={m.date.precision}"] = 1.0
        if m.date.start != m.date.end:
            f["date_span"] = 1.0
    for a in m.actors:
        f[f"{a.role}={a.kind or 'unknown'}"] = 1.0
    if m.evidence.end - m.evidence.start < 40:
        f["short_evidence"] = 1.0
    return f


def _trigger_fields(kind: str, tok: Token) -> dict[str, float]:
    dep = tok.dep_ if tok.dep_ in _DEPS else "other"
    f = {
        f"pos={tok.pos_}": 1.0,
        f"tag={tok.tag_}": 1.0,
        f"dep={dep}": 1.0,
        f"{kind}|pos={tok.pos_}": 1.0,
        f"head_pos={tok.head.pos_}": 1.0,
    }
    deps = {c.dep_ for c in tok.children}
    for d in ("nsubj", "nsubjpass", "dobj", "agent", "neg", "aux", "auxpass", "nummod", "poss"):
        if d in deps:
            f[f"child={d}"] = 1.0
    if tok.is_title and tok.i > tok.sent.start:
        f["titlecase_trigger"] = 1.0
    return f


def _sentence_fields(sent: Span, tok: Token) -> dict[str, float]:
    words = {t.lower_ for t in sent}
    length = len(sent)
    f: dict[str, float] = {f"length<={n}": 1.0 for n in (8, 20, 40) if length <= n}
    if length > 40:
        f["length>40"] = 1.0
    if any(t.dep_ == "neg" for t in sent):
        f["negation_in_sentence"] = 1.0
    if words & _MODALS:
        f["modal_in_sentence"] = 1.0
    if words & _HEDGES:
        f["hedge_in_sentence"] = 1.0
    if words & _CONDITIONS:
        f["condition_in_sentence"] = 1.0
    if sent.text.rstrip().endswith("?"):
        f["question"] = 1.0
    if sent.text.rstrip()[-1:] not in (".", "!", "?", '"', "\u201d", ")"):
        f["unterminated"] = 1.0
    marks = sum(1 for t in sent[: tok.i - sent.start] if t.text in _QUOTE_MARKS)
    if marks % 2 == 1:
        f["inside_quotes"] = 1.0
    if tok.i - sent.start <= 2:
        f["trigger_first"] = 1.0
    return f
