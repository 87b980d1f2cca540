"""The report: HTML structure, escaping of hostile text, offline-ness, and the terminal/JSON/CSV outputs."""
from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import run_cli
from report_fixture import XSS_TITLE, build_store

from newsgraph.report import designation_map, summarize
from newsgraph.report.html import json_for_script, render_report
from newsgraph.report.model import Caps, build_report_data
from newsgraph.report.worldmap import world_shapes
from newsgraph.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    return build_store(tmp_path_factory.mktemp("report") / "fx.db")


@pytest.fixture(scope="module")
def html(db) -> str:
    with Store(db, readonly=True) as s:
        return render_report(s)


class _Collect(HTMLParser):
    """Every start tag with its attributes, and each <script> with its attributes and raw text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append((dict(attrs), ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def _parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    return p


def _embedded(html: str) -> dict:
    data = [text for attrs, text in _parse(html).scripts if attrs.get("id") == "report-data"]
    assert len(data) == 1
    return json.loads(data[0])


def test_html_structure_has_every_view(html):
    assert html.startswith("<!doctype html>")
    for needle in ('id="tab-overview"', 'id="tab-designations"', 'id="tab-network"', 'id="tab-timelines"',
                   'id="tab-facts"', 'id="asof-range"', 'id="asof-date"', 'id="worldmap"', 'id="network"',
                   'id="timeline-actor"', 'id="docpanel"', 'id="doctext"'):
        assert needle in html, needle
    p = _parse(html)
    assert [t for t, a in p.tags if t == "script"] == ["script", "script"]  # the data and the code, both inline


def test_report_is_self_contained_offline(html):
    for tag, attrs in _parse(html).tags:
        for attr in ("src", "href", "srcset", "data", "action"):
            value = attrs.get(attr) or ""
            assert not re.match(r"\s*(https?:)?//", value), f"<{tag} {attr}={value!r}> loads from the network"
        assert tag not in ("link", "iframe", "object", "embed"), f"external resource tag <{tag}>"
    assert "@import" not in html and "url(http" not in html


def test_hostile_text_is_escaped(html):
    # the title and outlet carry markup; the article text carries </script> and U+2028
    assert "<script>alert(1)</script>" not in html
    assert "</script><script>alert" not in html
    assert html.count("</script>") == 2  # only our own two script elements close
    assert "\u2028" not in html and "\u2029" not in html
    data = _embedded(html)
    doc = data["docs"]["doc-xss"]
    assert doc["title"] == XSS_TITLE  # round-trips exactly through the escaped JSON
    assert "</script><script>alert(1)</script>" in doc["text"] and "\u2028" in doc["text"]
    assert doc["outlet"] == "Pacific <Wire> & Co"


def test_json_for_script_escapes_breakouts():
    s = json_for_script({"t": "</script><!-- & \u2028\u2029 >"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s and "\u2029" not in s
    assert json.loads(s) == {"t": "</script><!-- & \u2028\u2029 >"}


def test_embedded_facts_point_at_their_sentences(html):
    data = _embedded(html)
    assert {"meta", "summary", "actors", "designations", "events", "attributions", "docs", "network", "map"} <= set(data)
    # every embedded fact's document is embedded, and its sentence/trigger offsets are inside the text
    for f in data["designations"] + data["events"]:
        text = data["docs"][f["doc"]]["text"]
        s, e = f["sent"]
        assert 0 <= s < e <= len(text)
        if f.get("trig"):
            ts, te = f["trig"]
            assert s <= ts < te <= e
    ecu = [f for f in data["designations"] if f["r"] == "country:ECU"]
    assert {f["o"] for f in ecu} == {"org:irgc", "org:hezbollah", "org:hamas"}
    text = data["docs"]["doc-ecu"]["text"]
    assert "designated the Islamic Revolutionary Guard Corps" in text[slice(*ecu[0]["sent"])]
    q = data["attributions"][ecu[0]["q"][0]]
    assert text[slice(*q["src"][0])] == "the foreign ministry"
    # the world map comes from the installed package's shapes, keyed by ISO3
    assert "BOL" in data["map"]["shapes"] and data["map"]["shapes"]["BOL"].startswith("M")


def test_world_shapes_cover_the_region_and_stay_small():
    w = world_shapes()
    assert w is not None
    for iso in ("ECU", "BOL", "ARG", "PRY", "IRN", "LBN", "USA", "VEN"):
        assert iso in w["shapes"], iso
    assert 120 < len(w["shapes"]) < 250
    assert len(json.dumps(w)) < 250_000


def test_designation_map_as_of_both_sides(db):
    with Store(db, readonly=True) as s:
        def cells(as_of):
            return {(c["jurisdiction"], c["organisation"]): c["status"] for c in designation_map(s, as_of)}

        late = cells("2026-01-24")
        assert late[("Ecuador", "Islamic Revolutionary Guard Corps")] == "designated"
        assert late[("Argentina", "Quds Force")] == "designated"
        assert late[("Bolivia", "Hamas")] == "pressed"
        mid = cells("2025-09-30")
        assert ("Ecuador", "Hamas") in mid and ("Argentina", "Quds Force") not in mid
        early = cells("2025-06-01")
        assert not any(j in ("Ecuador", "Bolivia") for j, _ in early)
        assert early[("Paraguay", "Hezbollah")] == "designated"
        assert cells("2019-01-01") == {}
        # a partial as-of covers its whole period
        assert ("Argentina", "Quds Force") in cells("2026-01")


def _report_cells(data, as_of):
    from newsgraph.analyze.designations import state_as_of

    out = {}
    for c in data["cells"]:
        st = state_as_of(c["st"], as_of)
        if st:
            out[(c["r"], c["o"])] = (st[1], st[2], st[3])
    return out


def _map_cells(store, as_of):
    from newsgraph.analyze import designation_map as analysis_map

    return {(c.designator.id, c.designee.id): (c.status, c.date, c.contested)
            for c in analysis_map(store, as_of=as_of, evidence_limit=0).cells}


def test_report_cells_are_the_analysis_map_at_every_date(db):
    with Store(db, readonly=True) as s:
        data = build_report_data(s)
        for as_of in (None, "2019-01-01", "2025-09-01", "2025-12-31", "2026-01-15", "2026-01-22", "2026-01-24"):
            assert _report_cells(data, as_of) == _map_cells(s, as_of), as_of
    assert {f["cell"] for f in data["designations"]} <= {c["r"] + "|" + c["o"] for c in data["cells"]}


def test_report_rows_roll_state_bodies_into_their_state(tmp_path):
    """One row per state, as in the CLI map: "Government of Bolivia" pressed and "Bolivia" pressed are
    one Bolivia row; the state's row has a name even when only its bodies appear in the store."""
    from analyze_fixtures import Doc

    d = Doc("gov-body", "The Government of Bolivia is weighing U.S. requests to designate Hamas. Bolivia "
            "has not designated Hezbollah.", "2026-01-26", "Andes Wire")
    gov = d.actor("Government of Bolivia", "government", "BOL")
    usa, hamas, hz = d.actor("USA"), d.actor("hamas"), d.actor("hezbollah")
    d.designation(gov, hamas, "pressed", "is weighing", date="2026-01", pressed_by=usa)
    d.designation(gov, hz, "considering", "has not designated", date="2026-01-26")
    with Store(tmp_path / "g.db") as st:
        st.write_batch([d.analysis()])
    with Store(tmp_path / "g.db", readonly=True) as st:
        data = build_report_data(st)
        assert {(c["r"], c["o"]) for c in data["cells"]} == {("country:BOL", "org:hamas"),
                                                              ("country:BOL", "org:hezbollah")}
        assert data["actors"]["country:BOL"]["n"] == "Bolivia"
        assert _report_cells(data, "2026-01-31") == _map_cells(st, "2026-01-31")
        assert _report_cells(data, "2025-12-31") == {}


