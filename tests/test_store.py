"""The store: idempotent ingest, near-duplicates, crash safety (SIGKILL mid-ingest), migrations."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import run_cli

from newsgraph.store import Store
from newsgraph.store.schema import SCHEMA_VERSION

COUNTRIES = ["Bolivia", "Peru", "Chile", "Ecuador", "Argentina", "Paraguay", "Colombia", "Panama"]
GROUPS = ["Hezbollah", "Hamas", "the Quds Force"]


def synthetic_reports(n: int) -> list[dict]:
    """Short, distinct reports in the genre (varied enough that MinHash does not pair them)."""
    out = []
    for i in range(n):
        c, g = COUNTRIES[i % len(COUNTRIES)], GROUPS[i % len(GROUPS)]
        text = (f"Officials in {c} said on day {i} that the government would study report number {i} on {g}. "
                f"A spokesperson for the ministry, speaking in case {i * 7 + 3}, declined to comment on file {i * 13}. "
                f"Analysts counted {i * 3 + 1} meetings and {i * 5 + 2} letters about the matter in region {i % 11}.")
        out.append({"id": f"s{i}", "text": text, "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
                    "outlet": f"Outlet {i % 5}"})
    return out


def table_dump(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows, sorted, without the ingestion timestamp."""
    conn = sqlite3.connect(db)
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({name})") if r[1] not in ("ingested_at", "applied_at")]
        out[name] = sorted(conn.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall(), key=repr)
    conn.close()
    return out


def test_reingest_adds_nothing(tmp_path: Path):
    src = tmp_path / "batch.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in synthetic_reports(6)) + "\n")
    db = tmp_path / "ng.db"
    first = run_cli("ingest", str(src), "--db", str(db))
    assert "6 new documents" in first.stdout
    before = table_dump(db)
    second = run_cli("ingest", str(src), "--db", str(db))
    assert "0 new documents" in second.stdout and "6 already stored" in second.stdout
    assert table_dump(db) == before


def test_near_duplicate_points_at_first_copy(tmp_path: Path):
    base = synthetic_reports(1)[0]["text"] * 3
    copies = [
        {"id": "orig", "text": base, "outlet": "Andes Wire"},
        {"id": "copy1", "text": base.replace("Officials in", "Officials from", 1) + " Reporting by staff.", "outlet": "B"},
        {"id": "copy2", "text": base.replace("declined to comment", "declined comment", 1), "outlet": "C"},
        {"id": "other", "text": synthetic_reports(2)[1]["text"], "outlet": "D"},
    ]
    src = tmp_path / "wire.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in copies) + "\n")
    db = tmp_path / "ng.db"
    run_cli("ingest", str(src), "--db", str(db))
    with Store(db, readonly=True) as st:
        rows = {r["external_id"]: (r["id"], r["duplicate_of"], r["similarity"]) for r in
                st.query("SELECT id, external_id, duplicate_of, similarity FROM documents")}
    orig_id = rows["orig"][0]
    assert rows["orig"][1] is None and rows["other"][1] is None
    assert rows["copy1"][1] == orig_id and rows["copy2"][1] == orig_id
    assert rows["copy1"][2] >= 0.8


def test_near_duplicates_across_runs(tmp_path: Path):
    base = synthetic_reports(1)[0]["text"] * 3
    db = tmp_path / "ng.db"
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "orig", "text": base}) + "\n")
    b.write_text(json.dumps({"id": "copy", "text": base + " (Editing by the desk.)"}) + "\n")
    run_cli("ingest", str(a), "--db", str(db))
    run_cli("ingest", str(b), "--db", str(db))
    with Store(db, readonly=True) as st:
        (row,) = st.query("SELECT duplicate_of FROM documents WHERE external_id='copy'")
        (orig,) = st.query("SELECT id FROM documents WHERE external_id='orig'")
    assert row[0] == orig[0]


def test_sigkill_mid_ingest_then_rerun_matches_clean_run(tmp_path: Path):
    src = tmp_path / "many.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in synthetic_reports(400)) + "\n")
    exe = str(Path(sys.executable).with_name("newsgraph"))

    clean = tmp_path / "clean.db"
    run_cli("ingest", str(src), "--db", str(clean))

    killed = tmp_path / "killed.db"
    proc = subprocess.Popen([exe, "ingest", str(src), "--db", str(killed)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        if killed.exists():
            try:
                conn = sqlite3.connect(f"file:{killed}?mode=ro", uri=True, timeout=1)
                stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
                conn.close()
            except sqlite3.OperationalError:
                stored = 0
            if stored > 0:
                break
        time.sleep(0.02)
    assert proc.poll() is None, "ingest finished before it could be killed; make the input larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < stored < 400

    # the killed database is consistent: whole documents only, every fact points at a stored document
    conn = sqlite3.connect(killed)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()

    rerun = run_cli("ingest", str(src), "--db", str(killed))
    assert "already stored" in rerun.stdout
    assert table_dump(killed) == table_dump(clean)


def test_schema_version_and_wal(tmp_path: Path):
    db = tmp_path / "ng.db"
    with Store(db) as st:
        assert st.version() == SCHEMA_VERSION
        assert st.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # reopening does not re-run migrations
    with Store(db) as st:
        rows = st.query("SELECT version FROM schema_version ORDER BY version")
        assert [r[0] for r in rows] == list(range(1, SCHEMA_VERSION + 1))


def test_bad_inputs_do_not_lose_stored_data(tmp_path: Path):
    db = tmp_path / "ng.db"
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(json.dumps(r) for r in synthetic_reports(3)) + "\n")
    run_cli("ingest", str(good), "--db", str(db))
    before = table_dump(db)
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Peru expelled two Iranian diplomats, officials said."}\n{broken\n')
    binary = tmp_path / "img.txt"
    binary.write_bytes(b"\x00\x01\x02\x03")
    proc = run_cli("ingest", str(bad), str(binary), "--db", str(db), check=False)
    assert proc.returncode == 1
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]
    assert lines == [f"error: {bad}:2: malformed JSON (Expecting property name enclosed in double quotes at column 2)",
                     f"error: {binary}: binary file, not text"]
    after = table_dump(db)
    assert len(after["documents"]) == len(before["documents"]) + 1
    assert set(before["documents"]) <= set(after["documents"])
