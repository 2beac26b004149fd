"""The command line: thin typer commands over plain library functions."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from unrest import pipeline
from unrest.errors import UnrestError
from unrest.export import FORMATS, WRITERS
from unrest.merge import EventFilter, matches
from unrest.model import EVENT_TYPES, Event
from unrest.store import Store, is_postgres, open_store

if TYPE_CHECKING:
    from unrest.scoring import Report

app = typer.Typer(
    help="Unrest: news articles about protests and repression in, a sourced event dataset out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[
    str,
    typer.Option(
        "--db", help="SQLite file (created if missing) or postgresql://user@host:port/db URL."
    ),
]
DEFAULT_DB = "unrest.db"
JsonOption = Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")]
AliasesOption = Annotated[
    Path | None,
    typer.Option(
        help="Place alias CSV (canonical,alias); default: one beside the gold, else built in."
    ),
]


def _require_db(db: str) -> None:
    """Fail with a clear message when a SQLite database file does not exist yet."""
    if not is_postgres(db) and not Path(db).exists():
        raise _fail(UnrestError(f"{db} does not exist; run `unrest ingest` first or give --db"), 2)


def _open(db: str) -> Store:
    try:
        return open_store(db)
    except UnrestError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(2) from exc


def _fail(exc: UnrestError, code: int = 1) -> typer.Exit:
    err.print(f"error: {exc}", markup=False, highlight=False)
    return typer.Exit(code)


@app.command()
def ingest(
    paths: Annotated[
        list[Path], typer.Argument(help="Files or folders of .txt, .md, .html, .htm, .jsonl, .json")
    ],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD) for text that has none."),
    ] = None,
    db: DbOption = DEFAULT_DB,
    data: Annotated[
        list[Path] | None,
        typer.Option(
            "--data",
            help="Folder with your own actors.yaml extending the built-in list (repeatable).",
        ),
    ] = None,
    processes: Annotated[
        int, typer.Option("--processes", "-p", min=1, help="Processes that parse and extract.")
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler (tcp://HOST:PORT): extract on its workers, which write to "
            "the PostgreSQL --db."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print no table.")] = False,
) -> None:
    """Read articles, extract sourced mentions and quotes, store them, merge events."""
    if published is not None and not _valid_iso(published):
        raise _fail(
            UnrestError(
                f"--published {published!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
            ),
            2,
        )
    with _open(db) as store:
        total = pipeline.count_items(paths)
        with Progress(
            TextColumn("ingesting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            disable=total < 20 or not err.is_terminal,
        ) as bar:
            task = bar.add_task("ingest", total=total)
            try:
                report = pipeline.ingest_paths(
                    paths,
                    store,
                    published=published,
                    processes=processes,
                    data_dirs=data or [],
                    scheduler=scheduler,
                    db_url=db,
                    progress=lambda n: bar.advance(task, n),
                )
            except UnrestError as exc:
                raise _fail(exc, 2) from exc
        for e in report.errors:
            err.print(f"error: {e}", markup=False, highlight=False)
        if not quiet:
            _print_found(store)
        out.print(
            f"{report.stored} new article(s), {report.unchanged} unchanged, "
            f"{report.mentions} mention(s), {report.quotes} quote(s), {report.events} event(s) "
            f"in {db}; {len(report.errors)} error(s)",
            highlight=False,
        )
    if report.errors:
        raise typer.Exit(1)


def _valid_iso(value: str) -> bool:
    from datetime import date

    try:
        if len(value) == 4:
            return value.isdigit()
        if len(value) == 7:
            date.fromisoformat(value + "-01")
            return True
        date.fromisoformat(value)
        return len(value) == 10
    except ValueError:
        return False


def _print_found(store: Store) -> None:
    table = Table(title="What was found, per article")
    table.add_column("article", overflow="fold")
    table.add_column("published (how)", overflow="fold")
    table.add_column("mentions", justify="right")
    table.add_column("by type", overflow="fold")
    table.add_column("quotes", justify="right")
    per_doc: dict[str, Counter[str]] = {}
    for m in store.mentions():
        per_doc.setdefault(m.document, Counter())[m.type] += 1
    quotes = Counter(q.document for q in store.quotes())
    for doc in store.documents():
        counts = per_doc.get(doc.id, Counter())
        by_type = ", ".join(f"{t.replace('_', ' ')} {counts[t]}" for t in EVENT_TYPES if counts[t])
        table.add_row(
            Path(doc.path).name,  # "feed.jsonl:3" for an article of a JSON Lines file
            f"{doc.published.value or 'unknown'} ({doc.published.method})",
            str(sum(counts.values())),
            by_type,
            str(quotes[doc.id]),
        )
    out.print(table)


@app.command()
def mentions(
    db: DbOption = DEFAULT_DB,
    type: Annotated[str | None, typer.Option(help="Only this event type.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
) -> None:
    """List stored mentions: type, date, place, figures, source and evidence."""
    if type is not None and type not in EVENT_TYPES:
        raise _fail(UnrestError(f"unknown type {type!r}; valid: {', '.join(EVENT_TYPES)}"), 2)
    with _open(db) as store:
        table = Table(show_lines=False)
        for col in ("type", "date", "place", "figures", "source", "evidence"):
            table.add_column(col, overflow="fold")
        shown = 0
        for m in store.mentions():
            if type and m.type != type:
                continue
            if shown >= limit:
                break
            shown += 1
            place = "; ".join(
                ", ".join(x for x in (p.city, p.admin1, p.country) if x) for p in m.places
            )
            figs = "; ".join(
                f"{f.kind} {f.qualifier + ' ' if f.qualifier else ''}{f.value}" for f in m.figures
            )
            src = m.source.kind + (f": {m.source.name}" if m.source.name else "")
            date = (
                (m.date.start if m.date.start == m.date.end else f"{m.date.start}/{m.date.end}")
                if m.date
                else ""
            )
            table.add_row(m.type, date, place, figs, src, m.evidence.text[:160])
        out.print(table)


@app.command()
def export(
    format: Annotated[
        str, typer.Option("--format", "-f", help="jsonl, csv (mentions), acled or geojson (events)")
    ] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (default: stdout).")
    ] = None,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export the dataset: JSON Lines (everything), CSV of mentions, ACLED-style CSV or GeoJSON
    of events."""
    if format not in FORMATS:
        raise _fail(UnrestError(f"unknown format {format!r}; valid: {', '.join(FORMATS)}"), 2)
    _require_db(db)
    with _open(db) as store:
        writer = WRITERS[format]
        if output is None:
            writer(store, sys.stdout)
        else:
            with output.open("w", encoding="utf-8", newline="") as fh:
                n = writer(store, fh)
            err.print(f"wrote {n} {format} row(s) to {output}", highlight=False)


