"""The bundled example corpus and its gold annotations are complete, consistent and ingestible.

These tests check the corpus and the gold files themselves (coverage, vocabularies, ISO codes,
dates, stories, syndicated copies, the expected designation map, the WARC builder) and that every
example goes through ``newsgraph ingest`` without an error. Extraction accuracy against this gold
is measured by the extraction tests, not here.
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pycountry
import pytest
from conftest import EXAMPLES, SHARED, run_cli

from newsgraph.records import (
    DESIGNATION_STATUSES,
    EVENT_STATUSES,
    PLOVER_TYPES,
    SOURCE_KINDS,
    STANCES,
)

CORPUS = EXAMPLES / "corpus"
GOLD = EXAMPLES / "gold"
REPORTS = GOLD / "reports"
SEED_GOLD = SHARED / "seed" / "expected.json"
FORMATS = {"txt", "html", "jsonl", "rss", "atom", "warc"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
FACT_KEYS = {"designations", "requests", "statements", "events"}


def _json(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def index() -> dict:
    return _json(GOLD / "index.json")


@pytest.fixture(scope="module")
def reports() -> dict[str, dict]:
    return {p.stem: _json(p) for p in sorted(REPORTS.glob("*.json"))}


@pytest.fixture(scope="module")
def stories() -> dict:
    return _json(GOLD / "stories.json")


def _valid_date(d: str, earliest: int = 2019) -> bool:
    """A partial ISO date; reports date from 2019-2026, background facts in them from 2000."""
    if not PARTIAL_DATE.match(d):
        return False
    y = int(d[:4])
    if len(d) >= 7 and not 1 <= int(d[5:7]) <= 12:
        return False
    if len(d) == 10:
        from datetime import date

        try:
            date.fromisoformat(d)
        except ValueError:
            return False
    return earliest <= y <= 2026


def _iso3_ok(code: str | None) -> bool:
    return code is not None and pycountry.countries.get(alpha_3=code) is not None


# ---- coverage: every corpus document has gold and vice versa -------------------------------
def _items_in(path: Path) -> int:
    """Documents in one corpus file, counted with the format's own library (not newsgraph)."""
    name = path.name
    if name.endswith(".jsonl"):
        return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    if name.endswith(".xml"):
        import feedparser

        return len(feedparser.parse(path.read_bytes()).entries)
    if name.endswith(".warc.gz"):
        from warcio.archiveiterator import ArchiveIterator

        with path.open("rb") as fh:
            return sum(1 for r in ArchiveIterator(fh) if r.rec_type == "response")
    return 1


def test_every_corpus_document_has_gold_and_every_gold_a_document(index, reports):
    files = sorted(p.relative_to(EXAMPLES).as_posix() for p in CORPUS.rglob("*") if p.is_file())
    assert files, "empty example corpus"
    per_file = Counter(v["file"] for v in index.values())
    for f in files:
        assert per_file[f] == _items_in(EXAMPLES / f), f"{f}: gold entries and documents differ"
    assert set(per_file) == set(files), "index names files that are not in the corpus"
    assert set(index) == set(reports), "index.json and gold/reports/*.json list different ids"
    for gid, v in index.items():
        items = sorted(x["item"] for x in index.values() if x["file"] == v["file"])
        if v["format"] in ("txt", "html"):
            assert v["item"] is None and Path(v["file"]).stem == gid
        else:
            assert items == list(range(1, len(items) + 1)), f"{v['file']}: item numbers not 1..n"


def test_at_least_34_reports_in_every_format(index):
    assert len(index) >= 34
    fmts = Counter(v["format"] for v in index.values())
    assert set(fmts) == FORMATS, f"formats present: {sorted(fmts)}"
    for fmt in ("rss", "atom", "warc"):
        assert 2 <= fmts[fmt] <= 3, f"{fmt}: {fmts[fmt]} items"


