"""The actor network: who is tied to whom, how well sourced; hubs, brokers, permissive jurisdictions.

Edges (a weighted ``networkx.DiGraph``, actors after entity resolution):

- events: source -> target per PLOVER type, from the ``edge_daily`` aggregate (denied, negated and
  hypothetical events left out). Weight per type = min(1, 0.2 x original reports), so that five
  independent reports make a fully corroborated tie and syndicated copies add nothing;
- stated relations (ally_of, proxy_of, branch_of, member_of, present_in, based_in, ties_with):
  weight per relation = min(1, 0.3 x documents stating it);
- knowledge-base parent links: branch_of, weight 1 (the KB is curated).

A country's government is the country's node (news says "Tehran" for Iran's government); other
state bodies (ministries, armed forces such as the IRGC) keep their own node.

An edge's ``weight`` is the sum over its kinds; ``kinds`` lists them ("REQUEST:3;proxy_of:1").
Above 20,000 ties (a million-event store) the graph keeps the strongest 20,000; hubs are ranked on
the weights of all ties, and ``graph.graph["ties"]`` says "kept of total".

Hubs: highest weighted degree and eigenvector centrality (power iteration on the weighted ties).
Brokers: highest betweenness (shortest paths on the undirected graph with distance 1/weight;
sampled with k=200 pivots above 1,000 nodes; above 3,000 ties, on the 3,000 strongest ties, in
hops, from 32 pivots, so that a million-event store stays interactive).

Permissive jurisdictions (the reading in the seed's reporting): a country where the reporting shows
a designated group, or a sponsor of one, present or based; that has not designated the groups
present; with ties to a sponsor; listed with the neighbours it borders (KB ``borders``), each
point with its evidence. A group is "designated" when any jurisdiction's cell is designated or
expanded as of the date; its sponsors are the actors it is a proxy or branch of and, for a state
body (military, intelligence, government), its state.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from newsgraph.analyze.common import Actors, evidence, paused_gc
from newsgraph.analyze.models import ActorRef, Evidence, Network, NodeScore, PermissiveJurisdiction
from newsgraph.store import Store
from newsgraph.store import queries as Q

EVENT_STEP = 0.2
RELATION_STEP = 0.3
KB_WEIGHT = 1.0
PRESENCE = ("present_in", "based_in")
SPONSOR_RELS = ("proxy_of", "branch_of", "member_of")
TIE_RELS = ("ally_of", "ties_with", "proxy_of")
TIE_EVENTS = ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID")
STATE_BODIES = ("military", "intelligence", "government", "ministry")
TOP = 10
BETWEENNESS_SAMPLE = 200
MAX_EDGES = 20_000  # ties kept in the graph (the strongest); hubs still count them all
STRONG_TIES = 3_000  # above this many ties, brokers are read on the strongest ones
BETWEENNESS_PIVOTS = 32


class _Edges:
    """Edges accumulated in plain dicts, then handed to networkx in one call (fast for 100k ties)."""

    def __init__(self) -> None:
        # (u, v) -> [weight, reports, kinds (dict, or the packed string from SQL), first, last]
        self.e: dict[tuple[str, str], list] = {}

    def add(self, u: str, v: str, kind: str, weight: float, count: int, first: str | None, last: str | None) -> None:
        if u == v:
            return
        a = self.e.get((u, v))
        if a is None:
            self.e[(u, v)] = [weight, count, {kind: count}, first or "", last or ""]
            return
        if isinstance(a[2], str):
            a[2] = _unpack(a[2])
        a[0] += weight
        a[1] += count
        a[2][kind] = a[2].get(kind, 0) + count
        if first and (not a[3] or first < a[3]):
            a[3] = first
        if last and last > a[4]:
            a[4] = last

    def add_packed(self, u: str, v: str, weight: float, reports: int, kinds: str, first: str | None,
                   last: str | None) -> None:
        """A tie aggregated in SQL, kinds packed as "REQUEST:3;SANCTION:1" (unpacked only if merged)."""
        self.e[(u, v)] = [weight, reports, kinds, first or "", last or ""]

    def into(self, g: nx.DiGraph) -> None:
        g.add_edges_from((u, v, {"weight": round(a[0], 4), "reports": a[1], "kinds": _pack(a[2]),
                                 "first": a[3], "last": a[4]}) for (u, v), a in self.e.items())


def _unpack(kinds: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for item in kinds.split(";"):
        k, _, n = item.rpartition(":")
        out[k] = out.get(k, 0) + int(n)
    return out


def _pack(kinds: dict[str, int] | str) -> str:
    if isinstance(kinds, str):
        return ";".join(sorted(kinds.split(";")))
    return ";".join(f"{k}:{n}" for k, n in sorted(kinds.items()))


def build_network(store: Store, as_of: str | None = None, actors: Actors | None = None,
                  permissive: bool = True, top: int = TOP, max_edges: int = MAX_EDGES) -> Network:
    """The actor graph as of a date, with hubs, brokers and permissive jurisdictions.

    Above ``max_edges`` ties the graph keeps the strongest ones (``graph.graph["ties"]`` says how
    many of how many); hubs are still ranked on every tie's weight."""
    with paused_gc():
        return _build_network(store, as_of, actors, permissive, top, max_edges)


