"""The one command-line entry point: ``newsgraph``.

Every command prints Rich output to a terminal and plain, parseable output (JSON Lines, CSV) when
asked or piped. Progress bars go to stderr so stdout stays clean for pipes.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.config import ConfigError, load_config

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="rich",
                  help="newsgraph: a sourced, time-aware map of what geopolitical news reports.")
out = Console()
err = Console(stderr=True)

DbOption = Annotated[str | None, typer.Option("--db", help="SQLite database file (default ./newsgraph.db or config).")]
KbOption = Annotated[list[Path] | None, typer.Option("--kb", help="Extra knowledge-base JSON file (repeatable).")]
EXAMPLES = Path(__file__).resolve().parent / "examples"


def fail(message: str, code: int = 1) -> typer.Exit:
    err.print(f"[red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _config(db: str | None = None, kb: list[Path] | None = None):
    try:
        cfg = load_config()
    except ConfigError as exc:
        raise fail(str(exc)) from None
    if db:
        cfg.db = db
    if kb:
        cfg.kb = [str(p) for p in kb]
    for p in cfg.kb:
        if not Path(p).is_file():
            raise fail(f"{p}: knowledge-base file not found")
    return cfg


def open_readonly(path: str):
    """The store opened for reading, or a one-line error (missing file, schema too old)."""
    from newsgraph.store import Store, StoreError

    try:
        return Store(path, readonly=True)
    except StoreError as exc:
        raise fail(str(exc)) from None


def progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


DaskOption = Annotated[str | None, typer.Option(
    "--dask", help="Run the NLP on Dask: local:N (a local cluster of N workers) or tcp://HOST:PORT.")]


def _dask(spec: str | None) -> tuple[str | None, tuple[type[Exception], ...]]:
    """A checked ``--dask`` address and the errors to report as one line while it runs."""
    if not spec:
        return None, ()
    from newsgraph.distributed import DaskError, parse_address

    try:
        parse_address(spec)
    except DaskError as exc:
        raise fail(str(exc)) from None
    return spec, (DaskError,)


def _documents(paths: list[str], errors: list[str]):
    """Documents from the inputs; errors are reported as one line each and counted."""
    from newsgraph.ingest import IngestError, iter_documents

    for item in iter_documents(paths):
        if isinstance(item, IngestError):
            errors.append(str(item))
            err.print(f"[red]error:[/] {item}", highlight=False, soft_wrap=True)
            continue
        yield item


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (walked recursively) or URLs.")],
    db: DbOption = None,
    kb: KbOption = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", help="NLP processes.")] = None,
    dask: DaskOption = None,
) -> None:
    """Read articles into the store: parse, extract and save actors, events, attributions, designations."""
    from newsgraph.pipeline import ingest_into_store
    from newsgraph.store import Store, StoreError

    cfg = _config(db, kb)
    dask, dask_errors = _dask(dask or cfg.dask)
    errors: list[str] = []
    try:
        store = Store(cfg.db)
    except (StoreError, OSError) as exc:
        raise fail(f"{cfg.db}: {exc}") from None
    with store, progress() as bar:
        task = bar.add_task("ingesting", total=None)
        try:
            stats = ingest_into_store(_documents(paths, errors), store, kb_files=tuple(cfg.kb),
                                      workers=workers or cfg.workers, on_done=lambda n: bar.advance(task, n),
                                      dask=dask)
        except dask_errors as exc:
            raise fail(str(exc)) from None
        counts = store.counts()
    out.print(f"{stats['new']} new documents ({stats['duplicates']} near-duplicates), {stats['skipped']} already "
              f"stored, {len(errors)} errors; {cfg.db} now holds {counts['documents']} documents, "
              f"{counts['events']} events, {counts['designations']} designations", highlight=False)
    if errors:
        raise typer.Exit(1)


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files or folders; .jsonl lines keep their 'id'.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl (the analysis contract) or table.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")] = None,
    kb: KbOption = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", help="NLP processes.")] = None,
    dask: DaskOption = None,
) -> None:
    """Analyse without storing: one JSON object per document (the contract in shared/eval/README.md)."""
    from newsgraph.pipeline import analyze_documents

    if fmt not in ("jsonl", "table"):
        raise fail(f"--format must be jsonl or table, not {fmt!r}")
    cfg = _config(None, kb)
    dask, dask_errors = _dask(dask or cfg.dask)
    errors: list[str] = []

    def docs():
        for d in _documents(paths, errors):
            # analyze keeps the caller's id (JSON Lines "id" or the file stem): that is how gold lines up
            d.id = d.external_id or d.id
            yield d

    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        with progress() as bar:
            task = bar.add_task("analyzing", total=None)
            for an in analyze_documents(docs(), kb_files=tuple(cfg.kb), workers=workers or cfg.workers, dask=dask):
                if fmt == "jsonl":
                    sink.write(json.dumps(an.to_json(), ensure_ascii=False) + "\n")
                else:
                    from newsgraph.report.analysis import print_analysis

                    print_analysis(an, out)
                bar.advance(task)
    except dask_errors as exc:
        raise fail(str(exc)) from None
    finally:
        if output:
            sink.close()
    if errors:
        raise typer.Exit(1)


@app.command()
def report(
    db: DbOption = None,
    html: Annotated[Path | None, typer.Option("--html", help="Also write a self-contained HTML report here.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table (plain text when piped), json or csv.")] = "table",
    as_of: Annotated[str | None, typer.Option("--as-of", help="Designation map as of this date (YYYY-MM-DD).")] = None,
) -> None:
    """Summarise the store (terminal tables, JSON or CSV); optionally write the interactive HTML report."""
    from newsgraph.report import designation_map, summarize
    from newsgraph.report.html import render_report
    from newsgraph.report.terminal import print_summary, summary_csv, summary_json

    if fmt not in ("table", "json", "csv"):
        raise fail(f"--format must be table, json or csv, not {fmt!r}")
    cfg = _config(db)
    with open_readonly(cfg.db) as store:
        s = summarize(store)
        cells = designation_map(store, as_of)
        if fmt == "json":
            sys.stdout.write(summary_json(s, cells, as_of) + "\n")
        elif fmt == "csv":
            sys.stdout.write(summary_csv(s, cells))
        else:
            print_summary(s, out, cells, as_of)
        if html:
            html.write_text(render_report(store), encoding="utf-8")
            err.print(f"HTML report written to {html}", highlight=False)


@app.command()
def export(
    target: Annotated[str | None, typer.Argument(
        help="Output: a directory for parquet (one file per table); a file otherwise (stdout if omitted).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="parquet, jsonl (the analysis contract per document), "
                                     "stix (STIX 2.1 bundle) or ftm (FollowTheMoney entities).")] = "parquet",
    db: DbOption = None,
) -> None:
    """Export the store for other tools: Parquet (DuckDB, Spark), analysis JSON Lines, STIX 2.1, FollowTheMoney."""
    from newsgraph.export import FORMATS

    if fmt not in FORMATS:
        raise fail(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "parquet" and not target:
        raise fail("parquet export needs an output directory: newsgraph export --format parquet DIR")
    cfg = _config(db)
    with open_readonly(cfg.db) as store:
        try:
            if fmt == "parquet":
                from newsgraph.export.parquet import export_parquet

                rows = export_parquet(store, Path(target))
                err.print(f"{len(rows)} tables, {sum(rows.values())} rows written to {target}", highlight=False)
            else:
                from newsgraph.export import writer

                write = writer(fmt)
                if target and target != "-":
                    with open(target, "w", encoding="utf-8") as sink:
                        summary = write(store, sink)
                else:
                    summary = write(store, sys.stdout)
                err.print(f"exported {summary}", highlight=False)
        except BrokenPipeError:
            # the reader stopped early (`| head`): not an error
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silences the flush at exit
        except OSError as exc:
            raise fail(f"{target}: {exc.strerror or exc}") from None


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="Database to create (replaced if present).")] = "newsgraph-demo.db",
    html: Annotated[Path, typer.Option("--html", help="Where to write the HTML report.")] = Path("newsgraph-report.html"),
) -> None:
    """Ingest the bundled example corpus into a fresh database, print the summary, write the HTML report."""
    from newsgraph.pipeline import ingest_into_store
    from newsgraph.report import designation_map, summarize
    from newsgraph.report.html import render_report
    from newsgraph.report.terminal import print_summary
    from newsgraph.store import Store

    corpus = examples_dir()
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    errors: list[str] = []
    with Store(db) as store, progress() as bar:
        task = bar.add_task("ingesting examples", total=None)
        stats = ingest_into_store(_documents([str(corpus / "corpus")], errors), store,
                                  on_done=lambda n: bar.advance(task, n))
    out.print(f"Ingested {stats['new']} example documents from {corpus / 'corpus'} into {db}", highlight=False)
    with Store(db, readonly=True) as store:
        s = summarize(store)
        print_summary(s, out, designation_map(store))
        html.write_text(render_report(store), encoding="utf-8")
    out.print(f"HTML report written to {html}", highlight=False)
    if errors:
        raise typer.Exit(1)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8765,
) -> None:
    """Serve the store read-only: JSON API under /api (OpenAPI docs at /docs) and the HTML report at /."""
    import uvicorn

    from newsgraph.web import create_app

    cfg = _config(db)
    open_readonly(cfg.db).close()  # a missing or old database is a one-line error before the server starts
    err.print(f"serving {cfg.db} on http://{host}:{port} (API docs at /docs); Ctrl-C stops", highlight=False)
    uvicorn.run(create_app(cfg.db), host=host, port=port, log_level="warning")


def examples_dir() -> Path:
    """The example corpus: the repo's ``examples/`` (checkout) or the packaged copy."""
    repo = Path(__file__).resolve().parents[2] / "examples"
    return repo if (repo / "corpus").is_dir() else EXAMPLES