def test_gold_reports_agree_with_index(index, reports):
    for gid, g in reports.items():
        v = index[gid]
        assert g["id"] == gid
        for key in ("file", "format", "item", "published", "title", "outlet", "url", "stories", "syndicated_of"):
            assert g[key] == v[key], f"{gid}: {key} differs between the report gold and index.json"
        assert _valid_date(g["published"]) and len(g["published"]) == 10, f"{gid}: published {g['published']}"
        assert isinstance(g["text"], str) and len(g["text"]) > 400, f"{gid}: gold text missing"
        assert FACT_KEYS <= set(g["gold"]), f"{gid}: gold block lacks {FACT_KEYS - set(g['gold'])}"


# ---- vocabularies, ISO codes, dates ----------------------------------------------------------
def test_designations_are_well_formed(reports):
    aliases: dict[str, list[str]] = {}
    for gid, g in reports.items():
        for d in g["gold"]["designations"]:
            assert set(d) == {"designator", "designator_iso3", "designee", "designee_aliases", "status", "date"}, gid
            assert _iso3_ok(d["designator_iso3"]), f"{gid}: bad ISO3 {d['designator_iso3']}"
            assert d["status"] in DESIGNATION_STATUSES, f"{gid}: status {d['status']}"
            assert d["date"] is None or _valid_date(d["date"], 2000), f"{gid}: date {d['date']}"
            assert d["date"] is None or d["date"] <= g["published"], f"{gid}: fact dated after publication"
            # one canonical designee name with one alias list across the whole corpus
            assert aliases.setdefault(d["designee"], d["designee_aliases"]) == d["designee_aliases"], \
                f"{gid}: aliases of {d['designee']} differ from other reports"
            assert d["designee"] not in sum(aliases.values(), []), f"{gid}: {d['designee']} is an alias elsewhere"


def test_requests_statements_events_are_well_formed(reports):
    for gid, g in reports.items():
        gold = g["gold"]
        for r in gold["requests"]:
            assert _iso3_ok(r["source_iso3"]) and _iso3_ok(r["target_iso3"]), f"{gid}: request {r}"
            assert r["about"].strip() and (r["date"] is None or _valid_date(r["date"])), f"{gid}: request {r}"
        for s in gold["statements"]:
            assert s["speaker"].strip(), gid
            assert s["speaker_kind"] in SOURCE_KINDS, f"{gid}: speaker_kind {s['speaker_kind']}"
            assert s["stance"] in STANCES, f"{gid}: stance {s['stance']}"
            if s["speaker_kind"] == "named_person":
                assert s.get("role"), f"{gid}: named source {s['speaker']} without a role"
        for e in gold["events"]:
            assert e["plover"] in PLOVER_TYPES and e["status"] in EVENT_STATUSES, f"{gid}: event {e}"
            assert e["source_iso3"] is None or _iso3_ok(e["source_iso3"]), f"{gid}: event {e}"
            assert e["date"] is None or _valid_date(e["date"]), f"{gid}: event {e}"


def test_quoted_speakers_occur_in_their_report(reports):
    """Named people, and the first word of every other speaker, appear in the report text."""
    for gid, g in reports.items():
        text = g["text"]
        for s in g["gold"]["statements"]:
            if s["speaker_kind"] == "named_person":
                assert s["speaker"].split()[-1] in text, f"{gid}: {s['speaker']} not in text"
            assert s["speaker"].split()[0].strip("'") in text, f"{gid}: {s['speaker']} not in text"


# ---- the gold text is what ingest reads ----------------------------------------------------
def test_gold_text_matches_the_ingested_document(index, reports):
    from newsgraph.ingest.readers import read_path
    from newsgraph.records import Document

    docs: dict[tuple[str, int], Document] = {}
    for f in sorted({v["file"] for v in index.values()}):
        got = list(read_path(str(EXAMPLES / f)))
        assert all(isinstance(d, Document) for d in got), f"{f}: {[str(d) for d in got if not isinstance(d, Document)]}"
        docs.update({(f, n): d for n, d in enumerate(got, 1)})
    norm = lambda s: " ".join(s.split())  # noqa: E731
    for gid, v in index.items():
        doc = docs[(v["file"], v["item"] or 1)]
        gold_text = reports[gid]["text"]
        if v["format"] in ("txt", "jsonl"):
            assert doc.text == gold_text, f"{gid}: gold text is not the ingested text"
        else:  # extracted from markup: every gold paragraph is in the extracted text
            for para in filter(None, (norm(p) for p in gold_text.split("\n"))):
                assert para in norm(doc.text), f"{gid}: paragraph missing from ingest: {para[:60]}"
        assert (doc.published or "")[:10] == v["published"], f"{gid}: date {doc.published}"
        assert doc.outlet == v["outlet"], f"{gid}: outlet {doc.outlet}"
        assert doc.title == v["title"], f"{gid}: title {doc.title}"


