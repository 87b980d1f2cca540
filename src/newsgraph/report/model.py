"""The data the HTML report embeds: facts, their evidence and the documents they came from.

The designation matrix and map come from the analysis: ``newsgraph.analyze.designations.cell_timeline``
gives every cell (jurisdiction × organisation, state bodies rolled into their state, as the CLI map
shows them) with its states in the order they became known, so the browser's as-of control only
looks up each cell's last state known by the date (``state_as_of``), the one rule of the map.
Everything is capped so a store of 100k documents and 1M events still gives a file of a few MB: the
busiest actors' timelines, the strongest network edges, the newest facts and cells, and only the
documents those facts cite.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from newsgraph.records import DESIGNATION_STATUSES
from newsgraph.store import Store
from newsgraph.store import report_queries as rq

# Map colouring: the strongest status a country has across organisations.
STRENGTH = {s: i for i, s in enumerate(("designated", "expanded", "announced_intent", "considering", "pressed",
                                        "rejected", "revoked"))}


@dataclass
class Caps:
    """Upper bounds on what one HTML file embeds."""

    designation_facts: int = 5000
    designation_cells: int = 3000  # the cells whose state changed last
    events: int = 1500
    timeline_actors: int = 30
    timeline_events: int = 200  # per actor
    network_nodes: int = 120
    network_edges: int = 400
    documents: int = 600
    document_chars: int = 30_000
    stories: int = 300
    story_max_events: int = 5_000  # above this, clustering every story is left to `newsgraph stories`


def designation_cells(store: Store, actors: Any, caps: Caps) -> tuple[list[dict[str, Any]], int]:
    """The analysis's map cells with their state history (``cell_timeline``), the most recently
    changed first up to ``caps.designation_cells``; and how many cells there are."""
    from newsgraph.analyze.designations import cell_timeline

    cells = cell_timeline(store, actors)
    cells.sort(key=lambda c: (c["states"][-1][0] if c["states"] else "", c["r"], c["o"]), reverse=True)
    return [{"r": c["r"], "o": c["o"], "st": c["states"]} for c in cells[:caps.designation_cells]], len(cells)


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


def _actor_ref(a: dict[str, Any]) -> dict[str, Any]:
    return {"n": a["name"], "t": a["type"], "c": a.get("country")}


def _evidence_ref(ev: Any) -> dict[str, Any]:
    """A clickable pointer to the sentence an analysis fact rests on."""
    return {"doc": ev.doc_id, "sent": list(ev.sentence) if ev.sentence else None, "text": ev.text,
            "who": ev.attribution, "outlet": ev.outlet, "published": ev.published}


def network_data(store: Store, caps: Caps | None = None, as_of: str | None = None) -> dict[str, Any]:
    """The analysis's actor network (:func:`newsgraph.analyze.build_network`) ready to draw.

    Nodes get precomputed positions (a seeded spring layout in a 1000 x 660 drawing); the graph
    keeps the ``caps.network_nodes`` actors with the heaviest ties and, in a big graph, leaves out
    pairs cut off from everything else. Hubs, brokers (with the analysis's reasons) and permissive
    jurisdictions (with reasons and evidence) come along.
    """
    import networkx as nx

    from newsgraph.analyze import build_network

    caps = caps or Caps()
    net = build_network(store, as_of=as_of)
    g = net.graph
    if g.number_of_nodes() > caps.network_nodes:
        strength = dict(g.to_undirected().degree(weight="weight"))
        g = g.subgraph(sorted(g, key=lambda n: (-strength[n], n))[:caps.network_nodes]).copy()
    if g.number_of_edges() > caps.network_edges:
        keep = sorted(g.edges(data=True), key=lambda x: (-x[2]["weight"], x[0], x[1]))[:caps.network_edges]
        sub = nx.DiGraph()
        sub.add_nodes_from((n, g.nodes[n]) for u, v, _ in keep for n in (u, v))
        sub.add_edges_from(keep)
        g = sub
    und = g.to_undirected()
    dropped = 0
    if len(und) > 40:  # in a big picture, isolated pairs are noise that crowds the layout
        small = [c for c in nx.connected_components(und) if len(c) < 3]
        dropped = sum(len(c) for c in small)
        g = g.subgraph(set(g) - set().union(*small)).copy() if small else g
        und = g.to_undirected()
    for *_, d in und.edges(data=True):
        d["w"] = 0.3 + float(d["weight"])
    pos = nx.spring_layout(und, weight="w", seed=7, iterations=150,
                           k=2.4 / math.sqrt(max(len(und), 1))) if len(und) else {}
    xs = [float(p[0]) for p in pos.values()] or [0.0]
    ys = [float(p[1]) for p in pos.values()] or [0.0]
    sx = 820 / ((max(xs) - min(xs)) or 1)
    sy = 580 / ((max(ys) - min(ys)) or 1)
    hubs = [h.actor.id for h in net.hubs if h.actor.id in g][:6]
    brokers = [b.actor.id for b in net.brokers if b.actor.id in g][:6]
    nodes = []
    for n, a in g.nodes(data=True):
        x, y = pos.get(n, (min(xs), min(ys)))
        nodes.append({"id": n, "x": round(40 + (float(x) - min(xs)) * sx, 1),
                      "y": round(40 + (float(y) - min(ys)) * sy, 1),
                      "deg": round(float(a.get("strength", 0.0)), 2), "btw": a.get("betweenness", 0.0),
                      "hub": n in hubs, "broker": n in brokers, "name": a.get("name", n), "type": a.get("type") or None,
                      "country": a.get("country") or None})
    links = [{"s": u, "t": v, "w": d["weight"], "reports": d.get("reports", 0),
              "types": [k.split(":")[0] for k in (d.get("kinds") or "").split(";") if k],
              "kinds": d.get("kinds") or "", "first": d.get("first") or "", "last": d.get("last") or ""}
             for u, v, d in g.edges(data=True)]
    return {"as_of": as_of, "nodes": nodes, "edges": links, "hubs": hubs, "brokers": brokers, "dropped": dropped,
            "total_nodes": net.graph.number_of_nodes(), "total_edges": net.graph.number_of_edges(),
            "hub_reasons": {h.actor.id: h.reason for h in net.hubs},
            "broker_reasons": {b.actor.id: b.reason for b in net.brokers},
            "permissive": [{"id": p.country.id, "name": p.country.name, "score": p.score, "reasons": p.reasons,
                            "present": [a.name for a in p.present], "sponsors": [a.name for a in p.sponsor_ties],
                            "borders": [a.name for a in p.borders],
                            "evidence": [_evidence_ref(e) for e in p.evidence[:6]]} for p in net.permissive[:15]]}


def _event_record(e: dict[str, Any]) -> dict[str, Any]:
    return {"id": e["id"], "p": e["plover"], "cameo": e["cameo"], "st": e["status"], "d": e["effective"], "k": e["known"],
            "date": e["date"], "src": [a["id"] for a in e["source"]], "tgt": [a["id"] for a in e["target"]],
            "doc": e["doc_id"], "trig": [e["trigger_start"], e["trigger_end"]] if e["trigger_start"] is not None
            else None, "sent": [e["sentence_start"], e["sentence_end"]] if e["sentence_start"] is not None else None,
            "q": e["attributions"], "ctx": e["context"], "outlet": e["outlet"]}


def _designation_record(f: dict[str, Any]) -> dict[str, Any]:
    return {"id": f["id"], "r": f["designator"], "o": f["designee"], "s": f["status"], "d": f["effective"], "k": f["known"],
            "date": f["date"], "doc": f["doc_id"], "pb": f["pressed_by"],
            "sent": [f["sentence_start"], f["sentence_end"]] if f["sentence_start"] is not None else None,
            "q": f["attributions"], "ev": f["events"], "outlet": f["outlet"]}


def _report_ref(r: Any) -> dict[str, Any]:
    ev = r.evidence
    return {"doc": r.doc_id, "sent": list(ev.sentence) if ev.sentence else None, "who": ev.attribution,
            "outlet": r.outlet, "published": r.published, "status": r.status, "syn": r.syndicated_of,
            "id": r.record_id}


def stories_data(store: Store, caps: Caps) -> tuple[list[dict[str, Any]], int]:
    """Story events (reports of one event joined) with corroboration, most reported first; and the total."""
    from newsgraph.analyze import story_events

    stories = story_events(store)
    ranked = sorted(stories, key=lambda x: (-len(x.reports), -(x.corroboration.score if x.corroboration else 0),
                                            x.date_start or "", x.id))[:caps.stories]
    out = []
    for x in ranked:
        c = x.corroboration
        out.append({
            "id": x.id, "kind": x.kind, "p": x.plover, "status": x.status, "d": x.date_start, "d2": x.date_end,
            "src": [a.name for a in x.source], "tgt": [a.name for a in x.target],
            "designee": x.designee.name if x.designee else None, "ctx": x.context, "outlets": x.outlets,
            "label": x.label, "pb": [a.name for a in x.pressed_by],
            "named": x.sources_named, "anonymous": x.sources_anonymous,
            "reports": [_report_ref(r) for r in x.reports[:12]], "n_reports": len(x.reports),
            "syndicated": len(x.syndicated),
            "corr": {"level": c.level, "score": c.score, "reasons": c.reasons, "outlets": c.independent_outlets,
                     "named": c.named_sources, "anonymous": c.anonymous_sources,
                     "official": c.official_confirmation, "denials": c.denials, "declined": c.declined,
                     "no_response": c.non_responses} if c else None,
            "contra": [{"kind": k.kind, "note": k.note, "claim": _report_ref(k.claim), "counter": _report_ref(k.counter)}
                       for k in x.contradictions[:5]]})
    return out, len(stories)


def pressure_data(store: Store, limit: int = 60) -> list[dict[str, Any]]:
    """Pressure campaigns (who pressed whom about what, over time) with each step's evidence."""
    from newsgraph.analyze import pressure_campaigns

    return [{"presser": c.presser.name, "presser_id": c.presser.id, "pressed": c.pressed.name,
             "pressed_id": c.pressed.id, "about": c.about, "first": c.first, "last": c.last, "outcome": c.outcome,
             "steps": [{"d": st.date, "kind": st.kind, "about": st.about,
                        "ev": [_evidence_ref(e) for e in st.evidence[:3]]} for st in c.steps[:20]]}
            for c in pressure_campaigns(store)[:limit]]


def build_report_data(store: Store, caps: Caps | None = None, title: str = "newsgraph report") -> dict[str, Any]:
    """Everything the HTML report shows, as one JSON-ready dict."""
    from newsgraph.report import summarize
    from newsgraph.report.worldmap import tile_grid, world_shapes

    caps = caps or Caps()
    s = summarize(store)
    truncated: dict[str, int] = {}

    facts = rq.designation_facts(store, limit=caps.designation_facts + 1)
    if len(facts) > caps.designation_facts:
        truncated["designation_facts"] = store.counts()["designations"]
        facts = facts[-caps.designation_facts:]  # the newest: they decide today's map
    designations = [_designation_record(f) for f in facts]

    # events: the busiest actors' timelines, then the newest events, up to the cap
    events: dict[str, dict[str, Any]] = {}
    timeline_actors = rq.busiest_actors(store, limit=caps.timeline_actors)
    for a in timeline_actors:
        for e in rq.events(store, actor=a["id"], limit=caps.timeline_events)["items"]:
            if len(events) < caps.events:
                events.setdefault(e["id"], _event_record(e))
    for e in rq.events(store, limit=caps.events)["items"]:
        if len(events) >= caps.events:
            break
        events.setdefault(e["id"], _event_record(e))
    if s.counts["events"] > len(events):
        truncated["events"] = s.counts["events"]

    # actors as the analysis shows them: document-level duplicates merged under one canonical id
    from newsgraph.analyze import canonical_map
    from newsgraph.analyze.common import Actors

    canon = canonical_map(store)
    view = Actors(store, canonical=canon)

    def c(actor_id: str | None) -> str | None:
        return canon.get(actor_id, actor_id) if actor_id else actor_id

    cells, n_cells = designation_cells(store, view, caps)
    if n_cells > len(cells):
        truncated["designation_cells"] = n_cells
    for f in designations:
        f["cell"] = f"{view.jurisdiction(f['r'])}|{view.canon(f['o'])}"  # the map cell it is evidence for
        f["r"], f["o"], f["pb"] = c(f["r"]), c(f["o"]), c(f["pb"])
    for e in events.values():
        e["src"] = list(dict.fromkeys(c(a) for a in e["src"]))
        e["tgt"] = list(dict.fromkeys(c(a) for a in e["tgt"]))
    timeline_ids = list(dict.fromkeys(c(a["id"]) for a in timeline_actors))

    network = network_data(store, caps)
    stories: list[dict[str, Any]] = []
    pressure: list[dict[str, Any]] = []
    if s.counts["events"] <= caps.story_max_events:
        stories, n_stories = stories_data(store, caps)
        if n_stories > len(stories):
            truncated["stories"] = n_stories
        pressure = pressure_data(store)
    else:
        truncated["stories"] = -1  # not computed for a store this big
        truncated["pressure_campaigns"] = -1

    # attributions and documents cited by what is shown
    attr_ids = {q for f in designations for q in f["q"]} | {q for e in events.values() for q in e["q"]}
    attributions = {}
    for q in rq.attributions(store, ids=attr_ids):
        attributions[q["id"]] = {"doc": q["doc_id"], "cue": [q["cue_start"], q["cue_end"]] if q["cue_start"]
                                 is not None else None, "src": q["sources"], "cnt": q["contents"],
                                 "kind": q["source_kind"], "stance": q["stance"], "name": q["source_name"],
                                 "count": q["count"], "role": q["role"]}
    cited = [*reversed(designations), *events.values(), *(e for p in network["permissive"] for e in p["evidence"]),
             *(r for st in stories for r in st["reports"]),
             *(e for c in pressure for st in c["steps"] for e in st["ev"])]
    doc_ids = list(dict.fromkeys(rec["doc"] for rec in cited))
    if len(doc_ids) > caps.documents:
        truncated["documents"] = len(doc_ids)
        doc_ids = doc_ids[:caps.documents]
    docs = {}
    for d in rq.documents_by_ids(store, doc_ids):
        text = d["text"]
        docs[d["id"]] = {"title": d["title"], "outlet": d["outlet"], "published": d["published"], "url": d["url"],
                         "dup": d["duplicate_of"], "text": text[:caps.document_chars],
                         "cut": len(text) > caps.document_chars}

    actor_ids = ({f["r"] for f in designations} | {f["o"] for f in designations}
                 | {f["pb"] for f in designations if f["pb"]}
                 | {a for e in events.values() for a in e["src"] + e["tgt"]}
                 | {n["id"] for n in network["nodes"]} | set(timeline_ids))
    actor_ids |= {x for cell in cells for x in (cell["r"], cell["o"])}
    actors = {k: _actor_ref(v) for k, v in rq.actors_by_ids(store, actor_ids).items()}
    for x in actor_ids - set(actors):  # a state known only through its bodies ("Government of Bolivia")
        ref = view.ref(x)
        actors[x] = {"n": ref.name, "t": ref.type, "c": ref.country}

    dates = sorted(f["d"] for f in designations if f["d"]) + sorted(e["d"] for e in events.values() if e["d"])
    lo = min(dates) if dates else (s.date_range[0] or _today())[:10]
    hi = max([*dates, (s.date_range[1] or "")[:10]]) if dates else _today()
    shapes = world_shapes()
    return {
        "meta": {"title": title, "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                 "db": store.path, "counts": s.counts, "date_range": list(s.date_range), "first": lo[:10],
                 "last": hi[:10], "truncated": truncated, "statuses": list(DESIGNATION_STATUSES),
                 "strength": STRENGTH},
        "summary": {"outlets": s.outlets[:25], "actor_types": s.actor_types, "top_actors": s.top_actors,
                    "event_types": s.event_types},
        "actors": actors,
        "designations": designations,
        "cells": cells,
        "events": list(events.values()),
        "attributions": attributions,
        "docs": docs,
        "network": network,
        "stories": stories,
        "pressure": pressure,
        "timeline_actors": timeline_ids,
        "map": shapes if shapes else tile_grid(),
    }