def _figures_cell(ev: Event) -> str:
    parts = []
    for kind, s in sorted(ev.summary.items()):
        low, high = s.get("lowest"), s.get("highest")
        parts.append(f"{kind} {low}" + ("" if low == high else f"-{high}"))
    return "; ".join(parts)


@app.command()
def events(
    db: DbOption = DEFAULT_DB,
    type: Annotated[str | None, typer.Option(help="Only this event type.")] = None,
    since: Annotated[
        str | None, typer.Option(help="Only events ending on or after this date.")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Only events starting on or before this date.")
    ] = None,
    place: Annotated[str | None, typer.Option(help="Country code, province or city.")] = None,
    search: Annotated[
        str | None,
        typer.Option("--search", "-s", help="Text in the label, places, actors or evidence."),
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many rows.")] = 50,
) -> None:
    """List merged events: id, type, dates, places, mentions, articles and figures."""
    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not _valid_iso(value):
            raise _fail(
                UnrestError(f"{name} {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"), 2
            )
    try:
        flt = EventFilter(type=type, since=since, until=until, place=place, text=search)
    except UnrestError as exc:
        raise _fail(exc, 2) from exc
    with _open(db) as store:
        table = Table(title="Events")
        for col in ("id", "type", "dates", "places", "mentions", "articles", "figures"):
            table.add_column(col, overflow="fold")
        shown = total = 0
        for ev in store.events():
            if not matches(ev, flt):
                continue
            total += 1
            if shown >= limit:
                continue
            shown += 1
            d = ev.date
            dates = "" if d is None else d.start if d.start == d.end else f"{d.start}/{d.end}"
            table.add_row(
                ev.id,
                ev.type,
                dates,
                ev.label.split(" · ")[1],
                str(len(ev.mentions)),
                str(len(ev.documents)),
                _figures_cell(ev),
            )
        out.print(table)
        out.print(f"{shown} of {total} matching event(s)", highlight=False)


@app.command()
def show(
    event_id: Annotated[str, typer.Argument(help="An event id (or a unique prefix of it).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show one event: every figure claim side by side with its sources and evidence."""
    with _open(db) as store:
        ev = store.event(event_id)
        if ev is None:
            raise _fail(
                UnrestError(f"no single event matches {event_id!r}; see `unrest events`"), 1
            )
        mentions = {m.id: m for m in store.mentions() if m.event == ev.id}
        docs = {d.id: d for d in store.documents() if d.id in ev.documents}
    out.print(f"{ev.id}  {ev.label}", markup=False, highlight=False)
    places = "; ".join(", ".join(x for x in (p.city, p.admin1, p.country) if x) for p in ev.places)
    out.print(f"places: {places or 'unknown'}", markup=False, highlight=False)
    if ev.actors:
        out.print("actors: " + "; ".join(f"{a.name} ({a.role})" for a in ev.actors), markup=False)
    for kind, claims in sorted(ev.figures.items()):
        s = ev.summary.get(kind, {})
        out.print(
            f"\n{kind}: lowest {s.get('lowest')}, highest {s.get('highest')}, "
            f"ACLED (conservative) {s.get('acled')}",
            markup=False,
            highlight=False,
        )
        for c in claims:
            qual = f"{c['qualifier']} " if c.get("qualifier") else ""
            out.print(f"  {qual}{c['value']}  ({c['origins']} independent origin(s))", markup=False)
            for src in c["sources"]:  # type: ignore[attr-defined]
                who = src.get("name") or src["kind"]
                outlet = src.get("outlet") or Path(docs[src["document"]].path).name
                out.print(f"    - {who}, in {outlet} [origin {src.get('origin')}]", markup=False)
                out.print(f'      "{src.get("evidence", "")}"', markup=False, highlight=False)
    out.print(f"\nmentions ({len(mentions)}):", highlight=False)
    for m in mentions.values():
        doc = docs.get(m.document)
        where = Path(doc.path).name if doc else m.document
        src = m.source.name or m.source.kind
        out.print(f"  [{m.type}] {where} — {src}: {m.evidence.text}", markup=False, highlight=False)


@app.command("eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of gold JSON files (SCORING.md).")],
    docs: Annotated[
        Path, typer.Option("--docs", help="Folder of the articles the gold annotates.")
    ],
    given_dates: Annotated[
        bool, typer.Option("--given-dates", help="Give the gold publication dates to the system.")
    ] = False,
    as_json: JsonOption = False,
    floors: Annotated[
        Path | None,
        typer.Option(
            help="JSON file of minimum figures; exit 1 if any figure falls below its floor."
        ),
    ] = None,
    aliases: AliasesOption = None,
    calibration: Annotated[
        bool, typer.Option("--calibration", help="Also print precision per confidence bin.")
    ] = False,
) -> None:
    """Score the system against gold annotations, on a scratch database."""
    from unrest import evaluation

    try:
        system = evaluation.run_system(gold_dir, docs, given_dates=given_dates, aliases=aliases)
        result = system.report()
        failures = evaluation.check(result, floors, given_dates=given_dates) if floors else []
    except UnrestError as exc:
        raise _fail(exc, 2) from exc
    _print_report(result, as_json)
    if calibration and not as_json:
        out.print("\n" + system.calibration(), markup=False, highlight=False)
    for line in failures:
        err.print(f"below floor: {line}", markup=False, highlight=False)
    if failures:
        raise typer.Exit(1)


@app.command()
def agree(
    reference: Annotated[Path, typer.Argument(help="Folder of the reference gold files.")],
    other: Annotated[
        Path, typer.Argument(help="Folder of a second annotation of some of the same articles.")
    ],
    as_json: JsonOption = False,
    aliases: AliasesOption = None,
    listing: Annotated[
        bool, typer.Option("--list", help="Also list each disagreement, for adjudication.")
    ] = False,
) -> None:
    """Agreement of two annotators: score OTHER against REFERENCE as `eval` scores the system."""
    from unrest import evaluation

    try:
        result = evaluation.agree(reference, other, aliases=aliases)
        lines = evaluation.disagree(reference, other, aliases=aliases) if listing else []
    except UnrestError as exc:
        raise _fail(exc, 2) from exc
    _print_report(result, as_json)
    if lines and not as_json:
        out.print("\n" + "\n".join(lines), markup=False, highlight=False, soft_wrap=True)


def _print_report(result: Report, as_json: bool) -> None:
    """A scoring report as JSON or as the figures table."""
    if as_json:
        out.print_json(json.dumps(result.to_dict()))
    else:
        out.print(result.render(), markup=False, highlight=False)


@app.command()
def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Address to bind; keep 127.0.0.1 unless you mean it.")
    ] = ("127.0.0.1"),
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    writable: Annotated[
        bool, typer.Option("--writable", help="Allow adding articles through the API.")
    ] = False,
) -> None:
    """Open the stored dataset in the browser: events, map, timeline and evidence."""
    from unrest import web

    _require_db(db)
    err.print(f"serving {db} on http://{host}:{port}/ (read-only: {not writable}); Ctrl-C stops")
    web.serve(db, host=host, port=port, writable=writable)


