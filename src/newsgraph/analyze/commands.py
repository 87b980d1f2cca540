"""CLI commands over the analysis: designations, pressure, network, timeline, stories, actor merge/split.

Registered on the main Typer app by ``newsgraph.cli``. Each prints a Rich table to a terminal and
CSV or JSON when asked (``--format``) or when stdout is piped.
"""
from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

AsOf = Annotated[str | None, typer.Option("--as-of", help="Only facts known on this date (ISO, e.g. 2026-01-24).")]
Fmt = Annotated[str | None, typer.Option("--format", "-f", help="table, csv or json (default: table on a terminal).")]
Out = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")]
Db = Annotated[str | None, typer.Option("--db", help="SQLite database file (default ./newsgraph.db or config).")]


def _cli():
    from newsgraph import cli

    return cli


def _open(db: str | None):
    """The store, opened for writing so that schema migrations and the actor resolution are saved."""
    from newsgraph.store import Store, StoreError

    cli = _cli()
    cfg = cli._config(db)
    if not Path(cfg.db).is_file():
        raise cli.fail(f"{cfg.db}: no such database (run `newsgraph ingest` or `newsgraph demo` first)")
    import sqlite3

    try:
        return Store(cfg.db)
    except (StoreError, OSError, sqlite3.DatabaseError) as exc:  # a corrupt or foreign file
        raise cli.fail(f"{cfg.db}: cannot open the database: {exc}") from None


def _known_actor(store, name: str | None) -> None:
    """A one-line error for an actor the store does not know (rather than an empty answer)."""
    from newsgraph.analyze import find_actor

    if name and not find_actor(store, name):
        raise _cli().fail(f"no actor named {name!r} in {store.path}")


def _query(db: str | None, run, actor: str | None = None):
    """Open the store, check the named actor, run ``run(store)``; resolution errors become one-line errors."""
    from newsgraph.analyze import ResolutionError

    with _open(db) as store:
        _known_actor(store, actor)
        try:
            return run(store)
        except ResolutionError as exc:
            raise _cli().fail(str(exc)) from None


def _format(fmt: str | None, allowed: tuple[str, ...], piped_default: str) -> str:
    cli = _cli()
    if fmt is None:
        return "table" if cli.out.is_terminal else piped_default
    if fmt not in allowed:
        raise cli.fail(f"--format must be one of {', '.join(allowed)}, not {fmt!r}")
    return fmt


def _check_date(as_of: str | None) -> None:
    import re

    if as_of and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", as_of):
        raise _cli().fail(f"--as-of must be an ISO date like 2026-01-24, not {as_of!r}")


def _emit(fmt: str, rows: list[dict[str, Any]], payload: Any, title: str, output: Path | None,
          columns: list[str] | None = None, table: Callable[[], Any] | None = None) -> None:
    cli = _cli()
    if fmt == "table":
        from rich.table import Table

        if table is not None:
            t = table()
        else:
            cols = columns or (list(rows[0]) if rows else [])
            t = Table(title=title, title_justify="left")
            for c in cols:
                t.add_column(c, overflow="fold")
            for r in rows:
                t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in cols))
        if output:
            from rich.console import Console

            with output.open("w", encoding="utf-8") as fh:
                Console(file=fh, width=160).print(t)
        else:
            cli.out.print(t)
        return
    if fmt == "csv":
        buf = io.StringIO()
        cols = columns or (list(rows[0]) if rows else [])
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
        text = buf.getvalue()
    else:
        text = json.dumps(payload, ensure_ascii=False, indent=1) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


