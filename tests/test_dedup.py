"""Near-duplicate index kept in the store: same decisions as before, memory bounded by what is in flight."""
from __future__ import annotations

import sqlite3
import tracemalloc

from newsgraph.ingest import content_hash
from newsgraph.ingest.dedup import BANDS, NUM_PERM, ROWS, THRESHOLD, NearDuplicateIndex, bands, signature
from newsgraph.records import Analysis, Document
from newsgraph.store import Store
from newsgraph.store.schema import MIGRATIONS

PLACES = ["Lima", "Quito", "Bogota", "La Paz", "Santiago", "Asuncion", "Caracas", "Montevideo"]


def report(i: int, words: int = 120) -> str:
    """A distinct report: every sentence carries numbers of its own, so no two share a 5-shingle run."""
    parts = []
    for j in range(words // 20):
        n = i * 1000 + j
        parts.append(f"Officials in {PLACES[(i + j) % len(PLACES)]} said on day {n} that committee {n * 7 + 3} "
                     f"would study proposal {n * 13 + 1} before session {n * 17 + 5} of the council.")
    return " ".join(parts)


def doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, content_hash=content_hash(text))


def write(store: Store, index: NearDuplicateIndex, docs: list[Document]) -> None:
    batch = [Analysis(document=d) for d in docs]
    store.write_batch(batch, minhashes=index.pending(batch))


def test_bands_match_the_schema_trigger(tmp_path):
    """The store cuts signatures into bands in SQL; the index cuts them in Python: they must agree."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
    with Store(tmp_path / "ng.db") as st:
        idx = NearDuplicateIndex(st)
        d = doc("a", report(1))
        idx.check_and_add(d)
        write(st, idx, [d])
        stored = sorted((r[0], bytes(r[1])) for r in st.query("SELECT band, slice FROM minhash_bands WHERE doc_id='a'"))
    assert stored == bands(signature(d.text))


def test_copy_of_a_stored_document_found_through_the_store(tmp_path):
    original = report(7)
    copy = original.replace("Officials in", "Officials from", 1) + " Reporting by the desk."
    with Store(tmp_path / "ng.db") as st:
        idx = NearDuplicateIndex(st)
        first = doc("orig", original)
        assert idx.check_and_add(first) is None
        write(st, idx, [first])
        assert len(idx) == 0  # written: only the store remembers it
        second, third, other = doc("copy1", copy), doc("copy2", copy + " Updated."), doc("other", report(8))
        assert idx.check_and_add(second) == "orig"
        # a copy of a copy still in flight points at the first copy
        assert idx.check_and_add(third) == "orig" and third.similarity >= THRESHOLD
        assert idx.check_and_add(other) is None
        assert "copy2" in idx and len(idx) == 3
        write(st, idx, [second, third, other])
        assert len(idx) == 0
    # a new run over the same store still sees them
    with Store(tmp_path / "ng.db") as st:
        late = doc("late", copy + " Corrected.")
        assert NearDuplicateIndex(st).check_and_add(late) == "orig"


def test_migration_bands_signatures_already_stored(tmp_path):
    path = tmp_path / "v6.db"
    conn = sqlite3.connect(path)
    for version, statements in MIGRATIONS:
        if version > 6:
            break
        for stmt in statements:
            conn.execute(stmt)
        conn.execute("INSERT INTO schema_version VALUES (?, datetime('now'))", (version,))
    text = report(3)
    conn.execute("INSERT INTO documents(id, content_hash, text, ingested_at) VALUES ('old', 'h', ?, 'now')", (text,))
    conn.execute("INSERT INTO minhashes VALUES ('old', ?)", (signature(text),))
    conn.commit()
    conn.close()
    with Store(path) as st:
        assert st.version() >= 7
        assert NearDuplicateIndex(st).check_and_add(doc("new", text + " Editing by the desk.")) == "old"


def test_memory_does_not_grow_with_the_store(tmp_path):
    """1,000 documents through the index and the store: what stays in Python is what is in flight."""
    with Store(tmp_path / "ng.db") as st:
        idx = NearDuplicateIndex(st)
        tracemalloc.start()
        try:
            after_first = 0
            for start in range(0, 1000, 50):
                docs = [doc(f"d{i}", report(i, words=60)) for i in range(start, start + 50)]
                for d in docs:
                    assert idx.check_and_add(d) is None
                write(st, idx, docs)
                if start == 150:  # 200 written
                    after_first = tracemalloc.get_traced_memory()[0]
            end = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        assert st.query("SELECT COUNT(*) FROM minhash_bands")[0][0] == 1000 * BANDS
    # the old in-memory LSH index held ~2.5 KB per document (2 MB more for these 800)
    assert end - after_first < 200_000, (after_first, end)
