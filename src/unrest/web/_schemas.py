"""Pydantic models of the JSON API: they validate the answers and make its OpenAPI description."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class DateRange(BaseModel):
    start: str = Field(description="ISO date at its precision (2019, 2019-11, 2019-11-15)")
    end: str
    precision: str | None = Field(None, description="day, month or year")


class DateValue(DateRange):
    text: str | None = Field(None, description="what the article said")


class PlaceOut(BaseModel):
    country: str
    admin1: str | None = None
    city: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    text: str | None = Field(None, description="the words of the article")
    name: str = Field(description="city, province, country")


class TimelineBin(BaseModel):
    period: str = Field(description="YYYY-MM, or YYYY for year-precision dates")
    count: int
    by_type: dict[str, int]


class EventRow(BaseModel):
    id: str
    type: str
    label: str
    date: DateRange | None
    places: list[PlaceOut]
    mentions: int = Field(description="number of reports merged into the event")
    documents: list[str]
    outlets: list[str]
    figures: dict[str, list[float | int | None]]


class EventList(BaseModel):
    count: int
    filters: dict[str, str]
    events: list[EventRow]
    timeline: list[TimelineBin]


class Facets(BaseModel):
    types: list[str]
    outlets: list[str]
    places: list[str]


class SpanOut(BaseModel):
    text: str
    start: int
    end: int


class FigureOut(BaseModel):
    kind: str
    value: int
    qualifier: str | None = None
    unit: str | None = None
    text: str | None = None


class ActorOut(BaseModel):
    role: str
    name: str
    text: str
    kind: str | None = None


class SourceOut(BaseModel):
    kind: str = Field(description="author, person, organization or unnamed")
    name: str | None = None
    text: str | None = None


class PublishedOut(BaseModel):
    value: str | None
    method: str = Field(description="given, metadata, dateline, inferred or unknown")
    detail: str | None = None


class ContextOut(BaseModel):
    before: str
    evidence: str
    after: str
    cut_before: bool
    cut_after: bool


class MentionOut(BaseModel):
    id: str
    document: str
    event: str | None
    type: str
    evidence: SpanOut
    trigger: SpanOut
    date: DateValue | None
    places: list[PlaceOut]
    figures: list[FigureOut]
    actors: list[ActorOut]
    source: SourceOut
    modality: str
    confidence: float
    outlet: str | None
    context: ContextOut | None = None
    published: PublishedOut | None = None


class ClaimSource(BaseModel):
    model_config = ConfigDict(extra="allow")
    kind: str | None = None
    name: str | None = None
    outlet: str | None = None
    document: str | None = None
    mention: str | None = Field(None, description="the mention holding the claim's evidence")
    independent: bool | None = Field(
        None, description="the source is an origin of its own (not relaying another)"
    )


class Claim(BaseModel):
    value: float | int | None
    qualifier: str | None = None
    mentions: list[str]
    sources: list[ClaimSource]
    origins: int = Field(description="number of independent origins of the claim")


class FigureClaims(BaseModel):
    kind: str
    claims: list[Claim]
    max: float | int


class EventDetail(EventRow):
    mention_list: list[MentionOut]
    claims: list[FigureClaims]
    summary: dict[str, object] | None = None


class DocumentRow(BaseModel):
    id: str
    path: str
    title: str | None
    outlet: str | None
    url: str | None
    published: PublishedOut
    mentions: int


class Segment(BaseModel):
    text: str
    start: int
    end: int
    mentions: list[str]
    types: list[str]
    trigger: bool
    source: bool
    quote: str | None
    anchors: list[str]


class QuoteOut(BaseModel):
    id: str
    document: str
    speaker: str | None
    text: str
    start: int
    end: int


class DocumentDetail(BaseModel):
    id: str
    path: str
    title: str | None
    outlet: str | None
    url: str | None
    published: PublishedOut
    text: str
    segments: list[Segment]
    mentions: list[MentionOut]
    quotes: list[QuoteOut]


class ArticleIn(BaseModel):
    """An article to ingest (only when the server was started writable)."""

    text: str | None = Field(None, description="plain text (give text or html)")
    html: str | None = Field(None, description="an HTML page")
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="ISO date, if known")


class IngestOut(BaseModel):
    stored: int
    unchanged: int
    mentions: int
    quotes: int
    events: int
    errors: list[str]