def _build_network(store: Store, as_of: str | None, actors: Actors | None, permissive: bool, top: int,
                   max_edges: int) -> Network:
    actors = actors or Actors(store)
    Q.tune_for_reading(store)
    g = nx.DiGraph()
    edges = _Edges()
    node = actors.node
    # raw actors that are another node: merged by entity resolution, or a government (-> its country)
    remap = list(actors.canonical) + Q.node_map_candidates(store)
    actors.load(remap)
    node_map = {a: node(a) for a in remap if node(a) != a}
    ties, strength, total = Q.event_ties(store, as_of, node_map, max_edges, EVENT_STEP)
    for u, v, w, reports, kinds, first, last in ties:
        edges.add_packed(u, v, w, reports, kinds, None if first == "9999" else first,
                         None if last == "9999" else last)
    strength = defaultdict(float, strength)
    event_pairs = set(edges.e)
    rels = Q.relation_rows(store, as_of)
    rel_docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    rel_rows: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rels:
        if r["negated"]:
            continue
        key = (node(r["source"]), node(r["target"]), r["relation"])
        rel_docs[key].add(r["duplicate_of"] or r["doc_id"])
        rel_rows[key].append(r)
    for (u, v, rel), docs in rel_docs.items():
        dates = sorted((x["doc_published"] or "")[:10] for x in rel_rows[(u, v, rel)])
        edges.add(u, v, rel, min(1.0, RELATION_STEP * len(docs)), len(rel_rows[(u, v, rel)]), dates[0], dates[-1])
    for (u, v, _rel), docs in rel_docs.items():  # stated relations add to the nodes' weighted degree
        w = min(1.0, RELATION_STEP * len(docs))
        strength[u] += w
        strength[v] += w
    present = {x for pair in edges.e for x in pair}
    for r in Q.kb_parent_links(store):
        c, p = node(r["id"]), node(r["parent"])
        if c in present or p in present:
            edges.add(c, p, "branch_of", KB_WEIGHT, 1, None, None)
            strength[c] += KB_WEIGHT
            strength[p] += KB_WEIGHT
    total += sum(1 for k in edges.e if k not in event_pairs)  # ties only stated or from the KB
    if len(edges.e) > max_edges:
        keep = sorted(edges.e.items(), key=lambda kv: (-kv[1][0], -kv[1][1], kv[0]))[:max_edges]
        edges.e = dict(keep)
    edges.into(g)
    g.graph["ties"] = f"{g.number_of_edges()} of {total}"
    actors.load(g.nodes)
    for n in g.nodes:
        ref = actors.ref(n)
        g.nodes[n].update(name=ref.name, type=ref.type or "", country=ref.country or "")
    net = Network(graph=g, as_of=as_of)
    _centrality(net, actors, top, strength)
    if permissive:
        net.permissive = permissive_jurisdictions(store, net, actors, rel_rows, as_of)
    return net


def _eigenvector(u: nx.Graph, iterations: int = 200, tol: float = 1e-8) -> dict[str, float]:
    """Weighted eigenvector centrality by power iteration over edge arrays (numpy; no scipy needed)."""
    import numpy as np

    nodes = list(u.nodes)
    if not nodes:
        return {}
    index = {n: i for i, n in enumerate(nodes)}
    rows, cols, w = [], [], []
    for a, b, d in u.edges(data=True):
        i, j = index[a], index[b]
        rows += [i, j]
        cols += [j, i]
        w += [d["weight"], d["weight"]]
    r, c, wt = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), np.array(w, dtype=float)
    x = np.ones(len(nodes)) / len(nodes)
    for _ in range(iterations):
        # x + A x (the shift keeps the iteration from oscillating on bipartite parts)
        y = x + np.bincount(r, weights=wt * x[c], minlength=len(nodes))
        norm = np.linalg.norm(y)
        if norm == 0:
            break
        y /= norm
        done = np.abs(y - x).sum() < tol * len(nodes)
        x = y
        if done:
            break
    return {n: float(x[i]) for n, i in index.items()}


