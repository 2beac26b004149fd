"""Helpers shared by the extraction tests: run one extractor on a text written for a test and
reduce what it finds to plain values that assertions compare.

The spaCy pipeline and the gazetteer come from the fixtures in ``conftest.py``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from unrest.extract._dates import Anchor, find_expressions, interval_of
from unrest.extract.events import Trigger, find_triggers
from unrest.extract.figures import figures_for
from unrest.extract.sources import Attributor, QuoteSpan, find_quotes
from unrest.extract.when import Timeline
from unrest.extract.where import Locator
from unrest.model import UNKNOWN_DATE, DateValue, Figure, Place, PublishedDate, Source

# --- sources and quotes ------------------------------------------------------------------


def source(nlp: Language, text: str, trigger: str, nth: int = 0) -> Source:
    """The source of the mention cued by the ``nth`` token spelled ``trigger``."""
    doc = nlp(text)
    hits = [t for t in doc if t.text == trigger]
    assert len(hits) > nth, f"{trigger!r} not in test text"
    tok = hits[nth]
    return Attributor(doc).source_for(doc[tok.i : tok.i + 1], tok.sent)


def quotes(nlp: Language, text: str) -> list[QuoteSpan]:
    """The direct quotations of ``text``."""
    return find_quotes(nlp(text))


# --- event triggers ----------------------------------------------------------------------


def triggers(nlp: Language, text: str) -> list[Trigger]:
    """The event triggers found in ``text``."""
    return find_triggers(nlp(text))


def event_types(nlp: Language, text: str) -> set[str]:
    """The event types of the triggers found in ``text``."""
    return {t.type for t in triggers(nlp, text)}


# --- figures -----------------------------------------------------------------------------


def token_span(doc: Doc, word: str) -> Span:
    """The first token of ``doc`` spelled ``word``, as a span."""
    for tok in doc:
        if tok.text == word:
            return doc[tok.i : tok.i + 1]
    raise AssertionError(f"trigger {word!r} not in {doc.text!r}")


def pairs(nlp: Language, event_type: str, text: str, trigger: str) -> set[tuple[str, int]]:
    """(kind, value) of the figures of an ``event_type`` mention cued by the word ``trigger``,
    with the whole text as evidence."""
    doc = nlp(text)
    found = figures_for(event_type, token_span(doc, trigger), doc[:])
    return {(f.kind, f.value) for f in found}


def figs(nlp: Language, event_type: str, text: str, trigger: str) -> dict[str, Figure]:
    """The figures of an ``event_type`` mention cued by the word ``trigger``, by kind."""
    doc = nlp(text)
    return {f.kind: f for f in figures_for(event_type, token_span(doc, trigger), doc[:])}


def triggered_pairs(nlp: Language, text: str, event_type: str) -> set[tuple[str, int]]:
    """(kind, value) of the figures of every ``event_type`` trigger the event finder finds in
    ``text``, each with its own trigger and evidence."""
    out: set[tuple[str, int]] = set()
    for trig in find_triggers(nlp(text)):
        if trig.type == event_type:
            out |= {(f.kind, f.value) for f in figures_for(trig.type, trig.trigger, trig.evidence)}
    return out


# --- dates -------------------------------------------------------------------------------


def date_value(
    nlp: Language,
    text: str,
    trigger: str,
    published: str | None,
    nth: int = 0,
    event_type: str | None = None,
) -> DateValue | None:
    """The date Timeline gives the ``nth`` token spelled ``trigger`` of ``text`` (``nth=-1``:
    the last one), with the sentence as evidence, for a mention of ``event_type`` when
    given; no ``published`` date: unknown."""
    doc: Doc = nlp(text)
    hits = [t for t in doc if t.text == trigger]
    assert hits and len(hits) > nth, f"{trigger!r} not in test text"
    tok = hits[nth]
    pub = PublishedDate(published, "given") if published else UNKNOWN_DATE
    evidence: Span = tok.sent
    return Timeline(doc, pub).date_for(doc[tok.i : tok.i + 1], evidence, event_type)


def pair(value: DateValue | None) -> tuple[str, str] | None:
    """(start, end) of a date, or None."""
    return (value.start, value.end) if value else None


def date_pair(
    nlp: Language, text: str, trigger: str, published: str | None, nth: int = 0
) -> tuple[str, str] | None:
    """(start, end) of :func:`date_value`."""
    return pair(date_value(nlp, text, trigger, published, nth))


def typed_date(
    nlp: Language, text: str, trigger: str, published: str, event_type: str
) -> tuple[str, str]:
    """(start, end) of the date of the mention of ``event_type`` cued by ``trigger``; the
    date must be known."""
    value = date_value(nlp, text, trigger, published, event_type=event_type)
    assert value is not None
    return value.start, value.end


def expression_values(text: str, anchor: Anchor) -> list[tuple[str, str, str]]:
    """(text, start, end) of every date expression of ``text`` resolved against ``anchor``."""
    out = []
    for e in find_expressions(text):
        iv = e.resolve(anchor)
        assert iv is not None, e.text
        value = iv.value()
        out.append((e.text, value.start, value.end))
    return out


def expression_values_at(
    text: str, published: str, narrative: str | None = None
) -> list[tuple[str, str, str]]:
    """:func:`expression_values` against a publication date and the narrative's time."""
    anchor = Anchor(interval_of(published), interval_of(narrative) if narrative else None)
    return expression_values(text, anchor)


# --- places ------------------------------------------------------------------------------


def triples(places: tuple[Place, ...]) -> list[tuple[str, str | None, str | None]]:
    """(country, admin1, city) of each place."""
    return [(p.country, p.admin1, p.city) for p in places]


def _places_for(doc: Doc, evidence: Span, trigger: str) -> list[tuple]:
    tok = next(t for t in evidence if t.text == trigger)
    trig: Span = doc[tok.i : tok.i + 1]
    return triples(Locator(doc).places_for(trig, evidence))


def span_places(nlp: Language, text: str, sentence: str, trigger: str) -> list[tuple]:
    """Places for the mention cued by word ``trigger`` with exactly the text ``sentence`` of
    ``text`` as evidence."""
    doc: Doc = nlp(text)
    start = text.index(sentence)
    evidence = doc.char_span(start, start + len(sentence), alignment_mode="expand")
    assert evidence is not None
    return _places_for(doc, evidence, trigger)


def sentence_places(nlp: Language, text: str, sentence: str, trigger: str) -> list[tuple]:
    """Places for the mention cued by word ``trigger`` with the whole sentence of ``text``
    that begins with ``sentence`` as evidence."""
    doc: Doc = nlp(text)
    start = text.index(sentence)
    span = doc.char_span(start, start + len(sentence), alignment_mode="expand")
    assert span is not None
    return _places_for(doc, span[0].sent, trigger)
