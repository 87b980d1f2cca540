"""The terminal summary (Rich tables that fit the terminal) and its plain forms (JSON, CSV) for pipes."""
from __future__ import annotations

import csv
import io
import json
from typing import Any

from rich.console import Console
from rich.table import Table

from newsgraph.report import Summary

CSV_COLUMNS = ("section", "name", "type", "country", "status", "date", "count")


def _table(title: str, columns: list[str], rows: list[tuple], numeric: int = 0) -> Table:
    """A table whose last ``numeric`` columns are right-aligned numbers; text columns fold to fit."""
    t = Table(title=title, title_justify="left", expand=False, header_style="bold")
    for i, c in enumerate(columns):
        is_num = i >= len(columns) - numeric
        t.add_column(c, justify="right" if is_num else "left", overflow="fold", no_wrap=is_num)
    for r in rows:
        t.add_row(*("" if v is None else str(v) for v in r))
    return t


def print_summary(s: Summary, console: Console | None = None, designation_map: list[dict] | None = None,
                  as_of: str | None = None) -> None:
    console = console or Console()
    c = s.counts
    lo, hi = s.date_range
    console.print(f"[bold]{c['documents']:,}[/] documents ({c['duplicates']:,} near-duplicates), "
                  f"{c['actors']:,} actors, {c['mentions']:,} mentions, {c['events']:,} events, "
                  f"{c['attributions']:,} attributions, {c['designations']:,} designation reports"
                  + (f"; published {lo} to {hi}" if lo else ""), highlight=False)
    console.print(_table("Outlets", ["outlet", "documents"], s.outlets[:20], numeric=1))
    console.print(_table("Actors by type", ["type", "actors"], s.actor_types, numeric=1))
    console.print(_table("Top actors", ["actor", "type", "country", "code", "documents", "mentions"],
                         [(a["name"], a["type"], a["country"], a["code"], a["documents"], a["mentions"])
                          for a in s.top_actors], numeric=2))
    if s.event_types:
        console.print(_table("Events by PLOVER type", ["type", "events"], s.event_types, numeric=1))
    if designation_map:
        console.print(_table(f"Designation map as of {as_of or 'today'}",
                             ["jurisdiction", "organisation", "status", "date", "reports"],
                             [(d["jurisdiction"], d["organisation"],
                               d["status"] + (" (contested)" if d.get("contested") else ""), d["date"], d["reports"])
                              for d in designation_map], numeric=1))


def summary_json(s: Summary, designation_map: list[dict] | None = None, as_of: str | None = None) -> str:
    d: dict[str, Any] = s.to_json()
    d["designation_map"] = {"as_of": as_of, "cells": designation_map or []}
    return json.dumps(d, ensure_ascii=False, indent=2)


def summary_csv(s: Summary, designation_map: list[dict] | None = None) -> str:
    """One long table: each row a figure of one section (counts, outlets, actor types, ...)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for k, v in s.counts.items():
        w.writerow({"section": "counts", "name": k, "count": v})
    for o, n in s.outlets:
        w.writerow({"section": "outlets", "name": o, "count": n})
    for t, n in s.actor_types:
        w.writerow({"section": "actor_types", "name": t, "count": n})
    for a in s.top_actors:
        w.writerow({"section": "top_actors", "name": a["name"], "type": a["type"], "country": a["country"],
                    "count": a["documents"]})
    for t, n in s.event_types:
        w.writerow({"section": "event_types", "name": t, "count": n})
    for d in designation_map or []:
        w.writerow({"section": "designation_map", "name": f"{d['jurisdiction']} / {d['organisation']}",
                    "country": d["country"], "status": d["status"], "date": d["date"], "count": d["reports"]})
    return buf.getvalue()