def _centrality(net: Network, actors: Actors, top: int, all_strength: dict[str, float] | None = None) -> None:
    g = net.graph
    if not g.number_of_nodes():
        return
    u = nx.Graph()  # undirected ties: weights of both directions added (no attribute copies)
    u.add_nodes_from(g.nodes)
    for a, b, w in g.edges(data="weight"):
        if u.has_edge(a, b):
            u[a][b]["weight"] += w
        else:
            u.add_edge(a, b, weight=w)
    for _, _, a in u.edges(data=True):
        a["distance"] = 1.0 / max(a["weight"], 1e-6)
    strength = dict(all_strength) if all_strength else dict(u.degree(weight="weight"))
    deg = nx.degree_centrality(u) if len(u) > 1 else dict.fromkeys(u, 0.0)
    eig = _eigenvector(u)
    if u.number_of_edges() <= STRONG_TIES:
        k = BETWEENNESS_SAMPLE if len(u) > 1000 else None
        btw = nx.betweenness_centrality(u, k=k, weight="distance", seed=7)
    else:
        # large graphs: brokers on the strongest ties, in hops, from sampled pivots
        strong = sorted(u.edges(data="weight"), key=lambda e: -e[2])[:STRONG_TIES]
        h = nx.Graph()
        h.add_edges_from((a, b) for a, b, _ in strong)
        btw = nx.betweenness_centrality(h, k=min(len(h), BETWEENNESS_PIVOTS), seed=7)
    for n in g.nodes:
        g.nodes[n].update(degree=round(deg.get(n, 0.0), 4), strength=round(strength.get(n, 0.0), 4),
                          eigenvector=round(eig.get(n, 0.0), 4), betweenness=round(btw.get(n, 0.0), 4))

    def score(n: str, reason: str) -> NodeScore:
        return NodeScore(actor=actors.ref(n), degree=round(deg.get(n, 0.0), 4), eigenvector=round(eig.get(n, 0.0), 4),
                         betweenness=round(btw.get(n, 0.0), 4), reason=reason)

    hubs = sorted(g.nodes, key=lambda n: (-strength.get(n, 0.0), -eig.get(n, 0.0), n))[:top]
    net.hubs = [score(n, f"{u.degree(n)} partners, weighted degree {strength.get(n, 0.0):.2f}, "
                         f"eigenvector {eig.get(n, 0.0):.2f}") for n in hubs if u.degree(n)]
    brokers = sorted((n for n in g.nodes if btw.get(n, 0.0) > 0), key=lambda n: (-btw[n], n))[:top]
    net.brokers = [score(n, f"on {btw[n]:.0%} of shortest paths between other actors "
                            f"({u.degree(n)} partners)") for n in brokers]