from newsgraph.analyze.commands import ActorsGroup, register, register_actor_commands  # noqa: E402

actors_app = typer.Typer(cls=ActorsGroup, no_args_is_help=False, rich_markup_mode="rich",
                         help="Actors: search the KB (`actors QUERY`), or merge/split store actors (`actors merge A B`).")
app.add_typer(actors_app, name="actors")
register(app)
register_actor_commands(actors_app)


@actors_app.command("search")
def actors(
    query: Annotated[str | None, typer.Argument(help="Name, alias, id or Wikidata id to search for.")] = None,
    kb: KbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    limit: Annotated[int, typer.Option(help="Maximum actors shown.")] = 25,
) -> None:
    """Search the knowledge base: actors with their aliases, codes and sources."""
    from rich.table import Table

    from newsgraph.kb import KBError, load_kb

    cfg = _config(None, kb)
    try:
        base = load_kb(cfg.kb)
    except KBError as exc:
        raise fail(str(exc)) from None
    hits = base.search(query, limit=limit)
    if fmt == "json" or not out.is_terminal:
        for a in hits:
            print(json.dumps(base.summary(a), ensure_ascii=False))
        return
    t = Table(title=f"{len(hits)} actors" + (f" matching {query!r}" if query else ""), title_justify="left")
    for c in ("id", "name", "type", "country", "code", "wikidata", "aliases", "roles / parents", "source"):
        t.add_column(c, overflow="fold")
    for a in hits:
        extra = base.describe_roles(a) if a.roles else " > ".join(p.name for p in base.ancestors(a.id))
        t.add_row(a.id, a.name, a.type, a.country or "", a.code or "", a.wikidata or "",
                  ", ".join(a.all_names()[1:8]), extra, Path(a.source).name if a.source else "")
    out.print(t)


def main() -> None:  # pragma: no cover - console script convenience
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