def test_caps_keep_big_stores_small(db):
    with Store(db, readonly=True) as s:
        data = build_report_data(s, caps=Caps(designation_facts=3, events=4, documents=2, network_nodes=4,
                                              network_edges=3))
    assert len(data["designations"]) == 3 and len(data["events"]) <= 4
    assert len(data["docs"]) == 2 and len(data["network"]["nodes"]) <= 4 and len(data["network"]["edges"]) <= 3
    assert data["meta"]["truncated"]["designation_facts"] == 11
    assert data["meta"]["truncated"]["events"] == 13


def test_summary_counts(db):
    with Store(db, readonly=True) as s:
        sm = summarize(s)
    assert sm.counts["documents"] == 6 and sm.counts["designations"] == 11
    assert dict(sm.outlets)["Andean Wire"] == 2
    assert sm.top_actors[0]["name"] == "Iran"


def test_cli_report_table_json_csv_and_html(db, tmp_path):
    proc = run_cli("report", "--db", str(db), "--html", str(tmp_path / "r.html"))
    assert "6 documents" in proc.stdout and "Designation map" in proc.stdout and "Quds Force" in proc.stdout
    assert "\x1b[" not in proc.stdout  # piped: plain text, no terminal escapes
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!doctype html>")

    data = json.loads(run_cli("report", "--db", str(db), "--format", "json", "--as-of", "2025-06-01").stdout)
    assert data["counts"]["documents"] == 6
    assert data["designation_map"]["as_of"] == "2025-06-01"
    assert {c["jurisdiction"] for c in data["designation_map"]["cells"]} == {"Argentina", "Paraguay"}

    rows = list(csv.DictReader(io.StringIO(run_cli("report", "--db", str(db), "--format", "csv").stdout)))
    by = {(r["section"], r["name"]): r for r in rows}
    assert by[("counts", "documents")]["count"] == "6"
    assert by[("designation_map", "Bolivia / Hamas")]["status"] == "pressed"
    assert by[("outlets", "Pacific <Wire> & Co")]["count"] == "1"

    bad = run_cli("report", "--db", str(db), "--format", "xml", check=False)
    assert bad.returncode == 1 and "--format must be table, json or csv" in bad.stderr


