"""Parallel ingest: N worker processes give the same store as one, in input order, streaming."""
from __future__ import annotations

import json

from conftest import EXAMPLES, run_cli
from speed_helpers import TEXTS, store_contents, write_texts


def corpus_paths(tmp_path) -> list[str]:
    paths = [str(write_texts(tmp_path / "texts"))]
    if (EXAMPLES / "corpus").is_dir() and any((EXAMPLES / "corpus").iterdir()):
        paths.append(str(EXAMPLES / "corpus"))
    return paths


def test_two_workers_store_identical_to_one(tmp_path):
    paths = corpus_paths(tmp_path)
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    run_cli("ingest", *paths, "--db", str(one), "--workers", "1")
    proc = run_cli("ingest", *paths, "--db", str(two), "--workers", "2")
    assert "new documents" in proc.stdout
    a, b = store_contents(one), store_contents(two)
    assert len(a["documents"]) >= len(TEXTS)
    assert a["mentions"] and a["actors"]
    assert a == b
    # a rerun with two workers finds everything stored and changes nothing
    again = run_cli("ingest", *paths, "--db", str(two), "--workers", "2")
    assert "0 new documents" in again.stdout
    assert store_contents(two) == b


def _documents():
    from newsgraph.records import Document

    return [Document(id=f"d{i}", text=text) for i, text in enumerate(TEXTS.values())]


def test_analyze_parallel_matches_in_process_order(nlp):
    from newsgraph.parallel import analyze_parallel
    from newsgraph.pipeline import analyze_documents

    docs = _documents()
    serial = [json.dumps(a.to_json(), sort_keys=True) for a in analyze_documents(docs, workers=1)]
    parallel = list(analyze_parallel(_documents(), workers=2, chunk_size=2))
    assert [a.document.id for a in parallel] == [d.id for d in docs]
    assert [json.dumps(a.to_json(), sort_keys=True) for a in parallel] == serial
    # each document carries its share of parse time plus the extraction stages
    assert all("parse" in a.timings and "actors" in a.timings for a in parallel)


def test_analyze_parallel_reads_input_lazily(nlp):
    from newsgraph.parallel import WINDOW_PER_WORKER, analyze_parallel
    from newsgraph.records import Document

    texts = list(TEXTS.values())
    pulled = 0

    def stream():
        nonlocal pulled
        for i in range(200):
            pulled += 1
            yield Document(id=f"s{i}", text=texts[i % len(texts)])

    results = analyze_parallel(stream(), workers=2, chunk_size=2)
    first = next(results)
    assert first.document.id == "s0"
    # only the bounded window of chunks has been read, not the whole stream
    assert pulled <= 2 * WINDOW_PER_WORKER * 2 + 2
    results.close()


def test_repeated_local_ids_are_renumbered_with_a_warning():
    import pytest

    from newsgraph.parallel import unique_local_ids
    from newsgraph.records import Analysis, Document, Event

    an = Analysis(document=Document(id="d", text="x", source="a.txt"), events=[
        Event(id="e1", plover="ACCUSE", source=[], target=[]), Event(id="e4", plover="AGREE", source=[], target=[]),
        Event(id="e4", plover="REQUEST", source=[], target=[])])
    with pytest.warns(RuntimeWarning, match="a.txt: events id e4 repeated"):
        unique_local_ids(an)
    assert [e.id for e in an.events] == ["e1", "e4", "e5"]
    assert [e.plover for e in an.events] == ["ACCUSE", "AGREE", "REQUEST"]