# ---- stories and syndicated copies -----------------------------------------------------------
def test_stories_reference_reports_consistently(index, stories, reports):
    for sid, st in stories.items():
        assert st["kind"] in ("designation", "request", "expulsion"), sid
        assert _valid_date(st["date"]), sid
        for gid in st["reports"] + st["mentioned_in"]:
            assert gid in index, f"{sid}: unknown report {gid}"
        for gid in st["reports"]:
            assert sid in reports[gid]["stories"], f"{sid}: {gid} does not list the story"
        for copy, original in st["syndicated"].items():
            assert copy in st["reports"] and original in st["reports"], sid
            assert reports[copy]["syndicated_of"] == original
            assert index[copy]["published"] >= index[original]["published"]
            assert index[copy]["outlet"] != index[original]["outlet"]
    for gid, g in reports.items():
        for sid in g["stories"]:
            assert gid in stories[sid]["reports"], f"{gid}: story {sid} does not list it"
        for sid in g["mentions"]:
            assert gid in stories[sid]["mentioned_in"], f"{gid}: story {sid} does not list the mention"
        if g["syndicated_of"]:
            assert g["syndicated_of"] in reports and set(g["stories"]) <= set(reports[g["syndicated_of"]]["stories"])


def test_several_stories_reported_by_different_outlets(index, stories):
    multi = [sid for sid, st in stories.items() if 2 <= len(st["reports"]) <= 4
             and len({index[g]["outlet"] for g in st["reports"]}) >= 2]
    assert len(multi) >= 6, f"only {multi} have 2-4 reports from different outlets"
    copies = [c for st in stories.values() for c in st["syndicated"]]
    assert len(set(copies)) >= 2


def test_syndicated_copies_are_near_duplicates_and_other_reports_are_not(reports, stories):
    from newsgraph.ingest.dedup import THRESHOLD, shingles

    def jaccard(a: str, b: str) -> float:
        x, y = shingles(reports[a]["text"]), shingles(reports[b]["text"])
        return len(x & y) / len(x | y)

    for st in stories.values():
        for copy, original in st["syndicated"].items():
            assert jaccard(copy, original) >= THRESHOLD + 0.05, f"{copy} is not a near copy of {original}"
        independent = [g for g in st["reports"] if g not in st["syndicated"]]
        for i, a in enumerate(independent):
            for b in independent[i + 1:]:
                assert jaccard(a, b) < 0.3, f"{a} and {b} are worded too alike for independent reports"


# ---- the expected designation map -----------------------------------------------------------
def _pad(date: str) -> str:
    return date + "-01-01"[len(date) - 4:] if len(date) < 10 else date[:10]


_RANK = {"considering": 0, "pressed": 1, "announced_intent": 2, "rejected": 2, "designated": 3, "expanded": 3,
         "revoked": 4}


def _map_as_of(facts: list[tuple[dict, str]], as_of: str) -> dict[tuple[str, str], str]:
    """Latest status per cell known on ``as_of`` (same rule as documented in designation_map.json)."""
    best: dict[tuple[str, str], tuple] = {}
    for d, published in sorted(facts, key=lambda f: f[0]["date"] is None):  # undated facts only fill gaps
        eff = _pad(d["date"] or published)
        if published > as_of or eff > as_of:
            continue
        key = (d["designator_iso3"], d["designee"])
        order = (eff, published, _RANK[d["status"]])
        if key not in best or (d["date"] is not None and order >= best[key][0]):
            best[key] = (order, d["status"])
    return {k: v[1] for k, v in best.items()}


