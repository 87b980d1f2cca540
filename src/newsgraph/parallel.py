"""Parallel analysis on one machine: N worker processes parse and extract, the parent writes.

Each worker loads the spaCy pipeline and the knowledge base once (pool initializer) and turns a
chunk of documents into ``Analysis`` records (plain, picklable dataclasses). The parent submits
chunks with a bounded window, so at most ``workers * WINDOW_PER_WORKER`` chunks are in flight and
the corpus is never held in memory, and yields results in input order so the single SQLite writer
sees exactly what the one-process path would give it.

``concurrent.futures.ProcessPoolExecutor`` rather than ``multiprocessing.Pool``: ``Pool.imap``
drains its input iterator eagerly (memory grows with the corpus) and hangs if a worker is killed,
while the executor raises ``BrokenProcessPool``.
"""
from __future__ import annotations

import multiprocessing
import os
import time
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import islice

from newsgraph.records import Analysis, Document

CHUNK_SIZE = 16  # documents per task: ~1-2 s of work for news articles, small enough to balance at the end
WINDOW_PER_WORKER = 3  # chunks in flight per worker: keeps workers busy while the parent writes
# fork: workers inherit the parent's imported modules (and its pipeline, if already loaded), so a
# 2-worker run over 40 articles took 8 s against 14 s with forkserver (spaCy imported and loaded
# afresh per worker). The children never touch the parent's threads' locks (progress bar, SQLite).
# NEWSGRAPH_START_METHOD=forkserver|spawn overrides it.
DEFAULT_START_METHOD = "fork"

_state: dict = {}


def chunked(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def start_method() -> str:
    method = os.environ.get("NEWSGRAPH_START_METHOD", DEFAULT_START_METHOD)
    if method not in multiprocessing.get_all_start_methods():
        raise ValueError(f"NEWSGRAPH_START_METHOD={method!r}: not one of {multiprocessing.get_all_start_methods()}")
    return method


def init_worker(kb_files: tuple[str, ...], batch_size: int) -> None:
    """Load the pipeline and KB once per process (also used by the Dask worker plugin)."""
    from newsgraph.kb import default_kb
    from newsgraph.nlp import configure_threads, load_pipeline

    configure_threads()
    key = (tuple(kb_files), batch_size)
    if _state.get("key") == key:
        return
    nlp = load_pipeline(tuple(kb_files))
    kb = default_kb(tuple(kb_files))
    _state.update(key=key, nlp=nlp, kb=kb, batch_size=batch_size)
    _warm_up(nlp, kb)


def _warm_up(nlp, kb) -> None:
    # Extraction stages may build matchers lazily on first use; doing that once outside the
    # memory zone keeps their strings in the permanent vocabulary.
    from newsgraph.extract import analyze_doc

    text = "The United States said on Monday that Iran had attacked a ship, officials told reporters."
    analyze_doc(nlp(text), Document(id="warm-up", text=text), kb)


def analyze_chunk(docs: list[Document], kb_files: tuple[str, ...] = (), batch_size: int = 50) -> list[Analysis]:
    """Parse and extract a chunk in this process. ``timings['parse']`` gets each doc's share of parsing.

    Runs inside ``nlp.memory_zone()``: strings interned while parsing are freed afterwards, which is
    what keeps a worker's memory flat over millions of documents.
    """
    from newsgraph.extract import analyze_doc

    init_worker(kb_files, batch_size)
    nlp, kb = _state["nlp"], _state["kb"]
    out: list[Analysis] = []
    with nlp.memory_zone():
        stream = nlp.pipe(((d.text, d) for d in docs), as_tuples=True, batch_size=min(batch_size, len(docs)))
        while True:
            t = time.perf_counter()
            try:
                spacy_doc, document = next(stream)
            except StopIteration:
                break
            parse = time.perf_counter() - t
            an = analyze_doc(spacy_doc, document, kb)
            an.timings = {"parse": parse, **an.timings}
            unique_local_ids(an)
            out.append(an)
    return out


def unique_local_ids(an: Analysis) -> None:
    """Give a repeated event/attribution/designation id a fresh number, with a warning.

    The store keys these ids by document, so one repeated id would abort the whole write batch
    (and every rerun of it). References keep pointing at the first record with the id.
    """
    for kind, prefix in (("events", "e"), ("attributions", "q"), ("designations", "d")):
        records = getattr(an, kind)
        seen: set[str] = set()
        numbers = [int(r.id[1:]) for r in records if r.id and r.id[1:].isdigit()]
        fresh = max(numbers, default=0) + 1
        for r in records:
            if r.id is None:
                continue
            if r.id in seen:
                warnings.warn(f"{an.document.source or an.document.id}: {kind} id {r.id} repeated by extraction; "
                              f"stored as {prefix}{fresh}", RuntimeWarning, stacklevel=2)
                r.id = f"{prefix}{fresh}"
                fresh += 1
            seen.add(r.id)


def in_order(submit, chunks: Iterable[list[Document]], window: int) -> Iterator[Analysis]:
    """Submit chunks with at most ``window`` in flight and yield their results in input order.

    ``submit`` returns a future (concurrent.futures or Dask): both have ``result`` and ``cancel``.
    """
    pending: deque = deque()
    try:
        for chunk in chunks:
            pending.append(submit(chunk))
            while len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        # the consumer stopped early (error, Ctrl-C): drop queued work instead of finishing it
        for f in pending:
            f.cancel()


def _worker_chunk(docs: list[Document]) -> list[Analysis]:
    return analyze_chunk(docs, _state["key"][0], _state["key"][1])


def analyze_parallel(docs: Iterable[Document], kb_files: tuple[str, ...] = (), workers: int = 2,
                     batch_size: int = 50, chunk_size: int = CHUNK_SIZE) -> Iterator[Analysis]:
    """Analyse documents in ``workers`` processes; yields analyses in input order, streaming."""
    if workers < 1:
        raise ValueError(f"workers must be at least 1, not {workers}")
    chunk_size = max(1, min(chunk_size, batch_size))
    window = workers * WINDOW_PER_WORKER
    ctx = multiprocessing.get_context(start_method())
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker,
                             initargs=(tuple(kb_files), batch_size)) as pool:
        yield from in_order(lambda chunk: pool.submit(_worker_chunk, chunk), chunked(docs, chunk_size), window)
