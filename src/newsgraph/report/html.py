"""The self-contained HTML report: one file, no network, all text escaped.

The page is static markup plus one inline stylesheet, one inline script (``assets/report.js``,
written for this project, no third-party code) and the report data as inline JSON. The JSON is
made safe to embed by escaping ``<``, ``>``, ``&`` and U+2028/U+2029, so no article text can close
the script element or be parsed as markup; the script only ever inserts text with ``textContent``.
"""
from __future__ import annotations

import json
from functools import lru_cache
from html import escape
from importlib.resources import files
from typing import Any

from newsgraph.report import Summary
from newsgraph.store import Store


@lru_cache(maxsize=4)
def _asset(name: str) -> str:
    return (files("newsgraph.report") / "assets" / name).read_text(encoding="utf-8")


def json_for_script(data: Any) -> str:
    """JSON that is inert inside ``<script type="application/json">``."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_BODY = """
<header>
  <h1>{title}</h1>
  <span class="meta">{meta}</span>
  <nav>
    <button data-tab="overview" class="active">Overview</button>
    <button data-tab="designations">Designation map</button>
    <button data-tab="network">Network</button>
    <button data-tab="timelines">Timelines</button>
    <button data-tab="facts">All facts</button>
  </nav>
</header>
<main>
  <div id="truncated" class="notice" style="display:none"></div>
  <section class="tab active" id="tab-overview">
    <div class="cards" id="cards"></div>
    <div class="grid">
      <div class="panel wide"><h2>Top actors</h2><div id="top-actors"></div></div>
      <div class="panel wide"><h2>Latest designation reports</h2><div id="latest-designations"></div></div>
      <div class="panel"><h2>Outlets</h2><div id="outlets"></div></div>
      <div class="panel"><h2>Actors by type</h2><div id="actor-types"></div></div>
      <div class="panel"><h2>Events by PLOVER type</h2><div id="event-types"></div></div>
    </div>
  </section>
  <section class="tab" id="tab-designations">
    <div class="controls">
      <label for="asof-range">As of</label>
      <input type="range" id="asof-range" step="1" aria-label="as-of date slider">
      <input type="date" id="asof-date" aria-label="as-of date">
      <label for="map-org">Map shows</label>
      <select id="map-org"><option value="">all organisations (strongest status)</option></select>
      <label><input type="checkbox" id="map-zoom" checked> zoom map to reports</label>
      <div class="legend" id="legend"></div>
    </div>
    <div class="grid" style="grid-template-columns:minmax(0,1.25fr) minmax(0,1fr)">
      <div class="panel"><h2>Jurisdiction × organisation as of <span id="asof-label"></span></h2>
        <p class="small muted" id="matrix-count"></p><div id="matrix"></div></div>
      <div class="panel"><h2>Map</h2><svg id="worldmap" role="img"
        aria-label="world map coloured by designation status"></svg>
        <p class="small muted">{map_source}</p></div>
    </div>
    <div class="panel" id="cell-evidence"></div>
    <div class="panel"><h2>Pressure campaigns <span class="small muted">(who pressed whom about what, over time;
      click one for its steps and their evidence)</span></h2><div id="pressure-list"></div><div id="pressure-detail"></div></div>
  </section>
  <section class="tab" id="tab-network">
    <div class="controls">
      <label for="net-asof-date">Ties reported as of</label><input type="date" id="net-asof-date">
      <label for="net-find">Find actor</label><input type="search" id="net-find" class="search" placeholder="name, then Enter">
      <button id="net-reset" type="button">Reset view</button>
      <span class="small muted" id="net-count"></span>
    </div>
    <div class="grid" style="grid-template-columns:minmax(0,3fr) minmax(260px,1fr)">
      <div class="panel"><svg id="network" viewBox="0 0 1000 660" role="img" aria-label="actor network"></svg></div>
      <div class="panel" id="hubs"></div>
    </div>
    <div class="panel" id="node-detail"></div>
  </section>
  <section class="tab" id="tab-timelines">
    <div class="controls"><label for="timeline-actor">Actor</label><select id="timeline-actor"></select>
      <label for="timeline-other">with</label><select id="timeline-other"><option value="">anyone</option></select>
      <span class="small muted" id="timeline-count"></span></div>
    <div class="panel"><svg id="timeline-svg" role="img" aria-label="timeline"></svg></div>
    <div class="panel" id="timeline-list"></div>
  </section>
  <section class="tab" id="tab-facts">
    <div class="controls"><label for="fact-filter">Filter</label>
      <input type="search" id="fact-filter" class="search" placeholder="actor, outlet, context">
      <select id="fact-type"><option value="">all event types</option></select>
      <span class="small muted" id="fact-count"></span></div>
    <div class="panel"><h2>Story events <span class="small muted">(reports of the same event joined, with
      corroboration; click one for its reasons, contradictions and reports)</span></h2><div id="story-list"></div>
      <div id="story-detail"></div></div>
    <div class="panel"><h2>Events</h2><div id="fact-list"></div></div>
    <div class="panel"><h2>Designation reports</h2><div id="desig-list"></div></div>
  </section>
