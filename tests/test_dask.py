"""Dask scale-out: a LocalCluster of 2 workers gives the same store as a local run, idempotently."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from conftest import EXAMPLES, run_cli
from speed_helpers import TEXTS, store_contents, write_texts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """The example corpus plus the short test texts (the texts alone while examples/ is empty)."""
    paths = [str(write_texts(tmp_path_factory.mktemp("dask") / "texts"))]
    if (EXAMPLES / "corpus").is_dir() and any((EXAMPLES / "corpus").iterdir()):
        paths.append(str(EXAMPLES / "corpus"))
    return paths


@pytest.fixture(scope="module")
def local_store(corpus, tmp_path_factory):
    db = tmp_path_factory.mktemp("dask-local") / "local.db"
    run_cli("ingest", *corpus, "--db", str(db))
    return store_contents(db)


@pytest.fixture(scope="module")
def scheduler():
    """A running 2-worker cluster, reached by address like a production scheduler."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster:
        yield cluster.scheduler_address


def test_local_cluster_store_identical_to_local_run(corpus, local_store, tmp_path):
    db = tmp_path / "dask.db"
    proc = run_cli("ingest", *corpus, "--db", str(db), "--dask", "local:2")
    assert f"{len(local_store['documents'])} new documents" in proc.stdout
    got = store_contents(db)
    assert len(got["documents"]) >= len(TEXTS) and got["mentions"]
    assert got == local_store


def test_rerun_after_partial_ingest_is_idempotent(corpus, local_store, scheduler, tmp_path):
    db = tmp_path / "partial.db"
    # the first three files of the same folder, so stored sources match the full run's
    first_three = [str(Path(corpus[0]) / name) for name in list(TEXTS)[:3]]
    first = run_cli("ingest", *first_three, "--db", str(db), "--dask", scheduler)
    assert "3 new documents" in first.stdout
    second = run_cli("ingest", *corpus, "--db", str(db), "--dask", scheduler)
    assert "3 already stored" in second.stdout
    assert store_contents(db) == local_store
    third = run_cli("ingest", *corpus, "--db", str(db), "--dask", scheduler)
    assert "0 new documents" in third.stdout
    assert store_contents(db) == local_store


def test_config_and_env_select_dask(corpus, local_store, scheduler, tmp_path):
    db = tmp_path / "env.db"
    run_cli("ingest", *corpus, "--db", str(db), env={"NEWSGRAPH_DASK": scheduler})
    assert store_contents(db) == local_store


@pytest.mark.parametrize("address, message", [
    ("tcp://127.0.0.1:9", "cannot reach Dask scheduler at tcp://127.0.0.1:9"),
    ("local:zero", "expected local:N or tcp://HOST:PORT"),
    ("local:0", "needs at least 1 worker"),
])
def test_bad_dask_address_one_line_error(tmp_path, address, message):
    proc = run_cli("ingest", str(write_texts(tmp_path / "t")), "--db", str(tmp_path / "x.db"), "--dask", address,
                   check=False, env={"NEWSGRAPH_DASK_TIMEOUT": "2"})
    assert proc.returncode != 0
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and message in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_analyze_on_dask_matches_local(corpus, scheduler):
    local = run_cli("analyze", corpus[0]).stdout.splitlines()
    on_dask = run_cli("analyze", corpus[0], "--dask", scheduler).stdout.splitlines()
    assert len(local) == len(TEXTS)
    assert on_dask == local


def _worker_settings() -> tuple:
    import os

    import dask

    return (os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS"),
            dask.config.get("distributed.worker.profile.enabled"), dask.config.get("distributed.admin.tick.interval"))


def test_local_cluster_workers_run_without_trim_and_profiler(monkeypatch):
    """`--dask local:N` workers: no malloc trimming after each batch, no 10 ms profiler (both cost CPU per
    document against the process pool), BLAS still single-threaded."""
    from newsgraph.distributed import dask_client

    # a Dask nanny leaves its pre-spawn variables in os.environ: this process has run clusters already
    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with dask_client("local:1") as client:
        settings = list(client.run(_worker_settings).values())
    assert settings == [(None, "1", False, "500ms")]
