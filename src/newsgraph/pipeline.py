"""Runs documents through nlp and extract: the shared engine behind ``analyze`` and ``ingest``.

Streaming throughout: documents come in as an iterator and analyses go out as one, so memory
stays flat however large the corpus.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsgraph.records import Analysis, Document

BATCH_SIZE = 50  # spaCy batch size; larger batches were slower and cost GBs per worker


def analyze_documents(docs: Iterable[Document], kb_files: tuple[str, ...] = (), workers: int = 1,
                      batch_size: int = BATCH_SIZE, dask: str | None = None) -> Iterator[Analysis]:
    """Parse and extract each document; yields analyses in input order.

    ``dask`` (``local:N`` or ``tcp://HOST:PORT``) runs the work on a Dask cluster instead.
    """
    if dask:
        from newsgraph.distributed import analyze_dask

        yield from analyze_dask(docs, address=dask, kb_files=kb_files, batch_size=batch_size)
        return
    if workers > 1:
        from newsgraph.parallel import analyze_parallel

        yield from analyze_parallel(docs, kb_files=kb_files, workers=workers, batch_size=batch_size)
        return
    # the same per-chunk code the worker processes run: spaCy's memory zone per chunk keeps a long
    # in-process ingest flat, and each analysis gets its share of parse time in ``timings``
    # (chunks of 16, as in the workers: a spaCy batch of 50 long articles peaked at 1.2 GB RSS)
    from newsgraph.parallel import CHUNK_SIZE, analyze_chunk, chunked

    for chunk in chunked(docs, min(batch_size, CHUNK_SIZE)):
        yield from analyze_chunk(chunk, tuple(kb_files), batch_size)


WRITE_BATCH = 50  # documents per transaction: a kill loses at most one uncommitted batch


def ingest_into_store(docs: Iterable[Document], store, kb_files: tuple[str, ...] = (), workers: int = 1,
                      on_done=None, dask: str | None = None) -> dict[str, int]:
    """Analyse documents not yet stored and write them in transactional batches.

    Documents already in the store (same content hash) are skipped before parsing, so a rerun
    after a crash only does the missing work. ``on_done(n)`` is called as documents finish.
    """
    from newsgraph.ingest.dedup import NearDuplicateIndex

    stats = {"new": 0, "skipped": 0, "duplicates": 0}
    near = NearDuplicateIndex(store)

    def fresh() -> Iterator[Document]:
        # a document is either in flight (in ``near`` until its batch is written) or in the store:
        # nothing here grows with the corpus
        for d in docs:
            if d.id in near or store.has_document(d.id):
                stats["skipped"] += 1
                if on_done:
                    on_done(1)
                continue
            dup = near.check_and_add(d)
            if dup:
                stats["duplicates"] += 1
            yield d

    batch: list[Analysis] = []
    for an in analyze_documents(fresh(), kb_files=kb_files, workers=workers, dask=dask):
        batch.append(an)
        if len(batch) >= WRITE_BATCH:
            stats["new"] += store.write_batch(batch, minhashes=near.pending(batch))
            if on_done:
                on_done(len(batch))
            batch = []
    if batch:
        stats["new"] += store.write_batch(batch, minhashes=near.pending(batch))
        if on_done:
            on_done(len(batch))
    return stats
