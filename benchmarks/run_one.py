"""One benchmark configuration, run in a fresh process so its memory is its own; prints one JSON object.

    python -m benchmarks.run_one --mode bare|analyze|ingest --procs N [--dask] [--articles N] [--cold]

``--cold`` leaves the model unloaded in the parent, so the timing includes the workers' start-up
(what ``newsgraph ingest --workers 2`` costs end to end); otherwise the pipeline is loaded before
the clock starts and forked workers inherit it, as bare spaCy's ``n_process`` workers do. With
``--dask`` and without ``--cold``, the LocalCluster is started and every worker has loaded the
pipeline before the clock starts, and the run reaches it by its ``tcp://`` address, as
``--dask tcp://HOST:PORT`` reaches a long-running cluster: the clock sees the documents' work only.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
from collections import Counter
from pathlib import Path

from benchmarks import corpus
from benchmarks.measure import MB, RssSampler, now

BATCH_SIZE = 50


def cpu_seconds() -> float:
    """User + system CPU of this process and its descendants, reaped (pool workers, joined before a
    run's clock stops) or alive (the workers of a Dask cluster started before the clock): unlike
    wall time, barely moved by other users of the machine."""
    import psutil

    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        r = resource.getrusage(who)
        total += r.ru_utime + r.ru_stime
    for child in psutil.Process().children(recursive=True):
        try:
            t = child.cpu_times()
            total += t.user + t.system
        except psutil.Error:  # ended meanwhile: its time is in RUSAGE_CHILDREN once reaped
            continue
    return total


def run(mode: str, procs: int, articles: int, dask: bool = False, cold: bool = False,
        checkpoint_every: int = 0, excerpt_words: int = 0, memo_ruler: bool = False) -> dict:
    from newsgraph.nlp import configure_threads

    configure_threads()
    words = corpus.word_count(articles, excerpt_words)
    result: dict = {"mode": mode, "procs": procs, "engine": "dask" if dask else "local", "cold": cold,
                    "articles": articles, "words": words, "excerpt_words": excerpt_words, "memo_ruler": memo_ruler}
    stages: Counter = Counter()
    if mode == "bare":
        from newsgraph.nlp import bare_pipeline

        nlp = bare_pipeline()
        if memo_ruler:  # the attribute ruler's matching memoised, as in newsgraph's pipeline
            from newsgraph.nlp.attribute_rules import memoise_attribute_ruler

            memoise_attribute_ruler(nlp)
        with RssSampler() as rss:
            cpu0, t = cpu_seconds(), now()
            for _ in nlp.pipe((d.text for d in corpus.documents(articles)), batch_size=BATCH_SIZE, n_process=procs):
                pass
            wall, cpu = now() - t, cpu_seconds() - cpu0
        stages["parse"] = wall
    else:
        spec, cluster = (f"local:{procs}" if dask else None), None
        if not cold and not dask:
            from newsgraph.parallel import init_worker

            init_worker((), BATCH_SIZE)  # pipeline + KB loaded and warmed; forked workers inherit them
        elif not cold:
            spec, cluster = _warm_cluster(procs)
        try:
            cpu0 = cpu_seconds()
            if mode == "analyze":
                wall, rss, checkpoints = _analyze(articles, procs, spec, stages)
            else:
                wall, rss, checkpoints = _ingest(articles, procs, spec, stages, checkpoint_every, excerpt_words)
            cpu = cpu_seconds() - cpu0
        finally:
            if cluster is not None:
                cluster.close()
        if checkpoints:
            result["checkpoints"] = checkpoints
        if procs == 1 and not dask:
            # in-process: what the clock saw beyond the timed stages (reading, batching, hand-offs)
            stages["other"] = max(0.0, wall - sum(stages.values()))
    result.update(seconds=round(wall, 3), articles_per_s=round(articles / wall, 2), words_per_s=round(words / wall),
                  cpu_seconds=round(cpu, 2), cpu_ms_per_1000_words=round(1e6 * cpu / words, 1),
                  stages={k: round(v, 3) for k, v in stages.items()}, rss=rss.summary())
    return result


def _warm_cluster(procs: int):
    """A LocalCluster whose workers have loaded the pipeline: (its address, the cluster)."""
    import logging

    import dask
    from distributed import Client, LocalCluster

    from newsgraph.distributed import PipelineLoader, local_worker_config

    with dask.config.set(local_worker_config()):  # as `--dask local:N` starts its cluster
        cluster = LocalCluster(n_workers=procs, threads_per_worker=1, processes=True, dashboard_address=None,
                               silence_logs=logging.ERROR)
    with Client(cluster) as client:
        client.register_plugin(PipelineLoader((), BATCH_SIZE))
    return cluster.scheduler_address, cluster


def _analyze(articles: int, procs: int, spec: str | None, stages: Counter):
    from newsgraph.pipeline import analyze_documents

    with RssSampler() as rss:
        t = now()
        for an in analyze_documents(corpus.documents(articles), workers=procs, dask=spec):
            t0 = now()
            json.dumps(an.to_json(), ensure_ascii=False)  # what `newsgraph analyze` writes per document
            stages["output"] += now() - t0
            stages.update(an.timings)
        wall = now() - t
    return wall, rss, []


def _ingest(articles: int, procs: int, spec: str | None, stages: Counter, checkpoint_every: int,
            excerpt_words: int = 0):
    from newsgraph.ingest.dedup import NearDuplicateIndex
    from newsgraph.pipeline import ingest_into_store
    from newsgraph.store import Store

    check_and_add = NearDuplicateIndex.check_and_add

    def timed_dedup(self, doc):
        t0 = now()
        try:
            return check_and_add(self, doc)
        finally:
            stages["dedup"] += now() - t0

    NearDuplicateIndex.check_and_add = timed_dedup  # this process only: time the near-duplicate check
    checkpoints: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="newsgraph-bench-") as tmp, Store(Path(tmp) / "bench.db") as store:
        write_batch = store.write_batch
        analysed = Counter()

        def timed_write(batch, minhashes=None):
            t0 = now()
            try:
                return write_batch(batch, minhashes=minhashes)
            finally:
                stages["store"] += now() - t0
                for an in batch:
                    analysed.update(an.timings)

        store.write_batch = timed_write
        with RssSampler() as rss:
            t = now()
            done = 0

            def on_done(n: int) -> None:
                nonlocal done
                before, done = done, done + n
                if checkpoint_every and done // checkpoint_every > before // checkpoint_every:
                    checkpoints.append({"documents": done, "seconds": round(now() - t, 1),
                                        "rss_mb": {str(pid): round(v / MB) for pid, v in rss.take_window().items()
                                                   if rss.names.get(pid) != "helper"},
                                        "roles": {str(pid): rss.names.get(pid) for pid in rss.names}})

            ingest_into_store(corpus.documents(articles, excerpt_words), store, workers=procs, dask=spec, on_done=on_done)
            wall = now() - t
        stages.update(analysed)
    NearDuplicateIndex.check_and_add = check_and_add
    return wall, rss, checkpoints


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=("bare", "analyze", "ingest"), required=True)
    ap.add_argument("--procs", type=int, default=1)
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--dask", action="store_true", help="run on a Dask LocalCluster of --procs workers")
    ap.add_argument("--cold", action="store_true", help="include worker start-up and model loading")
    ap.add_argument("--checkpoint-every", type=int, default=0, help="record RSS every N ingested documents")
    ap.add_argument("--excerpt-words", type=int, default=0, help="shorten texts to about this many words")
    ap.add_argument("--memo-ruler", action="store_true", help="bare: memoise the attribute ruler as newsgraph does")
    a = ap.parse_args(argv)
    print(json.dumps(run(a.mode, a.procs, a.articles, a.dask, a.cold, a.checkpoint_every, a.excerpt_words,
                         a.memo_ruler)))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
