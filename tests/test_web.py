"""The web server: every API endpoint over a fixture store, and a real ``newsgraph serve`` process."""
from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from report_fixture import build_store

from newsgraph.web import create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("web") / "fx.db")


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


def test_summary(client):
    r = client.get("/api/summary")
    assert r.status_code == 200
    d = r.json()
    assert d["counts"]["documents"] == 6 and d["counts"]["events"] == 13
    assert {"outlet": "Andean Wire", "documents": 2} in d["outlets"]
    assert d["top_actors"][0]["name"] == "Iran"


def test_documents_list_paging_and_search(client):
    d = client.get("/api/documents", params={"limit": 2}).json()
    assert d["total"] == 6 and len(d["items"]) == 2
    assert d["items"][0]["id"] == "doc-bol"  # newest first
    assert "text" not in d["items"][0]
    page2 = client.get("/api/documents", params={"limit": 2, "offset": 2}).json()["items"]
    assert not {x["id"] for x in page2} & {x["id"] for x in d["items"]}
    hits = client.get("/api/documents", params={"q": "Quds"}).json()
    assert {x["id"] for x in hits["items"]} == {"doc-arg", "doc-arg2"}
    assert client.get("/api/documents", params={"limit": 0}).status_code == 422


def test_document_detail_and_404(client):
    d = client.get("/api/documents/doc-bol").json()
    assert d["text"].startswith("LA PAZ")
    assert {e["plover"] for e in d["events"]} == {"REQUEST", "CONSULT"}
    assert {x["stance"] for x in d["attributions"]} == {"statement", "declined"}
    assert len(d["designations"]) == 3 and all(x["status"] == "pressed" for x in d["designations"])
    m = d["mentions"][0]
    assert d["text"][m["start"]:m["end"]] == m["text"]
    r = client.get("/api/documents/no-such-doc")
    assert r.status_code == 404 and "no-such-doc" in r.json()["detail"]


def test_document_text_is_returned_verbatim(client):
    d = client.get("/api/documents/doc-xss").json()
    assert "</script><script>alert(1)</script>" in d["text"]
    assert client.get("/api/documents/doc-xss").headers["content-type"].startswith("application/json")


def test_actors_search_and_detail(client):
    hits = client.get("/api/actors", params={"q": "hez"}).json()
    assert [a["id"] for a in hits] == ["org:hezbollah"] and hits[0]["mentions"] == 3
    assert {a["type"] for a in client.get("/api/actors", params={"type": "country"}).json()} == {"country"}
    assert client.get("/api/actors/Bolivia").json()["id"] == "country:BOL"
    assert client.get("/api/actors/Atlantis").status_code == 404


def test_events_filters(client):
    d = client.get("/api/events", params={"type": "REQUEST"}).json()
    assert d["total"] == 4 and all(e["plover"] == "REQUEST" for e in d["items"])
    bol = client.get("/api/events", params={"type": "request", "actor": "Bolivia"}).json()
    assert bol["total"] == 2
    assert all(e["target"][0]["name"] == "Bolivia" for e in bol["items"])
    assert bol["items"][0]["attributions"] == ["doc-bol:q1"]
    early = client.get("/api/events", params={"as_of": "2024-12-31"}).json()
    assert {e["doc_id"] for e in early["items"]} == {"doc-pry", "doc-xss"}
    assert client.get("/api/events", params={"actor": "Atlantis"}).status_code == 404


def test_designations_as_of(client):
    def cells(**params):
        d = client.get("/api/designations", params=params).json()
        return {(c["designator"]["name"], c["designee"]["name"]): c for c in d["cells"]}

    late = cells(as_of="2026-01-24")
    assert late[("Ecuador", "Hezbollah")]["status"] == "designated"
    assert late[("Argentina", "Quds Force")]["status"] == "designated"
    assert late[("Argentina", "Quds Force")]["reports"] == 2  # two outlets
    bol = late[("Bolivia", "Islamic Revolutionary Guard Corps")]
    assert bol["status"] == "pressed" and bol["pressed_by"][0]["name"] == "United States"
    ev = bol["evidence"][0]
    assert ev["doc_id"] == "doc-bol" and "pressed Bolivia" in ev["text"]
    early = cells(as_of="2025-06-01")
    assert ("Ecuador", "Hezbollah") not in early and ("Argentina", "Quds Force") not in early
    assert early[("Paraguay", "Hamas")]["status"] == "designated"
    assert set(cells(as_of="2026-01-24", designee="Hamas")) == {("Ecuador", "Hamas"), ("Bolivia", "Hamas"),
                                                                ("Paraguay", "Hamas")}
    assert client.get("/api/designations", params={"as_of": "last tuesday"}).status_code == 422
    assert client.get("/api/designations", params={"designee": "Atlantis"}).status_code == 404


