"""The terminal summary: Rich tables that fit the terminal width and degrade to plain text in pipes."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from newsgraph.report import Summary


def _table(title: str, columns: list[str], rows: list[tuple]) -> Table:
    t = Table(title=title, title_justify="left", expand=False)
    for c in columns:
        t.add_column(c, overflow="fold")
    for r in rows:
        t.add_row(*("" if v is None else str(v) for v in r))
    return t


def print_summary(s: Summary, console: Console | None = None) -> None:
    console = console or Console()
    c = s.counts
    lo, hi = s.date_range
    console.print(f"[bold]{c['documents']}[/] documents ({c['duplicates']} near-duplicates), "
                  f"{c['actors']} actors, {c['mentions']} mentions, {c['events']} events, "
                  f"{c['attributions']} attributions, {c['designations']} designations"
                  + (f"; published {lo} to {hi}" if lo else ""))
    console.print(_table("Outlets", ["outlet", "documents"], s.outlets))
    console.print(_table("Actors by type", ["type", "actors"], s.actor_types))
    console.print(_table("Top actors", ["actor", "type", "country", "code", "documents", "mentions"],
                         [(a["name"], a["type"], a["country"], a["code"], a["documents"], a["mentions"])
                          for a in s.top_actors]))
    if s.event_types:
        console.print(_table("Events by PLOVER type", ["type", "events"], s.event_types))
    if s.designations:
        console.print(_table("Designations", ["designator", "designee", "status", "date", "reports"],
                             [(d["designator"], d["designee"], d["status"], d["date"], d["reports"])
                              for d in s.designations]))