@app.command()
def bench(
    articles: Annotated[
        list[int] | None,
        typer.Option("--articles", "-n", min=1, help="Corpus size; repeat for several sizes."),
    ] = None,
    processes: Annotated[
        int, typer.Option("--processes", "-p", min=1, help="Processes for both runs.")
    ] = 2,
    corpus: Annotated[
        Path | None, typer.Option(help="Articles to generate the corpus from (examples/corpus).")
    ] = None,
) -> None:
    """Throughput of the full pipeline against bare spaCy nlp.pipe, measured in one run."""
    from unrest import bench as _bench

    sizes = articles or [100, 1000, 10000]
    try:
        results = _bench.run(sizes, processes, corpus or _bench.DEFAULT_CORPUS)
    except UnrestError as exc:
        raise _fail(exc, 2) from exc
    table = Table(title=f"Unrest against bare spaCy, {processes} process(es) each")
    for col in ("articles", "words", "spaCy words/s", "Unrest words/s", "ratio", "peak MiB"):
        table.add_column(col, justify="right")
    for r in results:
        table.add_row(
            str(r.articles),
            str(r.words),
            str(r.spacy_wps),
            str(r.unrest_wps),
            f"{r.ratio:.2f}",
            f"{r.peak_parent_mib:.0f} + {r.peak_workers_mib:.0f} per worker",
        )
    out.print(table)


def main() -> None:  # pragma: no cover - entry point
    app()