def register(app: typer.Typer) -> None:  # noqa: C901 - one place for all analysis commands
    @app.command()
    def designations(
        as_of: AsOf = None,
        designee: Annotated[str | None, typer.Option("--designee", help="Only this organisation (name, alias or id).")] = None,
        designator: Annotated[str | None, typer.Option("--designator", help="Only this jurisdiction.")] = None,
        history: Annotated[bool, typer.Option("--history", help="Also list every fact of each cell over time.")] = False,
        fmt: Fmt = None,
        output: Out = None,
        db: Db = None,
    ) -> None:
        """The designation map: jurisdiction × organisation with status, date and evidence, as of a date."""
        from newsgraph.analyze import designation_map, map_rows

        _check_date(as_of)
        f = _format(fmt, ("table", "csv", "json"), "csv")
        with _open(db) as store:
            m = designation_map(store, as_of=as_of, designee=designee, designator=designator, history=history)
        rows = map_rows(m)
        if history:
            hist = [{"designator": h.designator.name, "designee": h.designee.name, "status": h.status,
                     "date": h.fact_date or "", "published": h.published or "", "outlet": h.evidence.outlet or "",
                     "attribution": h.evidence.attribution, "evidence": h.evidence.text, "doc_id": h.evidence.doc_id}
                    for c in m.cells for h in c.history]
            if f != "json":
                rows = hist
        cols = (["designator", "designee", "status", "date", "published", "outlet", "attribution", "evidence", "doc_id"]
                if history else ["designator", "designee", "status", "date", "reports", "contested", "pressed_by",
                                 "corroboration", "reasons", "outlet", "published", "attribution", "evidence",
                                 "doc_id", "designator_id", "designee_id"])
        table_cols = (cols if history else ["designator", "designee", "status", "date", "reports", "pressed_by",
                                            "corroboration", "outlet", "attribution", "evidence"])
        title = f"Designation map as of {as_of or 'today'}: {len(m.cells)} cells" + (" (history)" if history else "")
        _emit(f, rows, m.to_json(), title, output, columns=table_cols if f == "table" else cols)

    @app.command()
    def pressure(
        as_of: AsOf = None,
        actor: Annotated[str | None, typer.Option("--actor", help="Only campaigns involving this actor.")] = None,
        fmt: Fmt = None,
        output: Out = None,
        db: Db = None,
    ) -> None:
        """Pressure campaigns: who pressed whom about what, over time."""
        from newsgraph.analyze import pressure_campaigns, pressure_rows

        _check_date(as_of)
        f = _format(fmt, ("table", "csv", "json"), "csv")
        camps = _query(db, lambda store: pressure_campaigns(store, as_of=as_of, actor=actor), actor)
        _emit(f, pressure_rows(camps), [c.to_json() for c in camps],
              f"{len(camps)} pressure campaigns" + (f" as of {as_of}" if as_of else ""), output)

    @app.command()
    def network(
        as_of: AsOf = None,
        fmt: Annotated[str | None, typer.Option("--format", "-f", help="table, json, csv, graphml or gexf.")] = None,
        output: Out = None,
        db: Db = None,
    ) -> None:
        """The actor network: edges weighted by corroboration, hubs, brokers, permissive jurisdictions."""
        from newsgraph.analyze import build_network, network_rows, write_graph

        _check_date(as_of)
        f = _format(fmt, ("table", "json", "csv", "graphml", "gexf"), "json")
        with _open(db) as store:
            net = build_network(store, as_of=as_of)
        if f in ("graphml", "gexf"):
            if output:
                write_graph(net, f, str(output))
            else:
                buf = io.BytesIO()
                write_graph(net, f, buf)  # type: ignore[arg-type]
                sys.stdout.buffer.write(buf.getvalue())
                sys.stdout.flush()
            return
        if f == "table":
            _network_tables(net, output)
            return
        _emit(f, network_rows(net), net.to_json(), "", output)

    @app.command()
    def timeline(
        actor: Annotated[str, typer.Argument(help="Actor: name, alias or id (country:BOL, org:irgc).")],
        other: Annotated[str | None, typer.Argument(help="A second actor: only what involves both.")] = None,
        as_of: AsOf = None,
        fmt: Fmt = None,
        output: Out = None,
        db: Db = None,
    ) -> None:
        """Timeline of an actor, or of a pair: story events, designations and stated relations."""
        from newsgraph.analyze import timeline as build
        from newsgraph.analyze import timeline_rows

        _check_date(as_of)
        f = _format(fmt, ("table", "csv", "json"), "csv")
        entries = _query(db, lambda store: build(store, actor, other, as_of=as_of))
        _emit(f, timeline_rows(entries), [e.to_json() for e in entries],
              f"Timeline of {actor}" + (f" and {other}" if other else "") + f": {len(entries)} entries", output,
              columns=["date", "kind", "summary", "reports", "outlets"] if f == "table" else None)

    @app.command()
    def stories(
        as_of: AsOf = None,
        actor: Annotated[str | None, typer.Option("--actor", help="Only story events involving this actor.")] = None,
        window: Annotated[int, typer.Option("--window", help="Days within which reports are of one event.")] = 7,
        fmt: Fmt = None,
        output: Out = None,
        db: Db = None,
    ) -> None:
        """Story events: reports of one event joined across documents, with corroboration."""
        from newsgraph.analyze import story_events, story_rows

        _check_date(as_of)
        f = _format(fmt, ("table", "csv", "json"), "json")
        found = _query(db, lambda store: story_events(store, as_of=as_of, actor=actor, window=window), actor)
        _emit(f, story_rows(found), [s.to_json() for s in found], f"{len(found)} story events", output,
              columns=["date_start", "type", "source", "target", "designee", "status", "reports", "outlets",
                       "syndicated", "contradictions", "level", "reasons"] if f == "table" else None)


