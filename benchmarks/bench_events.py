"""Cost of event and designation extraction relative to the spaCy parse (issue 4 target: <= 15%).

    python /work/shared/eval/score.py input /work/shared/eval/attribution/polnear-dev > /tmp/pol.jsonl
    python -m benchmarks.bench_events /tmp/pol.jsonl [--limit N]

Parses every text with ``nlp.pipe`` (the pipeline newsgraph uses), then times actor resolution,
``extract_events`` and ``extract_designations`` on the parsed documents, and prints one JSON line.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("input", help="JSON Lines with id, text, published (score.py input output)")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args(argv)

    from newsgraph.extract.actors import resolve_actors
    from newsgraph.extract.designations import extract_designations
    from newsgraph.extract.events import extract_events
    from newsgraph.kb import default_kb
    from newsgraph.nlp import load_pipeline
    from newsgraph.records import Document

    try:
        lines = Path(args.input).read_text(encoding="utf-8").splitlines()
        recs = [json.loads(line) for line in lines if line.strip()]
    except (OSError, json.JSONDecodeError) as exc:
        print(f"{args.input}: cannot read input: {exc}", file=sys.stderr)
        return 1
    if args.limit:
        recs = recs[: args.limit]
    docs = [Document(id=str(r["id"]), text=r["text"], published=r.get("published")) for r in recs]
    nlp, kb = load_pipeline(), default_kb()

    t0 = time.perf_counter()
    parsed = list(nlp.pipe([d.text for d in docs], batch_size=50))
    parse = time.perf_counter() - t0
    actors_s = events_s = designations_s = 0.0
    n_events = n_designations = 0
    for sd, d in zip(parsed, docs, strict=True):
        a = time.perf_counter()
        actors = resolve_actors(sd, d, kb)
        b = time.perf_counter()
        events = extract_events(sd, d, actors, kb)
        c = time.perf_counter()
        n_designations += len(extract_designations(sd, d, actors, events, kb))
        e = time.perf_counter()
        actors_s, events_s, designations_s = actors_s + b - a, events_s + c - b, designations_s + e - c
        n_events += len(events)
    out = {"documents": len(docs), "parse_s": round(parse, 2), "actors_s": round(actors_s, 2),
           "events_s": round(events_s, 2), "designations_s": round(designations_s, 2),
           "events_and_designations_over_parse": round((events_s + designations_s) / parse, 3) if parse else None,
           "events": n_events, "designations": n_designations}
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