</main>
<aside id="docpanel" aria-label="document viewer">
  <div class="dochead" id="dochead"></div>
  <div class="facts" id="docfacts"></div>
  <div id="doctext"></div>
</aside>
<div id="tooltip"></div>
"""


def render_report(store: Store, title: str = "newsgraph report") -> str:
    """The full interactive report for a store, as one HTML string."""
    from newsgraph.report.model import build_report_data

    data = build_report_data(store, title=title)
    return render_data(data)


def render_data(data: dict[str, Any]) -> str:
    meta = data["meta"]
    c = meta["counts"]
    lo, hi = meta["date_range"]
    summary = (f"{c['documents']:,} documents · {c['events']:,} events · {c['designations']:,} designation reports"
               + (f" · published {lo[:10]} to {hi[:10]}" if lo and hi else "") + f" · generated {meta['generated']}")
    map_source = ("Country shapes: " + data["map"]["source"]) if "source" in data["map"] else \
        "Tile map (install pygal_maps_world for country shapes)."
    body = _BODY.format(title=escape(meta["title"]), meta=escape(summary), map_source=escape(map_source))
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{escape(meta['title'])}</title><style>{_asset('report.css')}</style></head>"
            f"<body>{body}<script type=\"application/json\" id=\"report-data\">{json_for_script(data)}</script>"
            f"<script>{_asset('report.js')}</script></body></html>\n")


def render_html(s: Summary, title: str = "newsgraph report", store: Store | None = None) -> str:
    """The report for a store when one is given; otherwise a static summary page (no facts to show)."""
    if store is not None:
        return render_report(store, title=title)
    c = s.counts

    def rows(columns: list[str], items: list[tuple]) -> str:
        head = "".join(f"<th>{escape(col)}</th>" for col in columns)
        body = "".join("<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in r) + "</tr>"
                       for r in items)
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

    parts = [
        f"<p>{c['documents']} documents ({c['duplicates']} near-duplicates), {c['actors']} actors, "
        f"{c['events']} events, {c['attributions']} attributions, {c['designations']} designations.</p>",
        "<h2>Outlets</h2>", rows(["outlet", "documents"], s.outlets),
        "<h2>Actors by type</h2>", rows(["type", "actors"], s.actor_types),
        "<h2>Top actors</h2>", rows(["actor", "type", "country", "code", "documents", "mentions"],
                                    [(a["name"], a["type"], a["country"], a["code"], a["documents"], a["mentions"])
                                     for a in s.top_actors]),
    ]
    if s.designations:
        parts += ["<h2>Designations</h2>", rows(["designator", "designee", "status", "date", "reports"],
                                                [tuple(d.values()) for d in s.designations])]
    return (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}</title>"
            f"<style>{_asset('report.css')}</style></head><body><main><h1>{escape(title)}</h1>{''.join(parts)}"
            "</main></body></html>")
