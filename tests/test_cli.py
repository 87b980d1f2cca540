"""The CLI end to end in a temp directory, via subprocess, on real inputs."""
from __future__ import annotations

import json
from pathlib import Path

from conftest import SEED, SHARED, run_cli

from newsgraph.contract import validate_analysis


def test_analyze_seed_is_contract_valid(tmp_path: Path):
    proc = run_cli("analyze", str(SEED), "--format", "jsonl", cwd=tmp_path)
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    obj = json.loads(lines[0])
    assert validate_analysis(obj) == []
    assert obj["id"] == SEED.stem
    assert obj["text"] == SEED.read_text(encoding="utf-8").strip()
    by_name = {a["name"]: a for a in obj["actors"]}
    for name, kind, country in [("Bolivia", "country", "BOL"), ("Iran", "country", "IRN"),
                                ("Ecuador", "country", "ECU"), ("Argentina", "country", "ARG")]:
        assert by_name[name]["type"] == kind and by_name[name]["country"] == country
    irgc = next(a for a in obj["actors"] if "IRGC" in a["aliases"] or a["name"] == "IRGC")
    assert irgc["country"] == "IRN" and irgc["code"].startswith("IRN")
    for a in obj["actors"]:
        for s, e in a["mentions"]:
            assert obj["text"][s:e].strip(), "mention offsets must point into the text"
    assert not any(a["type"] == "person" and a["name"] == "La Paz" for a in obj["actors"])


def test_analyze_jsonl_keeps_ids_and_text(tmp_path: Path):
    gold = SHARED / "eval" / "events" / "petr2-dev.jsonl"
    rows = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines()[:5]]
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(json.dumps({"id": r["id"], "text": r["text"]}) for r in rows) + "\n")
    out = tmp_path / "out.jsonl"
    run_cli("analyze", str(inp), "--output", str(out))
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == [r["id"] for r in rows]
    assert [g["text"] for g in got] == [r["text"] for r in rows]
    assert all(validate_analysis(g) == [] for g in got)


def test_analyze_table_format(tmp_path: Path):
    f = tmp_path / "note.txt"
    f.write_text("Title: Peru expels diplomat\nDate: 2026-01-21\nOutlet: Andes Wire\n\n"
                 "Peru expelled an Iranian diplomat on Wednesday, the foreign ministry in Lima said.\n")
    proc = run_cli("analyze", str(f), "--format", "table")
    assert "Peru expels diplomat" in proc.stdout and "Andes Wire" in proc.stdout
    assert "Peru" in proc.stdout and "Iran" in proc.stdout


def test_analyze_bad_format_and_missing_file(tmp_path: Path):
    proc = run_cli("analyze", str(tmp_path / "nope.txt"), check=False)
    assert proc.returncode == 1
    assert f"error: {tmp_path / 'nope.txt'}: no such file or directory" in proc.stderr
    proc = run_cli("analyze", str(SEED), "--format", "xml", check=False)
    assert proc.returncode == 1 and "--format must be jsonl or table" in proc.stderr


def test_ingest_report_html_end_to_end(tmp_path: Path):
    run_cli("ingest", str(SEED), "--db", "ng.db", cwd=tmp_path)
    proc = run_cli("report", "--db", "ng.db", "--html", "out.html", cwd=tmp_path)
    assert "1 documents" in proc.stdout
    assert "Hezbollah" in proc.stdout
    html = (tmp_path / "out.html").read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "Hezbollah" in html


def test_report_without_database_is_a_clear_error(tmp_path: Path):
    proc = run_cli("report", "--db", "missing.db", cwd=tmp_path, check=False)
    assert proc.returncode == 1
    assert "missing.db: no such database" in proc.stderr
    assert not (tmp_path / "missing.db").exists()


def test_config_file_and_env(tmp_path: Path):
    (tmp_path / "newsgraph.toml").write_text('[newsgraph]\ndb = "from-config.db"\n')
    run_cli("ingest", str(SEED), cwd=tmp_path)
    assert (tmp_path / "from-config.db").exists()
    run_cli("ingest", str(SEED), cwd=tmp_path, env={"NEWSGRAPH_DB": "from-env.db"})
    assert (tmp_path / "from-env.db").exists()
    (tmp_path / "newsgraph.toml").write_text('[newsgraph]\ndbx = "x"\n')
    proc = run_cli("ingest", str(SEED), cwd=tmp_path, check=False)
    assert proc.returncode == 1 and "unknown setting 'dbx'" in proc.stderr


def test_demo_ingests_examples_and_writes_report(tmp_path: Path):
    # the demo starts from a fresh database, replacing whatever was there
    (tmp_path / "demo.db").write_bytes(b"not a database")
    proc = run_cli("demo", "--db", "demo.db", "--html", "demo.html", cwd=tmp_path)
    corpus = Path(__file__).resolve().parents[1] / "examples" / "corpus"
    files = [p for p in corpus.rglob("*") if p.is_file()]
    assert len(files) >= 10
    first = proc.stdout.splitlines()[0]
    assert first.startswith("Ingested ") and int(first.split()[1]) >= 30
    assert "Top actors" in proc.stdout and "Outlets" in proc.stdout
    html = (tmp_path / "demo.html").read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "Hezbollah" in html
