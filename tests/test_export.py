"""Export: Parquet files read back with pyarrow match the store; JSON Lines rebuild each analysis."""
from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
from conftest import EXAMPLES, run_cli
from speed_helpers import TEXTS, write_texts


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    """A store of the test texts plus the example corpus, and the folder the texts came from."""
    base = tmp_path_factory.mktemp("export")
    texts = write_texts(base / "texts")
    paths = [str(texts)]
    if (EXAMPLES / "corpus").is_dir() and any((EXAMPLES / "corpus").iterdir()):
        paths.append(str(EXAMPLES / "corpus"))
    db = base / "store.db"
    run_cli("ingest", *paths, "--db", str(db))
    return db, texts


def test_parquet_row_counts_and_columns_match_store(stored, tmp_path):
    from newsgraph.store import Store
    from newsgraph.store.export_queries import count_rows, table_columns, table_names

    db, _ = stored
    out = tmp_path / "pq"
    proc = run_cli("export", "--format", "parquet", str(out), "--db", str(db))
    assert proc.returncode == 0
    with Store(db, readonly=True) as store:
        tables = table_names(store)
        assert {"documents", "actors", "aliases", "mentions", "events", "event_actors", "attributions",
                "designations"} <= set(tables)
        for table in tables:
            t = pq.read_table(out / f"{table}.parquet")
            assert t.num_rows == count_rows(store, table), table
            assert t.column_names == [c for c, _ in table_columns(store, table)]
        ids = {r[0] for r in store.query("SELECT id FROM documents")}
        mentions = store.query("SELECT COUNT(*) FROM mentions")[0][0]
    docs = pq.read_table(out / "documents.parquet")
    assert set(docs.column("id").to_pylist()) == ids
    assert docs.schema.field("similarity").type == "double"
    assert mentions > 0 and pq.read_table(out / "mentions.parquet").schema.field("start").type == "int64"


def test_parquet_streams_in_row_batches(stored, tmp_path):
    from newsgraph.export.parquet import export_table
    from newsgraph.store import Store

    db, _ = stored
    with Store(db, readonly=True) as store:
        n = export_table(store, "mentions", tmp_path / "m.parquet", batch_size=7)
    meta = pq.ParquetFile(tmp_path / "m.parquet").metadata
    assert meta.num_rows == n and n > 7
    assert meta.num_row_groups == -(-n // 7)  # one row group per batch: never the whole table at once


def test_jsonl_export_rebuilds_the_analysis(stored, tmp_path):
    from newsgraph.contract import validate_analysis

    db, texts = stored
    out = tmp_path / "export.jsonl"
    run_cli("export", "--format", "jsonl", str(out), "--db", str(db))
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(validate_analysis(obj) == [] for obj in exported)
    by_text = {obj["text"]: obj for obj in exported}
    fresh = run_cli("analyze", str(texts)).stdout.splitlines()
    assert len(fresh) == len(TEXTS)
    for line in fresh:
        want = json.loads(line)
        got = by_text[want["text"]]
        # same mentions per actor (KB actors by KB id, others by name), same events and attributions
        assert _mentions(got) == _mentions(want)
        assert [(e["plover"], e["trigger"], e["status"]) for e in got["events"]] == \
               [(e["plover"], e["trigger"], e["status"]) for e in want["events"]]
        assert [(q["cue"], q["sources"], q["contents"], q["stance"]) for q in got["attributions"]] == \
               [(q["cue"], q["sources"], q["contents"], q["stance"]) for q in want["attributions"]]
        assert len(got["designations"]) == len(want["designations"])


def _mentions(obj: dict) -> set[tuple]:
    return {(a.get("kb_id") or a["name"], tuple(m)) for a in obj["actors"] for m in a["mentions"]}


def test_export_errors_are_one_line(tmp_path):
    proc = run_cli("export", "--format", "parquet", str(tmp_path / "o"), "--db", str(tmp_path / "none.db"),
                   check=False)
    assert proc.returncode != 0 and "no such database" in proc.stderr
    proc = run_cli("export", "--format", "xml", "--db", str(tmp_path / "none.db"), check=False)
    assert proc.returncode != 0 and "--format must be one of" in proc.stderr


def test_stix_bundle_parses_and_covers_designations(stored, tmp_path):
    import stix2

    from newsgraph.store import Store

    db, _ = stored
    out = tmp_path / "bundle.json"
    run_cli("export", "--format", "stix", str(out), "--db", str(db))
    bundle = stix2.parse(out.read_text(encoding="utf-8"), allow_custom=True)
    objects = {o.id: o for o in bundle.objects}
    with Store(db, readonly=True) as store:
        designations = store.query("SELECT id, status FROM designations")
        events = store.query("SELECT COUNT(*) FROM events")[0][0]
    assert designations and events
    rels = [o for o in bundle.objects if o.type == "relationship"]
    by_newsgraph_id = {r.x_newsgraph_id: r for r in rels}
    for d in designations:
        rel = by_newsgraph_id[d["id"]]
        assert rel.x_status == d["status"]
        assert rel.source_ref in objects and rel.target_ref in objects
        if d["status"] == "designated":
            assert objects[rel.target_ref].type == "threat-actor"
    assert any(r.relationship_type not in ("designates",) and hasattr(r, "x_plover") for r in rels)
    # ids derive from newsgraph ids: a second export names every object the same
    again = tmp_path / "again.json"
    run_cli("export", "--format", "stix", str(again), "--db", str(db))
    assert {o.id for o in stix2.parse(again.read_text(encoding="utf-8"), allow_custom=True).objects} == set(objects)


def test_ftm_entities_are_valid_and_linked(stored, tmp_path):
    from followthemoney import model

    from newsgraph.store import Store

    db, _ = stored
    out = tmp_path / "entities.ftm.json"
    run_cli("export", "--format", "ftm", str(out), "--db", str(db))
    proxies = [model.get_proxy(json.loads(line)) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = {p.id for p in proxies}
    by_schema: dict[str, list] = {}
    for p in proxies:
        by_schema.setdefault(p.schema.name, []).append(p)
    with Store(db, readonly=True) as store:
        n_docs = store.query("SELECT COUNT(*) FROM documents")[0][0]
        n_designations = store.query("SELECT COUNT(*) FROM designations")[0][0]
    assert len(by_schema["Article"]) == n_docs
    assert len(by_schema["Sanction"]) == n_designations > 0
    for s in by_schema["Sanction"]:
        assert s.first("entity") in ids and s.first("proof") in ids and s.first("authority")
    for link in by_schema.get("UnknownLink", []):
        assert link.first("subject") in ids and link.first("object") in ids and link.first("role")