def _network_tables(net, output: Path | None) -> None:
    from rich.console import Console
    from rich.table import Table

    cli = _cli()
    con = Console(file=output.open("w", encoding="utf-8"), width=160) if output else cli.out
    g = net.graph
    con.print(f"Network{' as of ' + net.as_of if net.as_of else ''}: {g.number_of_nodes()} actors, "
              f"{g.number_of_edges()} ties", highlight=False)
    for title, items in (("Hubs", net.hubs), ("Brokers", net.brokers)):
        t = Table(title=title, title_justify="left")
        for c in ("actor", "type", "degree", "eigenvector", "betweenness", "why"):
            t.add_column(c, overflow="fold")
        for h in items:
            t.add_row(h.actor.name, h.actor.type or "", f"{h.degree:.2f}", f"{h.eigenvector:.2f}",
                      f"{h.betweenness:.2f}", h.reason)
        con.print(t)
    t = Table(title="Permissive jurisdictions", title_justify="left")
    for c in ("country", "score", "reasons", "evidence"):
        t.add_column(c, overflow="fold")
    for p in net.permissive:
        t.add_row(p.country.name, f"{p.score:.2f}", "; ".join(p.reasons),
                  " | ".join(f"{e.outlet or e.doc_id}: {e.text}" for e in p.evidence[:2]))
    con.print(t)
    if output:
        con.file.close()


# ---- `newsgraph actors`: search (the default), merge, split, merges --------------------------------
class ActorsGroup(TyperGroup):
    """``newsgraph actors QUERY`` keeps searching the KB; ``merge``/``split``/``merges`` are subcommands."""

    def parse_args(self, ctx, args):  # type: ignore[override]
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = ["search", *args]
        return super().parse_args(ctx, args)


def register_actor_commands(actors_app: typer.Typer) -> None:
    @actors_app.command("merge")
    def merge(
        a: Annotated[str, typer.Argument(help="Actor (name, alias or id) to keep.")],
        b: Annotated[str, typer.Argument(help="Actor (name, alias or id) that is the same.")],
        note: Annotated[str | None, typer.Option("--note", help="Why (kept with the decision).")] = None,
        db: Db = None,
    ) -> None:
        """Analyst: A and B are the same actor (remembered across re-runs and re-ingests)."""
        from newsgraph.analyze import merge_actors

        ia, ib = _query(db, lambda store: merge_actors(store, a, b, note))
        _cli().out.print(f"merged {ib} into {ia}", highlight=False)

    @actors_app.command("split")
    def split(
        a: Annotated[str, typer.Argument(help="Actor (name, alias or id) to keep apart.")],
        b: Annotated[str | None, typer.Argument(help="Only keep it apart from this actor.")] = None,
        note: Annotated[str | None, typer.Option("--note", help="Why (kept with the decision).")] = None,
        db: Db = None,
    ) -> None:
        """Analyst: undo merges of A (with everything, or with B only); automatic merging respects it."""
        from newsgraph.analyze import split_actor

        ids = _query(db, lambda store: split_actor(store, a, b, note))
        _cli().out.print(f"split {', '.join(ids)}" + (f" from {b}" if b else ""), highlight=False)

    @actors_app.command("merges")
    def list_merges(fmt: Fmt = None, output: Out = None, db: Db = None) -> None:
        """Every merge in force (automatic and the analyst's) with its evidence."""
        from newsgraph.analyze import merges

        f = _format(fmt, ("table", "csv", "json"), "csv")
        with _open(db) as store:
            found = merges(store)
        rows = [{"keep": m.keep, "merged": m.merged, "method": m.method, "score": m.score,
                 "rule": m.evidence.get("rule", ""), "evidence": json.dumps(m.evidence, ensure_ascii=False)}
                for m in found]
        _emit(f, rows, [m.to_json() for m in found], f"{len(found)} actor merges", output)
