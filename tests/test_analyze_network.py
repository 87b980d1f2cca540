"""Network (edges, hubs, brokers, permissive jurisdictions), pressure campaigns, timelines; every
output format parses (GraphML/GEXF read back with networkx, CSV, JSON)."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from analyze_fixtures import corpus, write
from conftest import run_cli

from newsgraph.analyze import build_network, pressure_campaigns, timeline
from newsgraph.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("network") / "an.db"
    with Store(path) as st:
        write(st, corpus())
    return path


@pytest.fixture()
def store(db):
    with Store(db) as st:
        yield st


def test_edges_weighted_by_independent_reports(store):
    g = build_network(store).graph
    e = g["country:ECU"]["org:irgc"]
    # three reports, one a syndicated copy: two independent -> 2 x 0.2
    assert e["weight"] == 0.4 and e["reports"] == 3 and e["kinds"] == "SANCTION:3"
    assert g["org:quds-force"]["org:irgc"]["kinds"] == "branch_of:1"  # KB parent link
    assert g["org:hezbollah"]["country:IRN"]["kinds"] == "proxy_of:1"  # stated relation
    assert g["country:IRN"]["country:BOL"]["kinds"] == "present_in:1"
    # the asserted aid is an edge, its denial is not an extra one
    assert g["country:IRN"]["org:hezbollah"]["reports"] == 1
    assert g.nodes["country:BOL"]["name"] == "Bolivia" and g.nodes["country:BOL"]["type"] == "country"


def test_as_of_drops_later_reports(store):
    g = build_network(store, as_of="2025-12-31").graph
    assert not g.has_edge("country:USA", "country:BOL") and not g.has_edge("country:IRN", "country:BOL")
    assert g.has_edge("country:ECU", "org:hamas")
    assert not build_network(store, as_of="2025-01-01").graph.has_edge("country:ECU", "org:hamas")
    assert build_network(store, as_of="2026-01-24").graph.has_edge("country:USA", "country:BOL")


def test_hubs_brokers_and_permissive_jurisdiction(store):
    net = build_network(store)
    assert net.hubs and all(h.reason for h in net.hubs)
    assert net.brokers and net.brokers[0].betweenness > 0
    hubs = [h.actor.id for h in net.hubs]
    assert "country:IRN" in hubs and hubs[0] == "org:irgc"
    [bol] = [p for p in net.permissive if p.country.id == "country:BOL"]
    assert [a.name for a in bol.present] == ["Iran"]
    assert [a.name for a in bol.sponsor_ties] == ["Iran"]
    assert {b.country for b in bol.borders} >= {"ARG", "BRA", "PRY", "PER", "CHL"}
    assert any("pressed or considering" in r for r in bol.reasons)
    assert any("keeps a base in Bolivia" in e.text for e in bol.evidence)
    assert any("defence pact" in e.text for e in bol.evidence)
    # Ecuador designated the groups: not permissive
    assert all(p.country.id != "country:ECU" for p in net.permissive)


def test_pressure_campaign(store):
    [c] = pressure_campaigns(store)
    assert (c.presser.name, c.pressed.name) == ("United States", "Bolivia")
    assert c.about == ["designate Hamas, Hezbollah, Islamic Revolutionary Guard Corps"]
    assert c.first == "2026-01" and c.steps[0].evidence[0].text.startswith("The United States is pressing Bolivia")
    assert pressure_campaigns(store, as_of="2026-01-23") == []


def test_timelines_for_actor_and_pair(store):
    entries = timeline(store, "Bolivia")
    assert [e.kind for e in entries] == ["designation", "relation", "relation"]
    assert entries[0].summary.startswith("United States pressed Bolivia to designate Hamas")
    pair = timeline(store, "Iran", "org:hezbollah")
    assert [(e.date, e.label) for e in pair] == [("2025-03", "AID"), ("2026-01-24", "proxy_of")]
    assert "contested" in pair[0].summary and pair[0].reports == 2
    assert [e.label for e in timeline(store, "country:ECU", "Hamas", as_of="2025-09-12")] == ["designated"]


def test_network_formats_parse(db, tmp_path):
    js = json.loads(run_cli("network", "--db", str(db), "-f", "json").stdout)
    ids = {n["id"] for n in js["nodes"]}
    assert "country:BOL" in ids and js["permissive"][0]["country"]["name"] == "Bolivia"
    for fmt in ("graphml", "gexf"):
        out = tmp_path / f"n.{fmt}"
        run_cli("network", "--db", str(db), "-f", fmt, "-o", str(out))
        g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
        assert set(g.nodes) == ids and g.number_of_edges() == len(js["edges"])
        assert float(g["country:ECU"]["org:irgc"]["weight"]) == 0.4
    piped = run_cli("network", "--db", str(db), "-f", "graphml").stdout
    assert nx.parse_graphml(piped).number_of_nodes() == len(ids)
    rows = list(csv.DictReader(io.StringIO(run_cli("network", "--db", str(db), "-f", "csv").stdout)))
    assert len(rows) == len(js["edges"]) and float(rows[0]["weight"]) >= float(rows[-1]["weight"])
    table = run_cli("network", "--db", str(db), "-f", "table").stdout
    assert "Permissive jurisdictions" in table and "Hubs" in table


def test_pressure_and_timeline_cli(db):
    rows = list(csv.DictReader(io.StringIO(run_cli("pressure", "--db", str(db)).stdout)))
    assert [(r["presser"], r["pressed"], r["steps"]) for r in rows] == [("United States", "Bolivia", "1")]
    js = json.loads(run_cli("pressure", "--db", str(db), "-f", "json", "--as-of", "2026-01-24").stdout)
    assert js[0]["steps"][0]["evidence"][0]["outlet"] == "Andes Wire"
    tl = list(csv.DictReader(io.StringIO(run_cli("timeline", "Iran", "Hezbollah", "--db", str(db)).stdout)))
    assert [r["label"] for r in tl] == ["AID", "proxy_of"]
    assert json.loads(run_cli("timeline", "Bolivia", "--db", str(db), "-f", "json").stdout)[0]["kind"] == "designation"
    bad = run_cli("timeline", "Atlantis", "--db", str(db), check=False)
    assert bad.returncode == 1 and "no actor named 'Atlantis'" in bad.stderr


def test_large_graphs_keep_the_strongest_ties(store):
    full = build_network(store)
    small = build_network(store, max_edges=3)
    assert small.graph.number_of_edges() == 3
    assert small.graph.graph["ties"] == f"3 of {full.graph.number_of_edges()}"
    kept = sorted(a["weight"] for _, _, a in small.graph.edges(data=True))
    assert kept[0] >= sorted((a["weight"] for _, _, a in full.graph.edges(data=True)), reverse=True)[2]
    assert [h.actor.id for h in small.hubs][:3] == [h.actor.id for h in full.hubs][:3]  # ranked on all ties