def test_network_as_of(client):
    full = client.get("/api/network").json()
    ids = {n["id"] for n in full["nodes"]}
    assert {"country:USA", "country:BOL", "org:quds-force"} <= ids
    assert any(e["source"] == "country:USA" and e["target"] == "country:BOL" for e in full["edges"])
    assert full["hubs"] and {h["actor"]["id"] for h in full["hubs"]} <= ids and full["hubs"][0]["reason"]
    early = client.get("/api/network", params={"as_of": "2024-12-31"}).json()
    assert {n["id"] for n in early["nodes"]} == {"country:PRY", "country:ARG", "org:hezbollah", "org:hamas",
                                                 "country:CHL", "country:IRN"}
    drawn = client.get("/api/network", params={"layout": True}).json()
    assert all(0 <= n["x"] <= 1000 and 0 <= n["y"] <= 660 for n in drawn["nodes"])
    assert {n["id"] for n in drawn["nodes"]} == ids


def test_timeline(client):
    d = client.get("/api/timeline/Argentina").json()
    assert d["actor"]["id"] == "country:ARG"
    dates = [e["date"] for e in d["entries"]]
    assert dates == sorted(dates) and dates[0].startswith("2019")
    assert any(e["kind"] == "designation" and "Quds Force" in e["summary"] for e in d["entries"])
    pair = client.get("/api/timeline/Argentina", params={"other": "United States"}).json()["entries"]
    assert pair and all({"country:ARG", "country:USA"} <= {a["id"] for a in e["actors"]} for e in pair)
    assert client.get("/api/timeline/Atlantis").status_code == 404


def test_stories_and_pressure(client):
    d = client.get("/api/stories", params={"actor": "Argentina"}).json()
    quds = [x for x in d["items"] if x["kind"] == "designation" and (x["designee"] or {}).get("name") == "Quds Force"
            and x["status"] == "designated"]
    assert len(quds) == 1 and set(quds[0]["outlets"]) == {"Southern Cone Daily", "Plata Times"}
    assert quds[0]["corroboration"]["independent_outlets"] == 2 and quds[0]["corroboration"]["reasons"]
    p = client.get("/api/pressure").json()
    assert any(c["presser"]["name"] == "United States" and c["pressed"]["name"] == "Bolivia" for c in p)


def test_index_serves_the_html_report_and_openapi(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'id="report-data"' in r.text and "<script>alert(1)</script>" not in r.text
    spec = client.get("/openapi.json").json()
    for path in ("/api/summary", "/api/documents", "/api/documents/{doc_id}", "/api/actors", "/api/events",
                 "/api/designations", "/api/network", "/api/timeline/{actor}", "/api/stories", "/api/pressure"):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    # the docs page works offline: its script and stylesheet come from this server
    assets = re.findall(r"""(?:src|href)=['"]([^'"]+\.(?:js|css))['"]""", docs.text)
    assert len(assets) == 2 and all(a.startswith("/") for a in assets)
    for a in assets:
        assert client.get(a).status_code == 200


def test_index_report_is_rebuilt_when_the_store_changes(tmp_path):
    from report_fixture import analyses

    from newsgraph.store import Store

    db = tmp_path / "grow.db"
    first, rest = analyses()[:1], analyses()[1:]
    with Store(db) as s:
        s.write_batch(first)
    with TestClient(create_app(db)) as c:
        a = c.get("/").text
        assert c.get("/").text == a  # unchanged store: the cached page
        assert "doc-bol" not in a
        with Store(db) as s:  # an ingest commits while the server runs
            s.write_batch(rest)
        b = c.get("/").text
    assert "doc-bol" in b and "U.S. presses Bolivia" in b


def test_reads_proceed_while_a_writer_holds_the_database(db, client):
    from newsgraph.store import Store

    writer = Store(db)
    try:
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute("UPDATE documents SET title = 'uncommitted' WHERE id = 'doc-ecu'")
        t = time.monotonic()
        r = client.get("/api/documents/doc-ecu")
        assert r.status_code == 200 and time.monotonic() - t < 5  # not blocked by the open write
        assert r.json()["title"] == "Ecuador lists IRGC, Hezbollah and Hamas as terrorist groups"
    finally:
        writer.conn.execute("ROLLBACK")
        writer.close()


def test_missing_database_is_503(tmp_path):
    with TestClient(create_app(tmp_path / "none.db")) as c:
        r = c.get("/api/summary")
    assert r.status_code == 503 and "no such database" in r.json()["detail"]
    assert not (tmp_path / "none.db").exists()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_newsgraph_serve_real_server(db):
    port = _free_port()
    exe = Path(sys.executable).with_name("newsgraph")
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"{base}/api/summary", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "server did not start in 30 s"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["counts"]["documents"] == 6
        assert httpx.get(f"{base}/api/documents/doc-ecu", timeout=5).json()["outlet"] == "Andean Wire"
        assert httpx.get(f"{base}/api/documents/missing", timeout=5).status_code == 404
        page = httpx.get(f"{base}/", timeout=10)
        assert page.status_code == 200 and "<!doctype html>" in page.text
    finally:
        proc.terminate()
        proc.wait(timeout=10)