def permissive_jurisdictions(store: Store, net: Network, actors: Actors,
                             rel_rows: dict[tuple[str, str, str], list[dict[str, Any]]],
                             as_of: str | None) -> list[PermissiveJurisdiction]:
    from newsgraph.analyze.designations import designation_map
    from newsgraph.kb import default_kb

    g = net.graph
    dmap = designation_map(store, as_of=as_of, evidence_limit=0, actors=actors)
    designated_by: dict[str, list[ActorRef]] = defaultdict(list)
    cells_by_country: dict[str, dict[str, str]] = defaultdict(dict)
    for c in dmap.cells:
        cells_by_country[c.designator.id][c.designee.id] = c.status
        if c.status in ("designated", "expanded"):
            designated_by[c.designee.id].append(c.designator)
    groups = set(designated_by)
    sponsors: dict[str, set[str]] = defaultdict(set)  # sponsor -> groups it sponsors
    for grp in groups:
        for _, v, a in g.out_edges(grp, data=True):
            if any(a["kinds"].startswith(k) or f";{k}" in a["kinds"] for k in SPONSOR_RELS):
                sponsors[v].add(grp)
        row = actors.row(grp)
        if row and row["type"] in STATE_BODIES and row["country"]:
            state = actors.canon(f"country:{row['country']}")
            sponsors[state].add(grp)
    # a sponsor's own parents sponsor too (Quds Force -> IRGC -> Iran)
    for s in list(sponsors):
        row = actors.row(s)
        if row and row["type"] in STATE_BODIES and row["country"]:
            sponsors[actors.canon(f"country:{row['country']}")] |= sponsors[s]
    watched = groups | set(sponsors)
    kb = default_kb()

    def country_of(node: str) -> str | None:
        row = actors.row(node)
        if not row:
            return None
        if row["type"] == "country":
            return node
        if row["type"] == "location" and row["country"]:
            return actors.canon(f"country:{row['country']}")
        return None

    found: dict[str, dict[str, Any]] = defaultdict(lambda: {"present": {}, "ties": {}, "evidence": []})
    for (u, v, rel), rows in rel_rows.items():
        c = country_of(v)
        if rel in PRESENCE and u in watched and c and c not in watched:
            found[c]["present"][u] = None
            found[c]["evidence"] += [evidence(r) for r in rows[:3]]
    for c, slot in found.items():
        for s in sponsors:
            for a, b in ((c, s), (s, c)):
                if not g.has_edge(a, b):
                    continue
                kinds = g[a][b]["kinds"]
                if any(k in kinds for k in (*TIE_RELS, *TIE_EVENTS)):
                    slot["ties"][s] = None
                    for rel in TIE_RELS:
                        slot["evidence"] += [evidence(r) for r in rel_rows.get((a, b, rel), [])[:2]]
    out: list[PermissiveJurisdiction] = []
    for c, slot in found.items():
        present = list(slot["present"])
        own = cells_by_country.get(c, {})
        undesignated = [p for p in present if own.get(p) not in ("designated", "expanded")]
        if not undesignated:
            continue
        row = actors.row(c)
        kba = kb.get(c) or (kb.country(row["country"]) if row and row["country"] else None)
        borders = [ActorRef(id=f"country:{iso}", name=(kb.country(iso).name if kb.country(iso) else iso), type="country",
                            country=iso) for iso in (kba.borders if kba else [])]
        ties = list(slot["ties"])
        reasons = [f"reported presence of {', '.join(actors.ref(p).name for p in undesignated)}"]
        des = sorted({d.name for p in undesignated for d in designated_by.get(p, [])})
        if des:
            reasons.append(f"designated elsewhere (by {', '.join(des)}) but not here")
        pending = sorted(actors.ref(p).name for p, st in own.items() if st in ("pressed", "considering", "announced_intent"))
        if pending:
            reasons.append(f"no designation yet, pressed or considering on {', '.join(pending)}")
        if ties:
            reasons.append(f"ties to sponsor {', '.join(actors.ref(t).name for t in ties)}")
        if borders:
            reasons.append(f"borders {len(borders)} countries: {', '.join(b.name for b in borders)}")
        score = round(min(1.0, 0.4 + 0.2 * bool(ties) + 0.1 * len(undesignated) + 0.1 * bool(des)), 2)
        ev: list[Evidence] = []
        seen: set[str] = set()
        for e in slot["evidence"]:
            if e.record_id not in seen:
                seen.add(e.record_id)
                ev.append(e)
        out.append(PermissiveJurisdiction(
            country=actors.ref(c), present=[actors.ref(p) for p in undesignated],
            sponsor_ties=[actors.ref(t) for t in ties],
            designated_elsewhere_by=sorted({d.id: d for p in undesignated for d in designated_by.get(p, [])}.values(),
                                           key=lambda a: a.name),
            borders=borders, score=score, reasons=reasons, evidence=ev))
    out.sort(key=lambda p: (-p.score, p.country.name))
    return out


def network_rows(net: Network) -> list[dict[str, Any]]:
    g = net.graph
    return [{"source": g.nodes[u].get("name", u), "target": g.nodes[v].get("name", v), "source_id": u, "target_id": v,
             "weight": a["weight"], "reports": a["reports"], "kinds": a["kinds"], "first": a["first"], "last": a["last"]}
            for u, v, a in sorted(g.edges(data=True), key=lambda x: -x[2]["weight"])]


def write_graph(net: Network, fmt: str, path: str) -> None:
    """GraphML or GEXF (attributes are scalars, so both read back with networkx)."""
    if fmt == "graphml":
        nx.write_graphml(net.graph, path)
    elif fmt == "gexf":
        nx.write_gexf(net.graph, path)
    else:
        raise ValueError(f"unknown graph format {fmt!r}")
