"""The data the HTML report embeds: facts, their evidence and the documents they came from.

The browser recomputes the designation matrix and map for any as-of date from the embedded fact
history (:func:`cell_status` is the rule, mirrored in ``assets/report.js``). Everything is capped
so a store of 100k documents and 1M events still gives a file of a few MB: the busiest actors'
timelines, the strongest network edges, the newest facts, and only the documents those facts cite.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from newsgraph.records import DESIGNATION_STATUSES
from newsgraph.store import Store
from newsgraph.store import report_queries as rq

# Statuses that set where a jurisdiction stands; the others (pressure, talk) apply only while none
# of these has been reported. The latest standing fact wins, so a revocation after a designation shows.
STANDING = ("designated", "expanded", "revoked")
PRESSURE = ("announced_intent", "considering", "pressed", "rejected")
# Same-date tie-break, strongest last (the order the analysis's designation map uses).
RANK = {"pressed": 0, "considering": 1, "announced_intent": 2, "rejected": 3, "designated": 4, "expanded": 5,
        "revoked": 6}
# Map colouring: the strongest status a country has across organisations.
STRENGTH = {s: i for i, s in enumerate(("designated", "expanded", "announced_intent", "considering", "pressed",
                                        "rejected", "revoked"))}


@dataclass
class Caps:
    """Upper bounds on what one HTML file embeds."""

    designation_facts: int = 5000
    events: int = 1500
    timeline_actors: int = 30
    timeline_events: int = 200  # per actor
    network_nodes: int = 120
    network_edges: int = 400
    documents: int = 600
    document_chars: int = 30_000


def cell_status(facts: list[dict[str, Any]], as_of: str | None) -> dict[str, Any] | None:
    """Status of one jurisdiction × organisation cell as of a date, from its facts (``effective``, ``known``,
    ``status``).

    Facts not yet known (dated or reported after ``as_of``) are ignored. The latest standing fact
    (designated, expanded, revoked) decides; with none, the latest pressure fact (pressed, considering,
    ...); on the same date the stronger status wins (``RANK``, as in ``newsgraph.analyze.designations``).
    Returns the deciding fact.
    """
    bound = rq.as_of_bound(as_of)
    seen = sorted((f for f in facts if not bound or (f["known"] or "") <= bound),
                  key=lambda f: (f["effective"] or "", RANK.get(f["status"], -1), f["id"]))
    standing = [f for f in seen if f["status"] in STANDING]
    if standing:
        return standing[-1]
    return seen[-1] if seen else None


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


def _actor_ref(a: dict[str, Any]) -> dict[str, Any]:
    return {"n": a["name"], "t": a["type"], "c": a.get("country")}


def network_data(store: Store, caps: Caps | None = None, as_of: str | None = None) -> dict[str, Any]:
    """Nodes with precomputed positions (spring layout, in a 1000 x 660 drawing), edges, hubs and brokers.

    Edges are source → target pairs of events known by ``as_of``, weighted by event count; the
    graph keeps the ``caps.network_nodes`` actors with the heaviest ties.
    """
    import networkx as nx

    caps = caps or Caps()
    edges = rq.interaction_edges(store, as_of=as_of, limit=caps.network_edges * 3)
    g = nx.DiGraph()
    for e in edges:
        g.add_edge(e["source"], e["target"], weight=e["events"], **{k: e[k] for k in ("types", "first", "last",
                                                                                       "documents")})
    if g.number_of_nodes() > caps.network_nodes:
        strength = Counter({n: sum(d["weight"] for *_, d in g.edges(n, data=True))
                            + sum(d["weight"] for *_, d in g.in_edges(n, data=True)) for n in g})
        g = g.subgraph([n for n, _ in strength.most_common(caps.network_nodes)]).copy()
    if g.number_of_edges() > caps.network_edges:
        keep = sorted(g.edges(data=True), key=lambda x: -x[2]["weight"])[:caps.network_edges]
        g = nx.DiGraph([(u, v, d) for u, v, d in keep])
    hubs, brokers = _hubs_and_brokers(g)
    und = g.to_undirected()
    for *_, d in und.edges(data=True):
        d["w"] = 1 + math.log(d["weight"])
    pos = nx.spring_layout(und, weight="w", seed=7, k=1.6 / math.sqrt(max(len(und), 1))) if len(und) else {}
    # fit the layout into the 1000 x 660 drawing, leaving room for labels on the right
    names = {k: {"name": v["name"], "type": v["type"], "country": v["country"]}
             for k, v in rq.actors_by_ids(store, list(g)).items()}
    xs = [float(p[0]) for p in pos.values()] or [0.0]
    ys = [float(p[1]) for p in pos.values()] or [0.0]
    sx = 820 / ((max(xs) - min(xs)) or 1)
    sy = 580 / ((max(ys) - min(ys)) or 1)
    nodes = []
    for n in g:
        x, y = pos.get(n, (min(xs), min(ys)))
        nodes.append({"id": n, "x": round(40 + (float(x) - min(xs)) * sx, 1), "y": round(40 + (float(y) - min(ys)) * sy, 1),
                      "deg": round(g.in_degree(n, weight="weight") + g.out_degree(n, weight="weight"), 1),
                      "hub": n in hubs, "broker": n in brokers, **names.get(n, {})})
    links = [{"s": u, "t": v, "w": d["weight"], "types": (d.get("types") or "").split(","), "first": d.get("first"),
              "last": d.get("last"), "docs": d.get("documents")} for u, v, d in g.edges(data=True)]
    return {"nodes": nodes, "edges": links, "hubs": hubs, "brokers": brokers}


def _hubs_and_brokers(g: Any, top: int = 5) -> tuple[list[str], list[str]]:
    """Hubs: the most weighted ties; brokers: the highest betweenness (on the undirected graph)."""
    import networkx as nx

    if not len(g):
        return [], []
    strength = {n: g.in_degree(n, weight="weight") + g.out_degree(n, weight="weight") for n in g}
    hubs = [n for n, _ in sorted(strength.items(), key=lambda x: (-x[1], x[0]))[:top]]
    between = nx.betweenness_centrality(g.to_undirected(), k=min(len(g), 200), seed=7)
    brokers = [n for n, b in sorted(between.items(), key=lambda x: (-x[1], x[0]))[:top] if b > 0]
    return hubs, brokers


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

    network = network_data(store, caps)

    # attributions and documents cited by what is shown
    attr_ids = {q for f in designations for q in f["q"]} | {q for e in events.values() for q in e["q"]}
    attributions = {}
    for q in rq.attributions(store, ids=attr_ids):
        attributions[q["id"]] = {"doc": q["doc_id"], "cue": [q["cue_start"], q["cue_end"]] if q["cue_start"]
                                 is not None else None, "src": q["sources"], "cnt": q["contents"],
                                 "kind": q["source_kind"], "stance": q["stance"], "name": q["source_name"],
                                 "count": q["count"], "role": q["role"]}
    doc_ids: list[str] = []
    for rec in [*reversed(designations), *events.values()]:
        if rec["doc"] not in doc_ids:
            doc_ids.append(rec["doc"])
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
                 | {n["id"] for n in network["nodes"]} | {a["id"] for a in timeline_actors})
    actors = {k: _actor_ref(v) for k, v in rq.actors_by_ids(store, actor_ids).items()}

    dates = sorted(f["d"] for f in designations if f["d"]) + sorted(e["d"] for e in events.values() if e["d"])
    lo = min(dates) if dates else (s.date_range[0] or _today())[:10]
    hi = max([*dates, (s.date_range[1] or "")[:10]]) if dates else _today()
    shapes = world_shapes()
    return {
        "meta": {"title": title, "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
                 "db": store.path, "counts": s.counts, "date_range": list(s.date_range), "first": lo[:10],
                 "last": hi[:10], "truncated": truncated, "statuses": list(DESIGNATION_STATUSES),
                 "standing": list(STANDING), "strength": STRENGTH, "rank": RANK},
        "summary": {"outlets": s.outlets[:25], "actor_types": s.actor_types, "top_actors": s.top_actors,
                    "event_types": s.event_types},
        "actors": actors,
        "designations": designations,
        "events": list(events.values()),
        "attributions": attributions,
        "docs": docs,
        "network": network,
        "timeline_actors": [a["id"] for a in timeline_actors],
        "map": shapes if shapes else tile_grid(),
    }