def test_tile_map_fallback_without_the_shapes_package(db, monkeypatch):
    import newsgraph.report.worldmap as wm

    monkeypatch.setattr(wm, "world_shapes", lambda: None)
    with Store(db, readonly=True) as s:
        data = build_report_data(s)
    assert "shapes" not in data["map"]
    for iso in ("ECU", "BOL", "ARG", "PRY", "IRN", "LBN"):
        assert iso in data["map"]["tiles"]
    cols_rows = [tuple(v) for v in data["map"]["tiles"].values()]
    assert len(cols_rows) == len(set(cols_rows))  # one tile per grid cell


def test_terminal_tables_fit_the_width(db):
    for width in (60, 100):
        out = run_cli("report", "--db", str(db), env={"COLUMNS": str(width)}).stdout
        assert max(len(line) for line in out.splitlines()) <= width
        assert "Ecuador" in out and "Quds Force" in out


def test_empty_store_still_gives_a_report(tmp_path):
    Store(tmp_path / "empty.db").close()
    with Store(tmp_path / "empty.db", readonly=True) as s:
        html = render_report(s)
        assert designation_map(s) == []
    data = _embedded(html)
    assert data["meta"]["counts"]["documents"] == 0
    assert data["designations"] == [] and data["network"]["nodes"] == [] and data["docs"] == {}


def test_story_labels_come_from_the_analysis(db):
    with Store(db, readonly=True) as s:
        data = build_report_data(s)
    labels = {x["label"]: x for x in data["stories"]}
    quds = labels["Argentina designated Quds Force"]  # not "(pressed by Quds Force)"
    assert quds["pb"] == []
    pushed = [x for x in data["stories"] if x["pb"] and x["kind"] == "designation"]
    assert pushed and all(x["label"].endswith("(pressed by " + ", ".join(x["pb"]) + ")") for x in pushed)