def test_designation_map_follows_from_the_gold(reports):
    expected = _json(GOLD / "designation_map.json")["as_of"]
    seed = _json(SEED_GOLD)
    facts = [(d, g["published"]) for g in reports.values() for d in g["gold"]["designations"]]
    facts += [(d, seed["published"]) for d in seed["gold"]["designations"]]
    assert {"2019-12-31", "2021-12-31", "2025-06-01", "2026-01-24"} <= set(expected)
    sys.path.insert(0, str(EXAMPLES))
    try:
        import refresh_gold
    finally:
        sys.path.remove(str(EXAMPLES))
    triples = [(d, g["published"], gid) for gid, g in reports.items() for d in g["gold"]["designations"]]
    triples += [(d, seed["published"], f"seed:{seed['id']}") for d in seed["gold"]["designations"]]
    for as_of, cells in expected.items():
        got = {(c["designator_iso3"], c["designee"]): c["status"] for c in cells}
        assert got == _map_as_of(facts, as_of), f"designation_map.json as of {as_of} is stale"
        assert cells == refresh_gold.designation_map(triples, as_of), "run examples/refresh_gold.py"
        for c in cells:
            assert all(e.startswith("seed:") or e in reports for e in c["evidence"]), as_of


def test_designation_map_meets_the_issue_6_target():
    m = _json(GOLD / "designation_map.json")["as_of"]
    cells = {(c["designator_iso3"], c["designee"]): c["status"] for c in m["2026-01-24"]}
    for designee in ("Islamic Revolutionary Guard Corps", "Hamas", "Hezbollah"):
        assert cells[("ECU", designee)] == "designated"
        assert cells[("BOL", designee)] == "pressed"
    assert cells[("ARG", "Quds Force")] == "designated"
    early = {(c["designator_iso3"], c["designee"]) for c in m["2025-06-01"]}
    assert not {k for k in early if k[0] in ("ECU", "BOL") or k == ("ARG", "Quds Force")}
    assert {(c["designator_iso3"], c["designee"]): c["status"] for c in m["2021-12-31"]}[("USA", "Ansar Allah")] == "revoked"


# ---- the WARC builder ---------------------------------------------------------------------------
def _warc_responses(path: Path) -> list[tuple[str, bytes]]:
    from warcio.archiveiterator import ArchiveIterator

    with path.open("rb") as fh:
        return [(r.rec_headers.get_header("WARC-Target-URI"), r.content_stream().read())
                for r in ArchiveIterator(fh) if r.rec_type == "response"]


def test_warc_builder_reproduces_the_committed_archive(tmp_path):
    sys.path.insert(0, str(EXAMPLES))
    try:
        import build_warc
    finally:
        sys.path.remove(str(EXAMPLES))
    committed = CORPUS / "warc" / "newsdesk-crawl.warc.gz"
    out = tmp_path / "rebuilt.warc.gz"
    written = build_warc.build(out)
    assert _warc_responses(out) == _warc_responses(committed) == written
    assert len(written) == len(build_warc.load_manifest())
    with gzip.open(committed) as fh:  # a multi-member gzip of WARC/1.0 records
        assert fh.read(9) == b"WARC/1.0\r"


# ---- everything ingests ---------------------------------------------------------------------------
def test_every_example_ingests_without_error(tmp_path, index, stories):
    db = tmp_path / "examples.db"
    proc = run_cli("ingest", str(CORPUS), "--db", str(db), check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    from newsgraph.store import Store

    with Store(db, readonly=True) as store:
        rows = {d.external_id: d for d in store.documents()}
    assert len(rows) == len(index)
    by_gold = {v["external_id"]: gid for gid, v in index.items()}
    assert set(by_gold) == set(rows)
    doc_id = {by_gold[ext]: d.id for ext, d in rows.items()}
    dup_of = {by_gold[ext]: d.duplicate_of for ext, d in rows.items()}
    for st in stories.values():
        for copy, original in st["syndicated"].items():
            # whichever of the two was read first, the other is recorded as its near-duplicate
            assert dup_of[copy] == doc_id[original] or dup_of[original] == doc_id[copy], (copy, original)
    flagged = {g for g, d in dup_of.items() if d}
    copies = {c for st in stories.values() for c in st["syndicated"]} | \
             {o for st in stories.values() for o in st["syndicated"].values()}
    assert flagged <= copies, f"independent reports flagged as duplicates: {flagged - copies}"
