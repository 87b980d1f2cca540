"""The self-contained HTML report: one file, no network, all text escaped."""
from __future__ import annotations

from html import escape

from newsgraph.report import Summary


def _rows(columns: list[str], rows: list[tuple]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in r) + "</tr>"
                   for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(s: Summary, title: str = "newsgraph report") -> str:
    c = s.counts
    parts = [
        f"<p>{c['documents']} documents ({c['duplicates']} near-duplicates), {c['actors']} actors, "
        f"{c['events']} events, {c['attributions']} attributions, {c['designations']} designations.</p>",
        "<h2>Outlets</h2>", _rows(["outlet", "documents"], s.outlets),
        "<h2>Actors by type</h2>", _rows(["type", "actors"], s.actor_types),
        "<h2>Top actors</h2>", _rows(["actor", "type", "country", "code", "documents", "mentions"],
                                      [(a["name"], a["type"], a["country"], a["code"], a["documents"], a["mentions"])
                                       for a in s.top_actors]),
    ]
    if s.designations:
        parts += ["<h2>Designations</h2>", _rows(["designator", "designee", "status", "date", "reports"],
                                                 [tuple(d.values()) for d in s.designations])]
    style = ("body{font-family:system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}"
             "table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #ccc;padding:.25rem .5rem;"
             "text-align:left}th{background:#f3f3f3}")
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
            f"<style>{style}</style></head><body><h1>{escape(title)}</h1>{''.join(parts)}</body></html>")
